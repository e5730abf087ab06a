using AngleSharp.Html.Parser;
using NewsExtract.Output;
using NewsExtract.Tests.Browser;

namespace NewsExtract.Tests.Output;

/// <summary>The explanation's page opened in a real browser (headless Chromium): what a person would look at.</summary>
public sealed class ExplanationHtmlBrowserTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsextract-explain-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (ExtractionExplanation Explanation, string Report) WriteSampleReport()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html"));
        var explanation = ArticleExtractor.Default.Explain(page, new Uri("https://gazette.example/local/flood-barrier"));
        var report = Path.Combine(folder, "report.html");
        File.WriteAllText(report, ExplanationHtml.Render(explanation));
        return (explanation, report);
    }

    [ChromiumFact]
    public async Task Report_InChromium_ShowsEveryBlockWithItsFateClass()
    {
        var (explanation, report) = WriteSampleReport();

        var dom = new HtmlParser().ParseDocument(await Chromium.RunAsync(report, "--dump-dom"));

        var blocks = dom.QuerySelectorAll("ol.blocks > li.block");
        Assert.Equal(explanation.Blocks.Count, blocks.Length);
        foreach (var block in explanation.Blocks)
        {
            var element = dom.GetElementById($"block-{block.Order}")!;
            Assert.Contains(ExplanationHtml.FateClass(block.Fate), element.ClassList);
        }

        Assert.Equal(explanation.Article.Quotes.Count, dom.QuerySelectorAll("#quotes tbody tr").Length);
        Assert.NotEmpty(dom.QuerySelectorAll("mark.quote"));
        Assert.Empty(dom.QuerySelectorAll("script"));
    }

    [ChromiumFact]
    public async Task Report_InChromium_TakesAScreenshotThatIsNotBlank()
    {
        var (_, report) = WriteSampleReport();
        var screenshot = Path.Combine(folder, "report.png");

        await Chromium.RunAsync(report, $"--screenshot={screenshot}", "--window-size=1200,1600");

        var bytes = await File.ReadAllBytesAsync(screenshot);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        // A blank page of this size compresses to a few kilobytes; coloured blocks and text take far more.
        Assert.True(bytes.Length > 50_000, $"The screenshot is {bytes.Length} bytes: the page looks blank.");
        if (Environment.GetEnvironmentVariable("NEWSEXTRACT_SCREENSHOT") is { Length: > 0 } keep)
        {
            File.Copy(screenshot, keep, overwrite: true);
        }
    }
}
