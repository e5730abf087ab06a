namespace NewsExtract.Tests.Metadata;

/// <summary>An organisation named as the author, the site itself, gives way to the person the page names.</summary>
public sealed class AuthorChoiceTests
{
    [Fact]
    public void Extract_StructuredAuthorIsTheSite_TakesThePersonInTheByline()
    {
        const string html = """
            <html><head><meta property="og:site_name" content="Harbour Post">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","author":{"@type":"Organization","name":"HARBOUR POST"}}</script>
            </head><body><h1>Ferry fares rise</h1><div class="author-line">von Jana Roth</div><p>Text.</p></body></html>
            """;

        Assert.Equal(["Jana Roth"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_SiteWrittenWithItsDomain_IsStillTheSite()
    {
        const string html = """
            <html><head><meta property="og:site_name" content="Harbourpost"><meta name="author" content="Peter Aalto">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","author":"harbourpost.de"}</script>
            </head><body><h1>Ferry fares rise</h1><p>Text.</p></body></html>
            """;

        Assert.Equal(["Peter Aalto"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_OnlyTheSiteIsNamed_KeepsTheSite()
    {
        const string html = """
            <html><head><meta property="og:site_name" content="Harbour Post">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","author":{"@type":"Organization","name":"Harbour Post"}}</script>
            </head><body><h1>Ferry fares rise</h1><div class="author">Kommentare</div><p>Text.</p></body></html>
            """;

        Assert.Equal(["Harbour Post"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_DeclaredAuthorIsALowerCaseAgencyName_KeepsIt()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","author":{"@type":"Person","name":"apn "}}</script>
            </head><body><h1>Ferry fares rise</h1><p>Text.</p></body></html>
            """;

        Assert.Equal(["apn"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_VisibleBylineIsALowerCaseWord_TakesItForAHandle()
    {
        const string html = """
            <html><head></head><body><h1>Ferry fares rise</h1><div class="author">jroth</div><p>Text.</p></body></html>
            """;

        Assert.Empty(ArticleExtractor.Default.Extract(html).Authors);
    }

    [Theory]
    [InlineData("""<a href="/author/jroth/" rel="author">jroth</a>""", "jroth")]
    [InlineData("""<span class="author vcard"><a class="url fn n" href="/author/jana_roth/">Jana_Roth</a></span>""", "Jana_Roth")]
    public void Extract_UserNameTheMarkupMarksAsTheWritersName_TakesItAsWritten(string byline, string name)
    {
        var html = $"""
            <html><head></head><body><h1>Ferry fares rise</h1><div class="meta">by {byline}</div><p>Text.</p></body></html>
            """;

        Assert.Equal([name], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_HandleTheMarkupMarksAsTheWritersName_NamesNobody()
    {
        const string html = """
            <html><head></head><body><h1>Ferry fares rise</h1><a href="/author/jroth/" rel="author">@jroth</a><p>Text.</p></body></html>
            """;

        Assert.Empty(ArticleExtractor.Default.Extract(html).Authors);
    }

    [Theory]
    [InlineData("<h5>Autor:</h5><div>Jana Roth</div>")]
    [InlineData("<div><b>Von:</b></div><div>Jana Roth</div>")]
    public void Extract_BylineLabelInALineOfItsOwnAboveTheName_TakesTheName(string byline)
    {
        var html = $"""
            <html><head></head><body><h1>Ferry fares rise</h1>{byline}<p>The island's ferry fares rise again this winter, the operator said on Monday.</p></body></html>
            """;

        Assert.Equal(["Jana Roth"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_PrefixAfterAFewLeadWordsUnderTheHeadline_TakesTheNames()
    {
        const string html = """
            <html><head></head><body><h1>Ferry fares rise</h1><div>Ein Beitrag von Jana Roth | 27.01.2022</div><p>The island's ferry fares rise again this winter, the operator said on Monday.</p></body></html>
            """;

        Assert.Equal(["Jana Roth"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Theory]
    [InlineData("Foto von Jana Roth")]
    [InlineData("Ein Beitrag von jana")]
    public void Extract_PrefixAfterLeadWordsInACreditOrBeforeNoName_NamesNobody(string line)
    {
        var html = $"""
            <html><head></head><body><h1>Ferry fares rise</h1><div>{line}</div><p>The island's ferry fares rise again this winter, the operator said on Monday.</p></body></html>
            """;

        Assert.Empty(ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_BylineLabelAboveASentence_NamesNobody()
    {
        const string html = """
            <html><head></head><body><h1>Ferry fares rise</h1><h5>Autor:</h5><div>Bitte melden Sie sich an.</div><p>The island's ferry fares rise again this winter, the operator said on Monday.</p></body></html>
            """;

        Assert.Empty(ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_BylineStartsWithLabelWords_TakesTheNameAfterThem()
    {
        const string html = """
            <html><head></head><body><h1>Ferry fares rise</h1><span class="byline">Post author By Jane Doe</span><p>Text.</p></body></html>
            """;

        Assert.Equal(["Jane Doe"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_LabelRunIntoTheName_TakesTheName()
    {
        const string html = """
            <html><head></head><body><h1>Ferry fares rise</h1><span class="byline"><span class="screen-reader-text">Author</span><a href="/a">Jane Doe</a></span><p>Text.</p></body></html>
            """;

        Assert.Equal(["Jane Doe"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_AuthorMarkedElementHoldsOnlyALabel_TakesTheNextByline()
    {
        const string html = """
            <html><head></head><body><h1>Ferry fares rise</h1><span class="meta-prep-author">Posted on</span> <span class="entry-date">21 July 2019</span>
            <span class="author vcard"><a href="/a" rel="author">Realname</a></span><p>Text.</p></body></html>
            """;

        Assert.Equal(["Realname"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_CommentFormNameLabel_NamesNobody()
    {
        const string html = """
            <html><head></head><body><h1>Ferry fares rise</h1><p>Text.</p><p class="comment-form-author"><label for="author">Name <span>*</span></label><input id="author"></p></body></html>
            """;

        Assert.Empty(ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_StructuredAuthorGivenByReference_TakesThePersonTheGraphNames()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Article","headline":"Ferry fares rise","author":{"@id":"https://example.org/#/schema/person/1"}},
            {"@type":"Person","@id":"https://example.org/#/schema/person/2","name":"Someone Else"},
            {"@type":"Person","@id":"https://example.org/#/schema/person/1","name":"Jane Doe"}]}</script>
            </head><body><h1>Ferry fares rise</h1><p>Text.</p></body></html>
            """;

        Assert.Equal(["Jane Doe"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_TwitterCardFieldLabelledAsWriter_TakesItsName()
    {
        const string html = """
            <html><head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">
            <meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Jane Doe @janedoe">
            </head><body><h1>Ferry fares rise</h1><p>Text.</p></body></html>
            """;

        Assert.Equal(["Jane Doe"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_UnmarkedBylineLineUnderTheHeadline_TakesItsName()
    {
        const string html = """
            <html><head></head><body><article><h1>Ferry fares rise</h1><p>Autor: Jana Roth</p>
            <p>The council met on Tuesday evening and approved the new ferry timetable after a long debate about the winter service.</p></article></body></html>
            """;

        Assert.Equal(["Jana Roth"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_ShortLineUnderTheHeadlineWithoutALabel_NamesNobody()
    {
        const string html = """
            <html><head></head><body><article><h1>Ferry fares rise</h1><p>Jana Roth</p>
            <p>The council met on Tuesday evening and approved the new ferry timetable after a long debate about the winter service.</p></article></body></html>
            """;

        Assert.Empty(ArticleExtractor.Default.Extract(html).Authors);
    }

    private const string LongArticle = """
        <p>The council met on Tuesday evening and approved the new ferry timetable after a long debate about the winter service.</p>
        <p>Residents of the outer islands had asked for an earlier crossing on weekdays, and the operator agreed to add one in March.</p>
        <p>The fares for commuters stay as they are until the end of the year, the council said in a statement after the vote.</p>
        <p>Several members asked for a review of the service in autumn, when the first figures on the new crossings are known.</p>
        <p>The harbour master welcomed the decision but warned that the old pier needs repairs before the extra boat can dock.</p>
        <p>Work on the pier is expected to start in January and to last about six weeks, during which the boats use the new pier.</p>
        <p>The operator will publish the new timetable on its website next week and hand out printed copies at the terminals.</p>
        <p>Tickets bought before the change remain valid on every crossing, including the new early boat on weekday mornings.</p>
        """;

    [Theory]
    [InlineData("Autor: Jana Roth")]
    [InlineData("Autorin/Autor Jana Roth")]
    [InlineData("Verfasst von Jana Roth")]
    [InlineData("Author: Jana Roth Published: 24 May")]
    public void Extract_LabelledBylineAtTheArticlesFoot_TakesItsName(string line)
    {
        var html = $"<html><head></head><body><article><h1>Ferry fares rise</h1>{LongArticle}<p>{line}</p></article></body></html>";

        Assert.Equal(["Jana Roth"], ArticleExtractor.Default.Extract(html).Authors);
    }

    [Theory]
    [InlineData("Von Jana Roth")]
    [InlineData("Post Office Box 12")]
    [InlineData("Autor: jana roth")]
    [InlineData("Name: Password")]
    public void Extract_LineFarFromTheHeadlineWithoutALabelledName_NamesNobody(string line)
    {
        var html = $"<html><head></head><body><article><h1>Ferry fares rise</h1>{LongArticle}<p>{line}</p></article></body></html>";

        Assert.Empty(ArticleExtractor.Default.Extract(html).Authors);
    }

    [Fact]
    public void Extract_LabelledBylineInTheFooter_NamesNobody()
    {
        var html = $"<html><head></head><body><article><h1>Ferry fares rise</h1>{LongArticle}</article><footer><p>Autor: Jana Roth</p></footer></body></html>";

        Assert.Empty(ArticleExtractor.Default.Extract(html).Authors);
    }
}
