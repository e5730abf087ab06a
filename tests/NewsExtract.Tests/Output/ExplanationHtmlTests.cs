using AngleSharp.Html.Parser;
using NewsExtract.Output;

namespace NewsExtract.Tests.Output;

/// <summary>The explanation's HTML page: self-contained, escaped, one element per block with its fate's class.</summary>
public sealed class ExplanationHtmlTests
{
    private const string HostilePage = """
        <html><head><title>Harbour ferries to run through the night</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Harbour ferries to run through the night</h1>
        <p>The harbour authority will run ferries through the night from June, it said on Monday, after a year of complaints from shift workers about the last boat.</p>
        <p>"Night workers have waited long enough," said Ellen Brandt, the harbour master, adding that the timetable would be published in May.</p>
        <p>A reader wrote &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; in the comments, which the site printed as text as it should.</p>
        </article>
        <footer>Share this article</footer>
        </body></html>
        """;

    private static readonly ExtractionExplanation Explanation = ArticleExtractor.Default.Explain(HostilePage, new Uri("https://news.example/ferries"));

    private static readonly AngleSharp.Html.Dom.IHtmlDocument Report = new HtmlParser().ParseDocument(ExplanationHtml.Render(Explanation));

    [Fact]
    public void Render_HasOneElementPerBlock_InOrder_WithItsFateClass()
    {
        var elements = Report.QuerySelectorAll("li.block");

        Assert.Equal(Explanation.Blocks.Count, elements.Length);
        for (var i = 0; i < elements.Length; i++)
        {
            var block = Explanation.Blocks[i];
            Assert.Equal($"block-{block.Order}", elements[i].Id);
            Assert.Contains(ExplanationHtml.FateClass(block.Fate), elements[i].ClassList);
            Assert.Equal(block.Text, elements[i].QuerySelector(".text")!.TextContent);
        }
    }

    [Fact]
    public void Render_PageTextWithMarkup_IsEscaped_NothingRunsOrLoads()
    {
        var html = ExplanationHtml.Render(Explanation);

        Assert.Contains("script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains(Report.QuerySelectorAll("li.block .text"), p => p.TextContent.Contains("<script>alert(1)</script> & <img src=x onerror=alert(1)>", StringComparison.Ordinal));
        Assert.Empty(Report.QuerySelectorAll("script, img, link, iframe, object, embed, [src], [onerror]"));
        Assert.Contains("default-src 'none'", Report.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.All(Report.QuerySelectorAll("a[href]"), a => Assert.StartsWith("#block-", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Quote_IsMarkedWithItsCueAndSpeakerBesideIt()
    {
        var quote = Assert.Single(Explanation.Article.Quotes, q => q.Kind == QuoteKind.Direct);

        var paragraph = Report.QuerySelector($"#block-{Explanation.Blocks.Single(b => b.ParagraphIndex == quote.ParagraphIndex).Order}")!;

        Assert.Contains(quote.Text, paragraph.QuerySelector("mark.quote")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(quote.Cue, paragraph.QuerySelector("mark.cue")!.TextContent);
        Assert.Equal("Ellen Brandt", paragraph.QuerySelector("mark.speaker")!.TextContent);
        Assert.Contains(Report.QuerySelectorAll("#quotes td.speaker"), cell => cell.TextContent.StartsWith("Ellen Brandt", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Summary_CountsEachFate()
    {
        foreach (var fate in Enum.GetValues<BlockFate>())
        {
            var swatch = Report.QuerySelector($".legend .{ExplanationHtml.FateClass(fate)} b")!;

            Assert.Equal(Explanation.Blocks.Count(b => b.Fate == fate).ToString(System.Globalization.CultureInfo.InvariantCulture), swatch.TextContent);
        }
    }

    [Fact]
    public void Render_Duplicate_LinksToTheBlockItMergedInto()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html"));
        var explanation = ArticleExtractor.Default.Explain(page);
        var duplicate = explanation.Blocks.First(b => b.Fate == BlockFate.Duplicate && b.MergedInto is not null);

        var report = new HtmlParser().ParseDocument(ExplanationHtml.Render(explanation));

        var link = report.QuerySelector($"#block-{duplicate.Order} .merged a")!;
        Assert.Equal($"#block-{duplicate.MergedInto}", link.GetAttribute("href"));
        Assert.NotNull(report.QuerySelector($"#block-{duplicate.MergedInto}.kept"));
    }

    [Fact]
    public void Render_RegionTable_ShowsTheChosenRegionFirst()
    {
        var rows = Report.QuerySelectorAll("#regions tbody tr");

        Assert.Equal(Explanation.Regions.Count, rows.Length);
        Assert.Contains("chosen", rows[0].ClassList);
        Assert.Equal(Explanation.Regions[0].Container, rows[0].QuerySelector("code")!.TextContent);
    }
}
