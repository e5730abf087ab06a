namespace NewsExtract.Tests.Metadata;

/// <summary>Pages whose metadata declares no date are dated from their markup and the lines around the headline.</summary>
public sealed class DateFinderTests
{
    private const string Prose = "<p>The council met on Tuesday evening and approved the new ferry timetable after a long debate about the winter service.</p>";

    [Fact]
    public void Extract_DateLineUnderTheHeadline_DatesThePage()
    {
        var html = $"<html><body><nav><a href='/'>Home</a></nav><article><h1>Ferry timetable approved</h1><p>Veröffentlicht am 2. März 2021</p>{Prose}</article></body></html>";

        Assert.Equal(new DateTime(2021, 3, 2), ArticleExtractor.Default.Extract(html).Published!.Value.Date);
    }

    [Fact]
    public void Extract_DateMarkedElement_DatesThePage()
    {
        var html = $"<html><body><article><h1>Ferry timetable approved</h1>{Prose}<div class='entry-meta'><span class='posted-on'>November 22, 2011</span></div></article></body></html>";

        Assert.Equal(new DateTime(2011, 11, 22), ArticleExtractor.Default.Extract(html).Published!.Value.Date);
    }

    [Fact]
    public void Extract_DateInATitleAttribute_DatesThePage()
    {
        var html = $"<html><body><article><h1>Ferry timetable approved</h1><abbr class='published' title='2017-07-23T17:06:45+0000'>17:06</abbr>{Prose}</article></body></html>";

        Assert.Equal(new DateTime(2017, 7, 23), ArticleExtractor.Default.Extract(html).Published!.Value.Date);
    }

    [Fact]
    public void Extract_DateOnlyInAParagraphFarFromTheHeadline_IsNotTakenForThePageDate()
    {
        var html = $"<html><body><article><h1>Ferry timetable approved</h1>{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}<p>The old timetable dates from 3 May 2001 and has not changed since then, the council said.</p></article></body></html>";

        Assert.Null(ArticleExtractor.Default.Extract(html).Published);
    }

    [Theory]
    [InlineData("<footer><p>Last edited 2019-11-10 13:28 by the ferry office</p></footer>")]
    [InlineData("<aside><div class='box'><span>10.11.2019</span><h2>More ferry news</h2></div></aside>")]
    public void Extract_DateOnlyInAShortLineFarFromTheHeadline_DatesThePageThatHasNoOtherDate(string dateLine)
    {
        var html = $"<html><body><article><h1>Ferry timetable approved</h1>{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}</article>{dateLine}</body></html>";

        Assert.Equal(new DateTime(2019, 11, 10), ArticleExtractor.Default.Extract(html).Published!.Value.Date);
    }

    [Fact]
    public void Extract_ShortDateLineFarFromTheHeadline_YieldsToTheDateUnderTheHeadline()
    {
        var html = $"<html><body><article><h1>Ferry timetable approved</h1><p>2. März 2021</p>{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}{Prose}</article><footer><p>Last edited 2019-11-10</p></footer></body></html>";

        Assert.Equal(new DateTime(2021, 3, 2), ArticleExtractor.Default.Extract(html).Published!.Value.Date);
    }

    [Fact]
    public void ExtractFromText_DateLineAfterTheTitle_DatesTheText()
    {
        var text = "Ferry timetable approved\n\n12.04.2019\n\nThe council met on Tuesday evening and approved the new ferry timetable after a long debate.";

        Assert.Equal(new DateTime(2019, 4, 12), ArticleExtractor.Default.ExtractFromText(text).Published!.Value.Date);
    }
}
