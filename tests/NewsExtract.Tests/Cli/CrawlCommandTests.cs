using System.Text.Json;
using NewsExtract.Tests.Pipelines;

namespace NewsExtract.Tests.Cli;

/// <summary>The console app's crawl command against the loopback news site, run as a process.</summary>
public sealed class CrawlCommandTests
{
    [Fact]
    public async Task Crawl_Site_WritesArticlesOnlyWithinMaxPages()
    {
        await using var site = await LoopbackNewsSite.StartAsync(TimeProvider.System, crawlDelay: 0);

        var (exitCode, output, error) = await CliTests.RunAsync("crawl", site.Url("/").AbsoluteUri, "--output", "-", "--max-pages", "2", "--since", "2024-05-01");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Contains(new Uri(l.GetProperty("url").GetString()!).AbsolutePath, LoopbackNewsSite.ArticlePaths));
        Assert.Contains("article addresses found", error, StringComparison.Ordinal);
        Assert.Equal(0, site.Server.Hits(LoopbackNewsSite.PrivatePath));
    }

    [Fact]
    public async Task Batch_FeedUrl_ExtractsEveryArticleTheFeedLists()
    {
        await using var site = await LoopbackNewsSite.StartAsync(TimeProvider.System, crawlDelay: 0);

        var (exitCode, output, error) = await CliTests.RunAsync("batch", site.Url("/feed.xml").AbsoluteUri, "--output", "-");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(LoopbackNewsSite.ArticlePaths.Take(3), lines.Select(l => new Uri(l.GetProperty("url").GetString()!).AbsolutePath));
        Assert.All(lines, l => Assert.StartsWith("Story number", l.GetProperty("title").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_NotAUrl_ExitsWithTwo()
    {
        var (exitCode, _, error) = await CliTests.RunAsync("crawl", "news.example", "--output", "-");

        Assert.Equal(2, exitCode);
        Assert.Contains("not an http or https URL", error, StringComparison.Ordinal);
    }
}
