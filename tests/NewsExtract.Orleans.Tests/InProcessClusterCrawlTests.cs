using Microsoft.Extensions.DependencyInjection;
using NewsExtract.Dedup;
using NewsExtract.Fetching;
using Orleans.Runtime.Hosting;
using Orleans.TestingHost;

namespace NewsExtract.Orleans.Tests;

/// <summary>Issue 22: the crawl of fifty news sites on a three-silo in-process cluster, whole and with a silo stopped mid-crawl.</summary>
public sealed class InProcessClusterCrawlTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(4);

    internal static ClusterCrawlOptions Options => new()
    {
        Fetch = new FetchOptions
        {
            RateLimit = new() { MinIntervalPerHost = CrawlChecks.MinInterval },
            Timeouts = new() { Attempt = TimeSpan.FromSeconds(20), Total = TimeSpan.FromSeconds(60) },
            Retry = new() { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(100) },
        },
    };

    private static async Task<InProcessTestCluster> StartClusterAsync(CollectingSink sink)
    {
        var storage = new SharedMemoryGrainStorage();
        var builder = new InProcessTestClusterBuilder(3);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddNewsExtractCrawler(_ => sink, Options);
            silo.Services.AddGrainStorage(ClusterCrawlOptions.StorageName, (services, _) => storage.For(services));
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    [Fact]
    public async Task RunAsync_ThreeSilosFiftyHosts_EveryArticleOnceNoHostTooFastGroupsAsOnOneMachine()
    {
        await using var network = await NewsNetwork.StartAsync();
        var sink = new CollectingSink();
        await using var cluster = await StartClusterAsync(sink);
        var crawler = new ClusterCrawler(cluster.Client);

        var status = await crawler.RunAsync(network.HomePages, "whole").WaitAsync(SafetyNet);

        var pages = sink.Pages;
        Assert.All(pages, p => Assert.True(p.Result.Succeeded, p.Result.Failure?.Message));
        CrawlChecks.EveryArticle(network, pages.Select(p => p.Result.Input.Url!.AbsoluteUri));
        CrawlChecks.FetchedOnce(network);
        CrawlChecks.NoHostTooFast(network);
        var groups = await crawler.GetDuplicateGroupsAsync("whole").ToListAsync();
        CrawlChecks.GroupsAsOnOneMachine(network, groups, pages.Select(p => (p.Result.Input.Url!.AbsoluteUri, p.Result.Article!.Text)));
        Assert.Equal(NewsNetwork.Hosts * NewsNetwork.ArticlesPerHost, status.Counts.Articles);
        Assert.Equal(0, status.Counts.Retried);
        Assert.Equal(NewsNetwork.Hosts, status.Hosts);
    }

    [Fact]
    public async Task RunAsync_SiloStoppedMidCrawl_LosesNoArticleAndFetchesAgainOnlyWhatWasRunning()
    {
        await using var network = await NewsNetwork.StartAsync();
        var sink = new CollectingSink();
        await using var cluster = await StartClusterAsync(sink);
        var crawler = new ClusterCrawler(cluster.Client);

        var crawl = crawler.RunAsync(network.HomePages, "stopped");
        var deadline = DateTime.UtcNow + SafetyNet;
        while (sink.Count < network.Articles.Count / 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await cluster.StopSiloAsync(cluster.Silos[1]);
        var status = await crawl.WaitAsync(SafetyNet);

        // A task running on the stopped silo runs again: at most one per host (one in flight each).
        Assert.InRange(status.Counts.Retried, 0, NewsNetwork.Hosts);
        var pages = sink.Pages;
        Assert.All(pages, p => Assert.True(p.Result.Succeeded, p.Result.Failure?.Message));
        CrawlChecks.EveryArticle(network, pages.Select(p => p.Result.Input.Url!.AbsoluteUri), extra: status.Counts.Retried);
        CrawlChecks.FetchedOnce(network, extra: status.Counts.Retried);
        CrawlChecks.NoHostTooFast(network);
        Assert.Equal(2, cluster.Silos.Count(s => s.IsActive));
    }
}
