namespace NewsExtract.Tests.Content;

/// <summary>The precision/recall knob moves doubtful blocks in or out; the balanced default sits between.</summary>
public sealed class FocusTests
{
    private const string Page = """
        <html><body><article>
        <p>The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument.</p>
        <p>Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said.</p>
        <h2>What happens next</h2>
        <p>Public meetings will be held in every affected district before the work begins in the spring.</p>
        <p>Tips? Write to news@gazette.example or follow @gazette for updates on the barrier.</p>
        <p><a href="/a">Floods close the fish market for a week</a> and <a href="/b">insurance</a></p>
        </article></body></html>
        """;

    private static IReadOnlyList<string> Extract(ExtractionFocus focus) =>
        new ArticleExtractor(ExtractionOptions.Default with { Focus = focus }).Extract(Page).Paragraphs;

    [Fact]
    public void Extract_PrecisionFocus_LeavesOutSubheadsAndContactNotes()
    {
        var paragraphs = Extract(ExtractionFocus.Precision);

        Assert.DoesNotContain("What happens next", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains('@'));
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void Extract_BalancedFocus_KeepsSubheadsButNotLinkLines()
    {
        var paragraphs = Extract(ExtractionFocus.Balanced);

        Assert.Contains("What happens next", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Floods close", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RecallFocus_KeepsLinkLinesToo()
    {
        var paragraphs = Extract(ExtractionFocus.Recall);

        Assert.Contains(paragraphs, p => p.StartsWith("Floods close", StringComparison.Ordinal));
        Assert.True(paragraphs.Count > Extract(ExtractionFocus.Balanced).Count);
    }
}
