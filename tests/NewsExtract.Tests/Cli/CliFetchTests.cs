using System.Text.Json;
using NewsExtract.Tests.Fetching;

namespace NewsExtract.Tests.Cli;

/// <summary>The console app fetching URLs from a loopback server, run as a process the way users run it.</summary>
public sealed class CliFetchTests : IAsyncLifetime, IDisposable
{
    private readonly string workDirectory = Directory.CreateTempSubdirectory("newsextract-cli-fetch-").FullName;
    private LoopbackServer server = null!;

    public async Task InitializeAsync()
    {
        server = await LoopbackServer.StartAsync();
        server.Map("/story", Respond.Html(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html"))));
        server.Map("/robots.txt", Respond.Text("User-agent: *\nDisallow: /private\n"));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => Directory.Delete(workDirectory, recursive: true);

    [Fact]
    public async Task Extract_Url_FetchesAndPrintsTheArticle()
    {
        var url = server.Url("/story").AbsoluteUri;

        var (exitCode, output, error) = await CliTests.RunAsync("extract", url, "--format", "json", "--user-agent", "CliTestBot/1.0");

        Assert.True(exitCode == 0, error);
        var article = JsonDocument.Parse(output).RootElement;
        Assert.Equal(url, article.GetProperty("id").GetString());
        Assert.Equal("City Council Approves Riverside Flood Barrier After Decade of Debate", article.GetProperty("title").GetString());
        Assert.All(server.Received, request => Assert.Equal("CliTestBot/1.0", request.UserAgent));
    }

    [Fact]
    public async Task Batch_UrlsOnStandardInput_WritesArticlesToStandardOutput()
    {
        var urls = $"{server.Url("/story").AbsoluteUri}\n# a comment\nnot a url\n";

        var (exitCode, output, error) = await CliTests.RunWithInputAsync(urls, "batch", "-", "--output", "-");

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("City Council Approves Riverside Flood Barrier After Decade of Debate", lines[0].GetProperty("title").GetString());
        Assert.Equal("not a url", lines[1].GetProperty("id").GetString());
        Assert.Contains("not an http or https URL", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists("-"));
        Assert.Contains("standard output", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_ListOfUrls_SharesOneClientAndWritesAnErrorLineForEachFailure()
    {
        var list = Path.Combine(workDirectory, "urls.txt");
        File.WriteAllLines(list, [server.Url("/story").AbsoluteUri, server.Url("/private/memo").AbsoluteUri, server.Url("/missing").AbsoluteUri]);
        var output = Path.Combine(workDirectory, "out.jsonl");

        var (exitCode, _, error) = await CliTests.RunAsync("batch", list, "--output", output, "--concurrency", "2");

        Assert.Equal(1, exitCode);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("City Council Approves Riverside Flood Barrier After Decade of Debate", lines[0].GetProperty("title").GetString());
        Assert.Contains("robots.txt", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("404", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, server.Hits("/robots.txt"));
        Assert.Equal(0, server.Hits("/private/memo"));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BlockPrivate_RefusesLoopbackInOneLine()
    {
        var (exitCode, _, error) = await CliTests.RunAsync("extract", server.Url("/story").AbsoluteUri, "--block-private");

        Assert.Equal(1, exitCode);
        Assert.Contains("private, loopback or link-local", Assert.Single(error.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.Equal(0, server.TotalHits);
    }

    [Fact]
    public async Task Extract_TimeoutOnStalledServer_FailsInOneLine()
    {
        server.Map("/stalled", Respond.StallBeforeHeaders(server));

        var (exitCode, _, error) = await CliTests.RunAsync("extract", server.Url("/stalled").AbsoluteUri, "--timeout", "1", "--ignore-robots");

        Assert.Equal(1, exitCode);
        Assert.Contains("total timeout of 1 s", Assert.Single(error.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--max-bytes", "10")]
    [InlineData("--user-agent", "/no-token")]
    public async Task Extract_BadFetchOption_ExitsWithTwo(string option, string value)
    {
        var (exitCode, _, error) = await CliTests.RunAsync("extract", server.Url("/story").AbsoluteUri, option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Equal(0, server.TotalHits);
    }
}
