using System.Net;
using NewsExtract.Dedup;
using NewsExtract.Fetching;
using NewsExtract.Pipelines;
using NewsExtract.Tests.Fetching;

namespace NewsExtract.Tests.Pipelines;

/// <summary>Issue 19's crawl target: every article of a site found once, nothing else, no disallowed path fetched, the per-host delay kept.</summary>
public sealed class SiteCrawlerTests
{
    private static readonly TimeSpan CrawlDelay = TimeSpan.FromSeconds(LoopbackNewsSite.CrawlDelaySeconds);

    private static FetchOptions Options(TimeProvider clock) => new()
    {
        TimeProvider = clock,
        RateLimit = new() { MinIntervalPerHost = TimeSpan.Zero },
        Timeouts = new() { Attempt = TimeSpan.FromSeconds(60), Total = TimeSpan.FromSeconds(600) },
    };

    /// <summary>One article at a time, so that the per-host waits start one by one and the clock can be advanced past each.</summary>
    private static CrawlOptions OneAtATime => new() { Pipeline = new NewsPipelineOptions { MaxConcurrency = 1 } };

    /// <summary>Runs a crawl to its end, advancing the clock past each per-host wait as it starts.</summary>
    private static async Task<List<PipelineResult>> CrawlAsync(TestClock clock, SiteCrawler crawler, params Uri[] sites)
    {
        var results = new List<PipelineResult>();
        var crawl = Task.Run(async () =>
        {
            await foreach (var result in crawler.CrawlAsync(sites))
            {
                results.Add(result);
            }
        });
        await clock.AdvanceThroughDelaysAsync(crawl, d => d > TimeSpan.Zero && d <= CrawlDelay, maxDelays: 200);
        await crawl.WaitAsync(TimeSpan.FromSeconds(60));
        return results;
    }

    [Fact]
    public async Task CrawlAsync_NewsSite_FindsEveryArticleOnceAndNothingElse()
    {
        var clock = new TestClock();
        await using var site = await LoopbackNewsSite.StartAsync(clock);
        await using var client = new ArticleClient(Options(clock));

        var results = await CrawlAsync(clock, new SiteCrawler(client, options: OneAtATime), site.Url("/"));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Message));
        Assert.Equal(LoopbackNewsSite.ArticlePaths.Order(), results.Select(r => r.Article!.Url!.AbsolutePath).Order());
        Assert.Equal(0, site.Server.Hits(LoopbackNewsSite.PrivatePath));
        Assert.Equal(1, site.Server.Hits(LoopbackNewsSite.ListingWithArticleShape));
        Assert.Equal(0, site.Server.Hits("/tag/harbour-and-river-news-today"));
        Assert.Equal(0, site.Server.Hits("/politics/"));
        Assert.All(LoopbackNewsSite.ArticlePaths, path => Assert.Equal(1, site.Server.Hits(path)));
        Assert.Equal(1, site.Server.Hits("/sitemap-articles.xml.gz"));
        Assert.Equal(1, site.Server.Hits("/sitemap-news.xml"));
        Assert.Equal(1, site.Server.Hits("/feed.xml"));
        Assert.Equal(1, site.Server.Hits("/atom.xml"));
    }

    [Fact]
    public async Task CrawlAsync_NewsSite_KeepsTheCrawlDelayBetweenAllRequests()
    {
        var clock = new TestClock();
        await using var site = await LoopbackNewsSite.StartAsync(clock);
        await using var client = new ArticleClient(Options(clock));

        await CrawlAsync(clock, new SiteCrawler(client, options: OneAtATime), site.Url("/"));

        var times = site.Requests.Where(r => r.Path != "/robots.txt").Select(r => r.At).Order().ToList();
        Assert.True(times.Count > 10);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= CrawlDelay, $"{pair.First:O} then {pair.Second:O}"));
    }

    [Fact]
    public async Task CrawlAsync_SinceAndMaxPages_BoundTheCrawl()
    {
        var since = new DateTimeOffset(2024, 5, 15, 0, 0, 0, TimeSpan.Zero);

        var recent = await CrawlFreshSiteAsync(OneAtATime with { Since = since });
        var capped = await CrawlFreshSiteAsync(OneAtATime with { MaxPages = 2 });

        Assert.Equal(LoopbackNewsSite.ArticlePaths.Take(3).Order(), recent.Select(r => r.Article!.Url!.AbsolutePath).Order());
        Assert.Equal(2, capped.Count);
    }

    private static async Task<List<PipelineResult>> CrawlFreshSiteAsync(CrawlOptions options)
    {
        var clock = new TestClock();
        await using var site = await LoopbackNewsSite.StartAsync(clock);
        await using var client = new ArticleClient(Options(clock));
        return await CrawlAsync(clock, new SiteCrawler(client, options: options), site.Url("/"));
    }

    [Fact]
    public async Task CrawlAsync_TwoSitesWithSyndicatedCopies_FindsBothAndTheIndexGroupsTheCopies()
    {
        var clock = new TestClock();
        await using var first = await LoopbackNewsSite.StartAsync(clock);
        await using var second = await LoopbackNewsSite.StartAsync(clock, IPAddress.Parse("127.0.0.2"), otherSite: first.Url(LoopbackNewsSite.ArticlePaths[0]).AbsoluteUri);
        await using var client = new ArticleClient(Options(clock));

        var results = await CrawlAsync(clock, new SiteCrawler(client, options: OneAtATime), first.Url("/"), second.Url("/"));

        Assert.Equal(2 * LoopbackNewsSite.ArticlePaths.Count, results.Count);
        var index = new NearDuplicateIndex();
        foreach (var result in results)
        {
            index.Add(result.Article!.Url!.AbsoluteUri, result.Article.Text);
        }

        var groups = index.Groups();
        Assert.Equal(LoopbackNewsSite.ArticlePaths.Count, groups.Count);
        Assert.All(groups, g => Assert.Equal(2, g.Members.Select(m => new Uri(m).Host).Distinct().Count()));
    }
}
