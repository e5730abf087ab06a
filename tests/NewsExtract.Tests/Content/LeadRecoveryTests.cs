using NewsExtract.Content;
using NewsExtract.Pipeline;

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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Restore_LeadBeforeTheRegion_ComesBackUnlessTheRegionRepeatsIt(bool regionRepeatsIt)
    {
        var headline = Block(0, "Council backs flood barrier", BlockKind.Heading, container: 0, kept: false);
        var lead = Block(1, Intro, BlockKind.Paragraph, container: 1, kept: false);
        var first = Block(2, regionRepeatsIt ? Intro : Story[0], BlockKind.Paragraph, container: 2, kept: true);
        List<Block> blocks = [headline, lead, first, Block(3, Story[1], BlockKind.Paragraph, container: 2, kept: true)];

        LeadRecovery.Restore(blocks, headline: 0, unlikely: new bool[3]);

        Assert.Equal(!regionRepeatsIt, lead.Kept);
    }

    private static Block Block(int order, string text, BlockKind kind, int container, bool kept)
    {
        var block = new Block(order, text, kind) { ContainerPath = [container] };
        if (!kept)
        {
            block.Remove(RemovalReason.OutsideContent, RemovalRules.OutsideRegion);
        }

        return block;
    }
}
