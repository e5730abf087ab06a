namespace NewsExtract.Tests.Dedup;

/// <summary>Duplicate merging on the HTML path, where a page's own markup may repeat a line on purpose.</summary>
public sealed class DedupStageTests
{
    private const string First = "The harbour authority has ordered an independent review of safety on the night ferries after two crew members were injured.";
    private const string Second = "The review will look at weather procedures, staffing levels and the age of the fleet, according to a statement on Monday.";
    private const string Third = "Solheim said the findings would be made public before the summer timetable begins in June next year, and welcomed scrutiny.";

    private static string Page(string body) => $"<html><head><title>Ferry review ordered</title></head><body><article>{body}</article></body></html>";

    [Fact]
    public void Extract_HtmlPageWithTheArticleTwice_KeepsOneCopy()
    {
        var article = ArticleExtractor.Default.Extract(Page($"<div><p>{First}</p><p>{Second}</p><p>{Third}</p></div><div><p>{First}</p><p>{Second}</p><p>{Third}</p></div>"));

        Assert.Equal([First, Second, Third], article.Paragraphs);
        Assert.Equal(3, article.Diagnostics.Merged.Count);
    }

    [Fact]
    public void Extract_HtmlPullQuoteInBlockquote_IsMergedIntoTheParagraph()
    {
        var article = ArticleExtractor.Default.Extract(Page($"<p>{First}</p><blockquote><p>weather procedures, staffing levels and the age of the fleet</p></blockquote><p>{Second}</p><p>{Third}</p>"));

        Assert.Equal([First, Second, Third], article.Paragraphs);
        Assert.Equal(MergeRule.Contained, Assert.Single(article.Diagnostics.Merged).Rule);
    }

    [Fact]
    public void Extract_HtmlLoneRepeatedParagraph_IsKeptAsWritten()
    {
        var article = ArticleExtractor.Default.Extract(Page($"<p>{First}</p><p>{Second}</p><p>{First}</p><p>{Third}</p>"));

        Assert.Equal([First, Second, First, Third], article.Paragraphs);
    }

    [Fact]
    public void Extract_HtmlTableWithRepeatedCells_KeepsEveryCell()
    {
        var rows = string.Concat(Enumerable.Range(1, 5).Select(i => $"<tr><td>Team {i}</td><td>Yes</td><td>No</td></tr>"));
        var article = ArticleExtractor.Default.Extract(Page($"<p>{First}</p><p>{Second}</p><table>{rows}</table><p>{Third}</p>"));

        Assert.Equal(5, article.Paragraphs.Count(p => p == "Yes"));
    }

    [Fact]
    public void Extract_HtmlHeadlineRepeatedInTheBody_IsDropped()
    {
        var article = ArticleExtractor.Default.Extract(Page($"<h1>Ferry review ordered</h1><p>{First}</p><p>{Second}</p><h2>Ferry review ordered</h2><p>{Third}</p>"));

        Assert.Equal([First, Second, Third], article.Paragraphs);
    }

    [Fact]
    public void Extract_HtmlSameParagraphThreeTimesInARow_IsKeptAsWritten()
    {
        var article = ArticleExtractor.Default.Extract(Page($"<p>{First}</p><p>{First}</p><p>{First}</p><p>{Second}</p>"));

        Assert.Equal([First, First, First, Second], article.Paragraphs);
    }
}
