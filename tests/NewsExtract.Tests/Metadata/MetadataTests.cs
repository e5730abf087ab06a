using NewsExtract.Metadata;

namespace NewsExtract.Tests.Metadata;

public sealed class MetadataTests
{
    private const string JsonLdPage = """
        <html lang="de-DE"><head><title>Die Fähre kommt später | Hafenblatt</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Hafenblatt"},
          {"@type":["NewsArticle"],"headline":"Die Fähre kommt später",
           "author":[{"@type":"Person","name":"Jana Roth"},{"@type":"Person","name":"By Ole Brandt"}],
           "datePublished":"2024-05-02T08:15:00+02:00","dateModified":"2024-05-02T10:00:00+02:00",
           "image":{"@type":"ImageObject","url":"/img/ferry.jpg"},"isAccessibleForFree":false}]}
        </script></head><body><h1>Die Fähre kommt später</h1><p>Text.</p></body></html>
        """;

    [Fact]
    public void Extract_JsonLdGraph_ReadsHeadlineAuthorsDatesAndImage()
    {
        var article = ArticleExtractor.Default.Extract(JsonLdPage, new Uri("https://hafenblatt.example/2024/05/02/faehre"));

        Assert.Equal("Die Fähre kommt später", article.Title);
        Assert.Equal(["Jana Roth", "Ole Brandt"], article.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 8, 15, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal(TimeSpan.FromHours(2), article.Published!.Value.Offset);
        Assert.Equal(new Uri("https://hafenblatt.example/img/ferry.jpg"), article.Image);
        Assert.Equal("Hafenblatt", article.SiteName);
        Assert.Equal("de-DE", article.Language);
        Assert.Contains(PageWarning.Paywall, article.Diagnostics.Warnings);
    }

    [Fact]
    public void Extract_BrokenJsonLd_FallsBackToMetaTags()
    {
        const string html = """
            <html><head><title>Ignored</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="Harbour festival returns">
            <meta name="author" content="By Peter Aalto, Staff Writer">
            <meta property="article:published_time" content="2023-06-01T12:00:00Z">
            </head><body><p>Text.</p></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(["Peter Aalto"], article.Authors);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 12, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Contains(PageWarning.MalformedStructuredData, article.Diagnostics.Warnings);
    }

    [Theory]
    [InlineData(1_000, 64)]
    [InlineData(2_000_000, 8)]
    public void Extract_JsonLdPastItsSizeOrDepthBound_IsSkippedWithAWarning(int maxChars, int maxDepth)
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { MaxStructuredDataChars = maxChars, MaxStructuredDataDepth = maxDepth });
        var deepAndLong = JsonLdPage.Replace("\"isAccessibleForFree\":false", "\"isAccessibleForFree\":false,\"x\":" + new string('[', 10) + new string(']', 10) + ",\"y\":\"" + new string('y', 1_000) + "\"", StringComparison.Ordinal);

        var bounded = extractor.Extract(deepAndLong);
        var unbounded = ArticleExtractor.Default.Extract(deepAndLong);

        Assert.Contains(PageWarning.MalformedStructuredData, bounded.Diagnostics.Warnings);
        Assert.Empty(bounded.Authors);
        Assert.Equal(["Jana Roth", "Ole Brandt"], unbounded.Authors);
    }

    [Fact]
    public void Extract_ValidJsonLd_WarnsNothingAboutIt()
    {
        var article = ArticleExtractor.Default.Extract(JsonLdPage);

        Assert.DoesNotContain(PageWarning.MalformedStructuredData, article.Diagnostics.Warnings);
    }

    [Fact]
    public void Extract_PageWithACanonicalLink_GivesBothAddresses()
    {
        const string html = """
            <html><head><title>Harbour festival returns</title><link rel="canonical" href="/2023/06/festival"></head>
            <body><p>Text.</p></body></html>
            """;
        var requested = new Uri("https://m.hafenblatt.example/festival?utm_source=feed");

        var article = ArticleExtractor.Default.Extract(html, requested);
        var withoutAddress = ArticleExtractor.Default.Extract(html);

        Assert.Equal(requested, article.Url);
        Assert.Equal(new Uri("https://m.hafenblatt.example/2023/06/festival"), article.CanonicalUrl);
        Assert.Null(withoutAddress.Url);
        Assert.Null(withoutAddress.CanonicalUrl);
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("von Jana Roth | 3. Mai 2024", new[] { "Jana Roth" })]
    [InlineData("By JANE DOE, Senior Correspondent", new[] { "JANE DOE" })]
    [InlineData("Staff", new string[0])]
    [InlineData("https://example.com/authors/jane", new string[0])]
    [InlineData("Jana Roth22. Oktober 2019", new[] { "Jana Roth" })]
    [InlineData("Lena Berg 26 Kommentare", new[] { "Lena Berg" })]
    [InlineData("By", new string[0])]
    public void Clean_Byline_GivesNames(string byline, string[] expected)
    {
        Assert.Equal(expected, AuthorCleaner.Clean(byline));
    }

    [Theory]
    [InlineData("Russia Ready To Cooperate | World News Daily", "World News Daily", "Russia Ready To Cooperate")]
    [InlineData("World News Daily - Russia Ready To Cooperate", "World News Daily", "Russia Ready To Cooperate")]
    [InlineData("Russia Ready To Cooperate With NATO - WND", null, "Russia Ready To Cooperate With NATO")]
    [InlineData("Hermitian matrix - Wikipedia", null, "Hermitian matrix")]
    [InlineData("A title - with a dash inside it", null, "A title - with a dash inside it")]
    [InlineData("Short | Site", null, "Short | Site")]
    public void FromDocumentTitle_TitleWithSiteName_KeepsTheHeadline(string title, string? site, string expected)
    {
        Assert.Equal(expected, TitleChooser.FromDocumentTitle(title, [], site));
    }

    [Fact]
    public void Choose_MetadataTitle_IsTakenAsPublished()
    {
        Assert.Equal("How to Build a Terrarium | Garden Weekly", TitleChooser.Choose("Ignored | Garden Weekly", ["How to Build a Terrarium | Garden Weekly"], null, ["Terrarium"], "Garden Weekly"));
    }

    [Theory]
    [InlineData("2019-11-19T10:20:00+0100", 2019, 11, 19, 1)]
    [InlineData("2019-11-19", 2019, 11, 19, 0)]
    [InlineData("Tue, 19 Nov 2019 10:20:00 GMT", 2019, 11, 19, 0)]
    public void Parse_CommonDateFormats_KeepTheOffset(string value, int year, int month, int day, int offsetHours)
    {
        var date = DateParser.Parse(value);

        Assert.NotNull(date);
        Assert.Equal(new DateTime(year, month, day), date.Value.Date);
        Assert.Equal(TimeSpan.FromHours(offsetHours), date.Value.Offset);
    }

    [Fact]
    public void FromUrl_DateInPath_IsRead()
    {
        Assert.Equal(new DateTimeOffset(2019, 11, 19, 0, 0, 0, TimeSpan.Zero), DateParser.FromUrl(new Uri("https://n.example/2019/11/19/opinion/x.html")));
        Assert.Null(DateParser.FromUrl(new Uri("https://n.example/2019/13/45/x.html")));
    }
}
