namespace NewsExtract.Tests.Content;

/// <summary>
/// The intro paragraph that a template puts between the headline and the article's text, in a wrapper of its own,
/// belongs to the body; a one-line dek there, or a rail of teasers, does not.
/// </summary>
public sealed class LeadRecoveryTests
{
    private static readonly string[] Story =
    [
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.",
        "Public meetings will be held in every affected district before the work begins in the spring, the mayor told reporters outside.",
        "The barrier is to rise from the riverbed only when the tide and the rain together threaten the lower town, as they did twice last winter.",
        "Shop owners along the quay, who lost their stock in both floods, welcomed the vote but asked the council to hurry with the first section.",
    ];

    private const string Intro =
        "The council voted on Thursday night to build a movable flood barrier along the riverside. The decision ends ten years of argument about the cost, the route and who should pay for it.";

    private static string Page(string between) => $"""
        <html><body><h1>Council backs flood barrier</h1>{between}
        <div class="text">{string.Concat(Story.Select(t => $"<p>{t}</p>"))}</div></body></html>
        """;

    [Fact]
    public void Extract_IntroInItsOwnWrapperBeforeTheText_IsKept()
    {
        var article = ArticleExtractor.Default.Extract(Page($"""<div class="intro"><p>{Intro}</p></div>"""));

        Assert.Equal([Intro, .. Story], article.Paragraphs);
    }

    [Fact]
    public void Extract_OneLineDekUnderTheHeadline_StaysOut()
    {
        var article = ArticleExtractor.Default.Extract(Page("""<div class="dek"><p>Ten years of argument end with a vote.</p></div>"""));

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_SeveralProseBlocksBetweenHeadlineAndText_StayOut()
    {
        var teasers = Enumerable.Range(1, 3).Select(i =>
            $"<div class=\"card\"><p>Story {i}: the regional rail company has again delayed the opening of the new line to the airport this time until next summer because signals are missing.</p></div>");

        var article = ArticleExtractor.Default.Extract(Page($"<div class=\"rail\"><div class=\"row\">{string.Concat(teasers)}</div></div>"));

        Assert.Equal(Story, article.Paragraphs);
    }
}
