namespace NewsExtract.Tests.Metadata;

/// <summary>The headline of scraped plain text: the line that opens the article's prose, not a teaser's, a subhead or a credit.</summary>
public sealed class TextTitleFinderTests
{
    private const string P1 = "The harbour authority has ordered an independent review of safety on the night ferries after two crew members were injured.";
    private const string P2 = "The review will look at weather procedures, staffing levels and the age of the fleet, according to a statement on Monday.";
    private const string P3 = "Solheim said the findings would be made public before the summer timetable begins in June next year, and welcomed scrutiny.";

    [Fact]
    public void ExtractFromText_SubheadAfterTheFirstParagraph_IsNotTheTitle()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\n{P1}\n\nWhat happens next\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, "What happens next", P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_CreditLineUnderTheHeadline_IsNeitherTitleNorParagraph()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\nFoto: picture alliance/dpa\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_ParagraphRepeatedLaterAsPullQuote_StaysAtItsFirstPlace()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P2}");

        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }
}
