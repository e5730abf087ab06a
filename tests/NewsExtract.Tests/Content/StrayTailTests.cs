namespace NewsExtract.Tests.Content;

/// <summary>What the page puts after the article's prose inside the region: short blocks in elements of their own.</summary>
public sealed class StrayTailTests
{
    /// <summary>Paragraphs long enough to be prose: the run the tail is told from.</summary>
    private static readonly string[] Story =
    [
        "The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about what it would cost the town and who would pay for the upkeep once it stands.",
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote in the old town hall, where the plans have hung on the wall since the winter.",
        "Public meetings will be held in every affected district before the work begins in the spring, the mayor told reporters waiting outside the chamber, adding that nobody would lose a home or a garden to the wall.",
        "Shop owners along the quay, who lost their stock in both floods, welcomed the vote but asked the council to hurry with the first section of the wall before the storms of the coming autumn begin.",
    ];

    private const string Invitation = "Never miss a story from the riverside again: our morning letter brings the news to you.";

    private static string Paragraphs(IEnumerable<string> texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    [Fact]
    public void Extract_ShortInvitationInAnElementOfItsOwnAfterTheStory_IsCut()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <div class="note"><p>{Invitation}</p></div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_ShortLastParagraphBesideTheStory_Stays()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}<p>{Invitation}</p></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal([.. Story, Invitation], article.Paragraphs);
    }

    [Fact]
    public void Extract_StoryGoingOnInASectionMadeLikeTheOthers_KeepsItsShortLastSection()
    {
        const string last = "Work on the second section is to begin once the first is finished.";
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>
            <div class="section">{Paragraphs(Story.Take(2))}</div><div class="section">{Paragraphs(Story.Skip(2))}</div>
            <figure><img src="quay.jpg"></figure><div class="section"><p>{last}</p></div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal([.. Story, last], article.Paragraphs);
    }

    [Fact]
    public void Extract_ShortBlockInItsOwnElementWithTheRecallFocus_Stays()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <div class="note"><p>{Invitation}</p></div></article></body></html>
            """;

        var article = new ArticleExtractor(ExtractionOptions.Default with { Focus = ExtractionFocus.Recall }).Extract(html);

        Assert.Contains(Invitation, article.Paragraphs);
    }
}
