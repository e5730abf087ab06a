namespace NewsExtract.Tests.Content;

public sealed class PageDiagnosticsTests
{
    [Fact]
    public void Extract_ScriptOnlyShell_WarnsScriptShell()
    {
        var article = ArticleExtractor.Default.Extract("<html><head><script src='/app.js'></script></head><body><div id='root'></div><script>render()</script></body></html>");

        Assert.Contains(PageWarning.ScriptShell, article.Diagnostics.Warnings);
    }

    [Fact]
    public void Extract_ConsentWall_WarnsConsentWall()
    {
        var article = ArticleExtractor.Default.Extract("""
            <html><body><div class="overlay"><h2>We value your privacy</h2>
            <p>We and our partners use cookies and similar technologies to store and access information on your device, for personalised ads and content.</p>
            <p>You can accept or manage your cookie consent choices at any time in the privacy settings.</p>
            <button>Accept</button></div></body></html>
            """);

        Assert.Contains(PageWarning.ConsentWall, article.Diagnostics.Warnings);
    }

    [Fact]
    public void Extract_ListingOfLinks_WarnsListingPage()
    {
        var items = string.Concat(Enumerable.Range(1, 20).Select(i => $"<li><a href='/story-{i}'>Council approves plan number {i} for the harbour district</a></li>"));
        var article = ArticleExtractor.Default.Extract($"<html><body><h1>Local news</h1><ul>{items}</ul></body></html>");

        Assert.Contains(PageWarning.ListingPage, article.Diagnostics.Warnings);
    }

    [Fact]
    public void Extract_RealArticle_HasNoPageWarnings()
    {
        var article = ArticleExtractor.Default.Extract(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html")));

        Assert.Empty(article.Diagnostics.Warnings);
    }
}
