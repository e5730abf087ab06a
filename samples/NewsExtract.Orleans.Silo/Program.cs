using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsExtract.Fetching;
using NewsExtract.Orleans;
using Orleans.Configuration;
using StackExchange.Redis;

// One silo of a NewsExtract crawl cluster, or a client that starts a crawl on it, with Redis for membership and grain
// state. Every silo of a cluster names the same Redis server and cluster id; each writes its articles to its own file.
//
//   silo:  NewsExtract.Orleans.Silo --redis localhost:6379 --cluster news --port 11111 --gateway 30000 --out silo1.jsonl
//          [--address 192.0.2.10] [--min-interval 1]
//   crawl: NewsExtract.Orleans.Silo crawl --redis localhost:6379 --cluster news --id crawl-1 https://news.example/ …
//
// --address is the address other silos reach this one at (loopback when left out: all silos on one machine);
// --min-interval the least seconds between two requests to one host, cluster-wide.
var crawl = args.Length > 0 && args[0] == "crawl";
var configuration = new ConfigurationBuilder().AddCommandLine(crawl ? args[1..].Where(a => a.StartsWith("--", StringComparison.Ordinal) || !Uri.IsWellFormedUriString(a, UriKind.Absolute)).ToArray() : args).Build();
var redis = configuration["redis"] ?? "localhost:6379";
var clusterId = configuration["cluster"] ?? "newsextract";

void Cluster(ClusterOptions options)
{
    options.ClusterId = clusterId;
    options.ServiceId = "NewsExtract";
}

if (crawl)
{
    var sites = args[1..].Where(a => Uri.IsWellFormedUriString(a, UriKind.Absolute)).Select(a => new Uri(a)).ToList();
    var clientBuilder = Host.CreateApplicationBuilder();
    clientBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
    clientBuilder.UseOrleansClient(client => client
        .UseRedisClustering(redis)
        .Configure<ClusterOptions>(Cluster));
    using var clientHost = clientBuilder.Build();
    await clientHost.StartAsync();
    var crawler = new ClusterCrawler(clientHost.Services.GetRequiredService<IClusterClient>());
    var id = configuration["id"] ?? $"crawl-{DateTime.UtcNow:yyyyMMddHHmmss}";
    var status = await crawler.RunAsync(sites, id, new Progress<CrawlStatus>(s => Console.Error.WriteLine($"{s.Counts.Done} done, {s.Counts.Pending} pending, {s.Counts.Articles} articles")));
    var groups = 0;
    await foreach (var _ in crawler.GetDuplicateGroupsAsync(id))
    {
        groups++;
    }

    Console.WriteLine($"{id}: {status.Counts.Articles} articles, {status.Counts.NotArticles} passed over, {status.Counts.Failed} failed, {status.Counts.Retried} run again; {groups} near-duplicate groups; {status.Hosts} hosts");
    await clientHost.StopAsync();
    return 0;
}

var output = configuration["out"] ?? throw new ArgumentException("--out FILE: where this silo writes its articles (JSON Lines).");
var address = IPAddress.Parse(configuration["address"] ?? IPAddress.Loopback.ToString());
var siloPort = int.Parse(configuration["port"] ?? "11111", CultureInfo.InvariantCulture);
var gatewayPort = int.Parse(configuration["gateway"] ?? "30000", CultureInfo.InvariantCulture);
var minInterval = TimeSpan.FromSeconds(double.Parse(configuration["min-interval"] ?? "1", CultureInfo.InvariantCulture));

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo => silo
    .UseRedisClustering(redis)
    .Configure<ClusterOptions>(Cluster)
    .ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address))
    .AddRedisGrainStorage(ClusterCrawlOptions.StorageName, options => options.ConfigurationOptions = ConfigurationOptions.Parse(redis))
    .AddNewsExtractCrawler(
        _ => new JsonLinesCrawlSink(output),
        new ClusterCrawlOptions { Fetch = FetchOptions.Default with { RateLimit = FetchOptions.Default.RateLimit with { MinIntervalPerHost = minInterval } } }));
using var host = builder.Build();
await host.StartAsync();

// The launcher (a test, a service manager) reads this line to know the silo has joined.
Console.WriteLine($"silo {address}:{siloPort} joined cluster {clusterId}");
await host.WaitForShutdownAsync();
return 0;
