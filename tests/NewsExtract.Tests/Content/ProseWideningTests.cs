namespace NewsExtract.Tests.Content;

/// <summary>
/// An article laid out in several cells or wrappers gives each part a container of its own: the region grows to the
/// ancestor holding much more of the page's long prose, but never past an article element, and teaser snippets or
/// link lists never count as prose.
/// </summary>
public sealed class ProseWideningTests
{
    // The first part scores best by far: its paragraphs carry many commas, the later parts' none.
    private static readonly string[] FirstPart = Enumerable.Range(1, 4).Select(i =>
        $"In part {i}, the survey team measured the old harbour wall, stone by stone, course by course, at low tide, at high tide, in spring, in autumn, and found, to its surprise, that the wall had hardly moved since it was first built by the town's masons two centuries ago.").ToArray();

    private static readonly string[] LaterParts = Enumerable.Range(1, 8).Select(i =>
        $"Section {i} of the report explains in plain words how the engineers would strengthen the wall without closing the harbour to the fishing boats that land their catch there every single morning of the working week.").ToArray();

    private static string Paragraphs(IEnumerable<string> texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    private static string Cell(IEnumerable<string> texts) => $"<table><tr><td>{Paragraphs(texts)}</td></tr></table>";

    [Fact]
    public void Extract_ArticleSplitOverNestedTables_KeepsEveryPart()
    {
        var html = $"""
            <html><body><table><tr><td class="nav"><a href="/">Home</a></td><td>
            <h1>The harbour wall survey</h1>{Cell(FirstPart)}{Cell(LaterParts.Take(4))}{Cell(LaterParts.Skip(4))}
            </td></tr></table></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(FirstPart.Concat(LaterParts), article.Paragraphs);
    }

    [Fact]
    public void Extract_ProseBesideAnArticleElement_StaysOut()
    {
        var html = $"""
            <html><body><main><article><h1>The harbour wall survey</h1>{Paragraphs(FirstPart)}</article>
            <div><div><div class="next">{Paragraphs(LaterParts)}</div></div></div></main></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(FirstPart, article.Paragraphs);
    }

    [Fact]
    public void Extract_TeaserSnippetsBesideTheArticle_DoNotWidenTheRegion()
    {
        var snippets = Enumerable.Range(1, 12).Select(i => $"Story {i}: the town council met again on Tuesday to talk about the parking charges near the station.");
        var html = $"""
            <html><body><div class="page"><div class="story"><h1>The harbour wall survey</h1>{Paragraphs(FirstPart)}</div>
            <div class="more">{string.Concat(snippets.Select(s => $"<div class=\"card\"><p>{s}</p></div>"))}</div></div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(FirstPart, article.Paragraphs);
    }
}
