namespace NewsExtract.Tests.Metadata;

/// <summary>The meta tags that name the writer are read where no stronger source names one.</summary>
public sealed class MetaTagReaderTests
{
    [Fact]
    public void Extract_ArticleAuthorTagBesideTheSiteAsAuthor_TakesTheTagsName()
    {
        const string html = """
            <html><head><meta property="og:site_name" content="Harbour Post"><meta name="articleAuthor" content="Jana Roth">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","author":{"@type":"Organization","name":"Harbour Post"}}</script>
            </head><body><h1>Ferry fares rise</h1><p>Text.</p></body></html>
            """;

        Assert.Equal(["Jana Roth"], ArticleExtractor.Default.Extract(html).Authors);
    }
}
