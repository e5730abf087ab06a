using AngleSharp.Html.Parser;

namespace NewsExtract.Tests.Cli;

/// <summary><c>newsextract explain</c>, run as a process.</summary>
public sealed class CliExplainTests : IDisposable
{
    private readonly string workDirectory = Directory.CreateTempSubdirectory("newsextract-cli-explain-").FullName;

    public void Dispose() => Directory.Delete(workDirectory, recursive: true);

    [Fact]
    public async Task Explain_PageToFile_WritesTheReportOfItsBlocks()
    {
        var page = Path.Combine(TestPaths.Fixtures, "sample-article.html");
        var report = Path.Combine(workDirectory, "report.html");

        var (exitCode, output, error) = await CliTests.RunAsync("explain", page, "--output", report, "--url", "https://gazette.example/local/flood-barrier");

        Assert.True(exitCode == 0, error);
        Assert.Equal(string.Empty, output);
        var expected = ArticleExtractor.Default.Explain(File.ReadAllText(page));
        var dom = new HtmlParser().ParseDocument(File.ReadAllText(report));
        Assert.Equal(expected.Blocks.Count, dom.QuerySelectorAll("li.block").Length);
        Assert.Equal(expected.Article.Paragraphs.Count, dom.QuerySelectorAll("li.block.kept").Length);
        Assert.Contains("https://gazette.example/local/flood-barrier", dom.QuerySelector("#summary dl")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_MissingFile_FailsWithOneLine()
    {
        var (exitCode, _, error) = await CliTests.RunAsync("explain", Path.Combine(workDirectory, "missing.html"), "--output", Path.Combine(workDirectory, "r.html"));

        Assert.Equal(1, exitCode);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workDirectory, "r.html")));
    }
}
