namespace NewsExtract.Tests.Content;

/// <summary>The lead set in an element of its own between the headline and the body comes back into the body.</summary>
public sealed class LeadParagraphTests
{
    private const string Lead = "The council has backed a movable barrier on the river after ten years of argument. Work is to start in the spring.";

    private static readonly string[] Story =
    [
        "The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about the cost.",
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.",
        "Public meetings will be held in every affected district before the work begins in the spring, the mayor told reporters outside.",
        "The barrier is to rise from the riverbed only when the tide and the rain together threaten the lower town, as they did twice last winter.",
        "Shop owners along the quay, who lost their stock in both floods, welcomed the vote but asked the council to hurry with the first section.",
    ];

    private static string Page(string header, string beforeBody) => $"""
        <html><body><div class="page"><div class="intro">{header}<div class="date">12 March</div>{beforeBody}</div>
        <div class="content-text">{string.Concat(Story.Select(t => $"<p>{t}</p>"))}</div></div>
        <div class="sidebar"><p>Weather tomorrow: rain.</p></div></body></html>
        """;

    [Fact]
    public void Extract_LeadBetweenHeadlineAndBody_OpensTheBody()
    {
        var article = ArticleExtractor.Default.Extract(Page("<h1>Council backs flood barrier</h1>", $"<div class=\"teaser\">{Lead}</div>"));

        Assert.Equal([Lead, .. Story], article.Paragraphs);
    }

    [Fact]
    public void Extract_ProseBeforeTheBodyWithNoHeadline_StaysOut()
    {
        var article = ArticleExtractor.Default.Extract(Page("<div class=\"kicker\">Local news</div>", $"<div class=\"teaser\">{Lead}</div>"));

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_LinkedTeaserBetweenHeadlineAndBody_StaysOut()
    {
        var article = ArticleExtractor.Default.Extract(Page("<h1>Council backs flood barrier</h1>", $"<div class=\"teaser\"><a href=\"/other\">{Lead}</a></div>"));

        Assert.Equal(Story, article.Paragraphs);
    }
}
