namespace NewsExtract.Tests.Content;

/// <summary>
/// "caption" and "credit" in a class name a small box (a picture's caption, a photo credit): on an element holding
/// much text they name a layout ("image-with-caption" around the lead and the first paragraph), not furniture.
/// </summary>
public sealed class CaptionBoxTests
{
    private static readonly string[] Story =
    [
        "The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about the cost.",
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.",
        "Public meetings will be held in every affected district before the work begins in the spring, the mayor told reporters outside.",
        "Residents of the old town, whose cellars flooded twice in the last decade, welcomed the decision but asked for a faster timetable.",
        "Shop owners along the quay said they feared months of building work in front of their doors during the busy summer season ahead.",
        "The opposition, which had called for a cheaper earth dam further upstream, said it would not try to block the plan any longer now.",
        "A first public hearing on the route of the barrier is planned for the end of next month in the great hall of the old town hall.",
        "The city's water board will publish its own report on the barrier's effect on the river's fish before the hearing takes place.",
        "Building firms from three countries have already said that they want to bid for the contract once it is put out to tender.",
    ];

    private static string Paragraphs(IEnumerable<string> texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    [Fact]
    public void Extract_LongTextInCaptionNamedWrapper_IsKept()
    {
        var html = $"""
            <html><body><div class="post"><h1>Council backs flood barrier</h1>
            <div class="entry"><div class="image-with-caption"><img src="barrier.jpg">{Paragraphs(Story.Take(4))}</div>
            {Paragraphs(Story.Skip(4))}</div></div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_ShortCaptionBox_IsCut()
    {
        var html = $"""
            <html><body><div class="post"><h1>Council backs flood barrier</h1>
            <div class="entry">{Paragraphs(Story.Take(2))}<div class="photo-caption"><p>The riverside at high water last winter, seen from the bridge.</p></div>
            {Paragraphs(Story.Skip(2))}</div></div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }
}
