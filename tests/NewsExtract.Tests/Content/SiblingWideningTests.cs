namespace NewsExtract.Tests.Content;

/// <summary>
/// The chosen container is widened to its siblings that score well, but not to one that holds the article a second
/// time: the merger finds the copy's paragraphs, not its short lines.
/// </summary>
public sealed class SiblingWideningTests
{
    private static readonly string[] Lead =
    [
        "The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about the cost.",
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.",
    ];

    private static readonly string[] Rest =
    [
        "Public meetings will be held in every affected district before the work begins in the spring, the mayor told reporters outside.",
        "The barrier is to rise from the riverbed only when the tide and the rain together threaten the lower town, as they did twice last winter.",
    ];

    private const string Subhead = "What the shops say";

    private static string Story() =>
        string.Concat(Lead.Select(t => $"<p>{t}</p>")) + $"<h2>{Subhead}</h2>" + string.Concat(Rest.Select(t => $"<p>{t}</p>"));

    [Fact]
    public void Extract_SecondFullCopyBesideTheArticle_IsLeftOut()
    {
        var html = $"""
            <html><body><div class="story"><h1>Council backs flood barrier</h1>{Story()}</div>
            <div class="print-version"><h1>Council backs flood barrier</h1>{Story()}</div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal([.. Lead, Subhead, .. Rest], article.Paragraphs);
    }

    [Fact]
    public void Extract_SiblingWithProseOfItsOwn_IsTakenIn()
    {
        string[] more =
        [
            "Shop owners along the quay, who lost their stock in both floods, welcomed the vote but asked the council to hurry with the first section.",
            "The fishermen's union said it would watch the building work closely, since boats must still reach the market at every tide.",
            "A second vote, on how the barrier is to be paid for, is expected before the summer, when the council sets next year's budget.",
            "Opposition members said they would ask for the costs to be checked by an independent engineer before any contract is signed.",
        ];
        var html = $"""
            <html><body><div class="story"><h1>Council backs flood barrier</h1>{Story()}</div>
            <div class="story-more">{string.Concat(more.Select(t => $"<p>{t}</p>"))}</div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal([.. Lead, Subhead, .. Rest, .. more], article.Paragraphs);
    }
}
