using AngleSharp.Html.Parser;
using NewsExtract.Metadata;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Metadata;

public sealed class MetadataElementsTests
{
    private const string Page = """
        <html><head><link rel="canonical" href="/a"><meta property="og:title" content="T">
        <script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
        <body><header><h1>Site</h1></header><article><h1>Headline</h1>
        <div hidden><span class="byline">By Hidden Writer</span></div>
        <p class="author-line">By <a rel="author" href="/w">Jane Doe</a></p>
        <time datetime="2024-05-02">May 2</time><script type="application/ld+json">{"@type":"Person"}</script>
        <p>Body.</p></article></body></html>
        """;

    [Fact]
    public void Observe_DuringFrontEndWalk_CollectsWhatItsOwnWalkFinds()
    {
        var document = new HtmlParser().ParseDocument(Page);
        var ownWalk = MetadataElements.Find(document);
        var observed = new MetadataElements(document);
        var context = new ExtractionContext(Page, null, CancellationToken.None);

        new HtmlFrontEnd(ExtractionOptions.Default.MaxBlocks).Read(document, context, observed);

        Assert.Same(ownWalk.Canonical, observed.Canonical);
        Assert.Equal(ownWalk.Metas, observed.Metas);
        Assert.Equal(ownWalk.JsonLdScripts, observed.JsonLdScripts);
        Assert.Equal(ownWalk.Headings, observed.Headings);
        Assert.Equal(ownWalk.Bylines, observed.Bylines);
        Assert.Equal(ownWalk.Times, observed.Times);
        Assert.Equal(2, observed.JsonLdScripts.Count);
        Assert.Equal(2, observed.Headings.Count);
        Assert.Equal(3, observed.Bylines.Count);
    }
}
