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

    [Fact]
    public void ExtractFromText_DateLineAfterTheTitle_DatesTheText()
    {
        var text = "Ferry timetable approved\n\n12.04.2019\n\nThe council met on Tuesday evening and approved the new ferry timetable after a long debate.";

        Assert.Equal(new DateTime(2019, 4, 12), ArticleExtractor.Default.ExtractFromText(text).Published!.Value.Date);
    }
}
