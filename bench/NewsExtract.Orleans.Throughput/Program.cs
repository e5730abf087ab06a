using System.Diagnostics;
using System.Globalization;
using NewsExtract.Dedup;
using NewsExtract.Fetching;
using NewsExtract.Orleans;
using NewsExtract.Orleans.Tests;
using NewsExtract.Pipelines;
using Orleans.TestingHost;

// The crawl of the tests' loopback news network (50 hosts × 20 articles, feeds, sitemaps, syndicated copies), whole,
// in one process: `single` through the single-process pipeline (SiteCrawler and a NearDuplicateIndex), `cluster` on a
// three-silo in-process cluster (its silos talk over loopback TCP). Time it as a whole process, the one against the
// other; the line it prints gives the crawl's own time besides.
//
//   dotnet NewsExtract.Orleans.Throughput.dll single|cluster [least interval per host, ms; default 0]
var mode = args.Length > 0 ? args[0] : "single";
var interval = TimeSpan.FromMilliseconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0);
// Interval 0: no politeness at all (robots.txt Crawl-delay cut to 0 too), so the figure is the work and what the
// cluster adds to it; a positive interval: the crawl as the tests run it, paced by its slowest hosts.
var fetch = new FetchOptions
{
    RateLimit = new() { MinIntervalPerHost = interval },
    Robots = interval == TimeSpan.Zero ? new() { MaxCrawlDelay = TimeSpan.Zero } : RobotsOptions.Default,
};
await using var network = await NewsNetwork.StartAsync();
var watch = Stopwatch.StartNew();
int articles;
int groups;
if (mode == "cluster")
{
    var builder = new InProcessTestClusterBuilder(3);
    var sink = new CountingSink();
    builder.ConfigureSilo((_, silo) => silo
        .AddMemoryGrainStorage(ClusterCrawlOptions.StorageName)
        .AddNewsExtractCrawler(_ => sink, new ClusterCrawlOptions { Fetch = fetch }));
    await using var cluster = builder.Build();
    await cluster.DeployAsync();
    var started = watch.Elapsed;
    watch.Restart();
    var crawler = new ClusterCrawler(cluster.Client);
    var status = await crawler.RunAsync(network.HomePages, "throughput");
    articles = status.Counts.Articles;
    groups = await crawler.GetDuplicateGroupsAsync("throughput").CountAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cluster start {started.TotalSeconds:F2} s"));
}
else
{
    using var client = new ArticleClient(fetch);
    var index = new NearDuplicateIndex();
    articles = 0;
    await foreach (var result in new SiteCrawler(client).CrawlAsync(network.HomePages))
    {
        if (result.Article is { } article)
        {
            index.Add(result.Input.Id, article.Text);
            articles++;
        }
    }

    groups = index.Groups().Count();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mode}: {articles} articles, {groups} near-duplicate groups, crawl {watch.Elapsed.TotalSeconds:F2} s, {articles / watch.Elapsed.TotalSeconds:F0} articles/s"));
return articles == NewsNetwork.Hosts * NewsNetwork.ArticlesPerHost ? 0 : 1;

internal sealed class CountingSink : ICrawlSink
{
    public ValueTask WriteAsync(CrawledPage page, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
