using NewsExtract.Metadata;

namespace NewsExtract.Tests.Metadata;

/// <summary>The headline is chosen by agreement between the declared titles, the visible heading and the document title.</summary>
public sealed class TitleChooserTests
{
    [Fact]
    public void Choose_DeclaredTitleWithSiteNameAndMatchingHeading_DropsTheSiteName()
    {
        var title = TitleChooser.Choose("Ferry fares rise again | Harbour Post", ["Ferry fares rise again | Harbour Post"], null, ["Ferry fares rise again"], "Harbour Post");

        Assert.Equal("Ferry fares rise again", title);
    }

    [Fact]
    public void Choose_SiteNameFirst_DropsTheSiteName()
    {
        Assert.Equal("Ferry fares rise again", TitleChooser.Choose(null, ["Harbour Post - Ferry fares rise again"], null, ["Ferry fares rise again"], "Harbour Post"));
    }

    [Fact]
    public void Choose_RestIsNotTheSiteName_KeepsTheDeclaredTitle()
    {
        // A heading that repeats only part of the declared title does not cut a rest that is not the site's name.
        Assert.Equal("Transport: Ferry fares rise again", TitleChooser.Choose(null, ["Transport: Ferry fares rise again"], null, ["Ferry fares rise again"], "Harbour Post"));
    }

    [Fact]
    public void Choose_NoHeadingAgrees_KeepsTheDeclaredTitleWhole()
    {
        Assert.Equal("Ferry fares rise again | Harbour Post", TitleChooser.Choose(null, ["Ferry fares rise again | Harbour Post"], null, ["Weather"], "Harbour Post"));
    }

    [Theory]
    [InlineData("Ferry fares rise again – harbourpost")]
    [InlineData("Ferry fares rise again | Island News | 31.10.2023")]
    public void Choose_DocumentTitleIsTheHeadingWithANamedSuffix_DropsTheSuffix(string documentTitle)
    {
        // No declared title and no known site name: the heading shows which part is the headline.
        Assert.Equal("Ferry fares rise again", TitleChooser.Choose(documentTitle, [], null, ["Ferry fares rise again"], null));
    }

    [Fact]
    public void Choose_DocumentTitleGoesOnAfterTheHeading_KeepsItWhole()
    {
        // What follows the separator continues the sentence (lower-case words): it is part of the headline.
        const string documentTitle = "Ferry fares rise again - and the islanders pay twice";

        Assert.Equal(documentTitle, TitleChooser.Choose(documentTitle, [], null, ["Ferry fares rise again"], null));
    }

    [Fact]
    public void Choose_AnotherDeclaredTitleIsTheHeadlineWithoutItsKicker_TakesIt()
    {
        var title = TitleChooser.Choose(null, ["Island transport: Ferry fares rise again this winter", "Ferry fares rise again this winter"], null, ["Island transport: Ferry fares rise again this winter"], null);

        Assert.Equal("Ferry fares rise again this winter", title);
    }

    [Fact]
    public void Choose_StructuredHeadlineIsADescription_TakesTheNameTheHeadingRepeats()
    {
        Assert.Equal("Harbour Town", TitleChooser.Choose("Harbour Town - Encyclopedia", ["port town on the north coast"], "Harbour Town", ["Harbour Town"], null));
        Assert.Equal("port town on the north coast", TitleChooser.Choose(null, ["port town on the north coast"], "Harbour Town", ["Contents"], null));
    }

    [Fact]
    public void Extract_MetaPropertyAndNameDisagree_PrefersTheProperty()
    {
        const string html = """
            <html><head><title>Ignored</title>
            <meta name="dc.title" content="Name title"><meta property="dc:title" content="Property title">
            </head><body><p>Text.</p></body></html>
            """;

        Assert.Equal("Property title", ArticleExtractor.Default.Extract(html).Title);
    }

    [Fact]
    public void Extract_OpenGraphTitleWithSiteSuffix_GivesTheVisibleHeadline()
    {
        const string html = """
            <html><head><title>Ferry fares rise again - Harbour Post</title>
            <meta property="og:title" content="Ferry fares rise again - Harbour Post"><meta property="og:site_name" content="Harbour Post">
            </head><body><header><a href="/">Harbour Post</a></header><article><h1>Ferry fares rise again</h1><p>Text.</p></article></body></html>
            """;

        Assert.Equal("Ferry fares rise again", ArticleExtractor.Default.Extract(html).Title);
    }

    [Fact]
    public void Choose_DocumentTitleEndingInTheSitesAddressAfterASpacedColon_DropsIt()
    {
        var title = TitleChooser.Choose("Ferry fares rise again on the island routes : HARBOUR-POST", [], null, [], null, host: "www.harbourpost.de");

        Assert.Equal("Ferry fares rise again on the island routes", title);
    }

    [Fact]
    public void Choose_DeclaredTitleEndingInTheSitesAddressAndAHeadingShowsTheHeadline_DropsIt()
    {
        var title = TitleChooser.Choose(null, ["Ferry fares rise again on the island routes | HarbourPost"], null, ["Ferry fares rise again on the island routes"], null, host: "harbourpost.de");

        Assert.Equal("Ferry fares rise again on the island routes", title);
    }

    [Fact]
    public void Choose_DeclaredTitleEndingInTheSitesAddressWithoutAHeadingThatAgrees_KeepsItWhole()
    {
        var title = TitleChooser.Choose(null, ["Ferry fares rise again on the island routes | HarbourPost"], null, ["Weather"], null, host: "harbourpost.de");

        Assert.Equal("Ferry fares rise again on the island routes | HarbourPost", title);
    }

    [Theory]
    [InlineData("Mozilla - Wikipedia", "Mozilla", "en.wikipedia.org")]
    [InlineData("Ferry fares rise again on the island routes - Harbour Post", "Ferry fares rise again on the island routes", "www.islandnews.de")]
    [InlineData("Ferry fares rise again on the island routes - de", "Ferry fares rise again on the island routes", "www.harbourpost.de")]
    public void Choose_ShortTitleOrSuffixThatIsNotTheAddress_KeepsItWhole(string declared, string heading, string host)
    {
        Assert.Equal(declared, TitleChooser.Choose(null, [declared], null, [heading], null, host: host));
    }

    [Fact]
    public void Extract_DeclaredTitleEndingInTheCanonicalHost_TakesTheHeadline()
    {
        const string html = """
            <html><head><meta property="og:title" content="Ferry fares rise again on the island routes | Harbourpost.de">
            <link rel="canonical" href="https://www.harbourpost.de/ferry-fares"></head>
            <body><h1>Ferry fares rise again on the island routes</h1>
            <p>The council approved the new ferry timetable after a long debate about the winter service.</p></body></html>
            """;

        Assert.Equal("Ferry fares rise again on the island routes", ArticleExtractor.Default.Extract(html).Title);
    }
}
