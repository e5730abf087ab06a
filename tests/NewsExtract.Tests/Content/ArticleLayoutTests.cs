namespace NewsExtract.Tests.Content;

/// <summary>
/// A furniture word in a wrapper's class ("with-sidebar", "share-container") marks furniture, unless the wrapper
/// holds the headline and most of the page's prose: then it names the layout around the article.
/// </summary>
public sealed class ArticleLayoutTests
{
    private static readonly string[] Story =
    [
        "The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about the cost.",
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.",
        "Public meetings will be held in every affected district before the work begins in the spring, the mayor told reporters outside.",
    ];

    private static string Paragraphs(IEnumerable<string> texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    [Fact]
    public void Extract_ArticleInsideFurnitureNamedLayout_KeepsTheArticle()
    {
        var html = $"""
            <html><body><div class="columns"><div class="layout-with-sidebar-right"><div class="post">
            <h1>Council backs flood barrier</h1>{Paragraphs(Story)}</div></div></div>
            <footer><p>Gazette, 1 Harbour Road. All rights reserved.</p></footer></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_CommentThreadHoldingMostProse_StaysOut()
    {
        var comments = Enumerable.Range(1, 4).Select(i =>
            $"Reader {i} wrote at length that the barrier is a waste of money, that the river has not flooded in years, and that the council should rather fix the roads.");
        var html = $"""
            <html><body><div class="post"><h1>Council backs flood barrier</h1>{Paragraphs(Story)}</div>
            <div class="comments-area"><ol>{string.Concat(comments.Select(c => $"<li><p>{c}</p></li>"))}</ol></div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }
}
