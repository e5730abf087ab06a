using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsExtract.Orleans.Tests.Redis;
using Orleans.Configuration;

namespace NewsExtract.Orleans.Tests;

/// <summary>
/// Issue 22: the crawl of the fifty news sites on three silo processes on this machine, with Redis for membership and
/// grain state (a server of the test's own), followed from a client in the test's process.
/// </summary>
public sealed class RedisClusterCrawlTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(6);

    [RedisFact]
    public async Task RunAsync_ThreeSiloProcessesOnRedis_EveryArticleOnceNoHostTooFastGroupsAsOnOneMachine()
    {
        await using var network = await NewsNetwork.StartAsync();
        await using var redis = await RedisServer.StartAsync();
        var clusterId = $"test-{Guid.NewGuid():N}";
        var folder = Directory.CreateTempSubdirectory("newsextract-orleans-");
        try
        {
            var silos = await StartSilosAsync(redis, clusterId, folder, count: 3);
            try
            {
                var clientBuilder = Host.CreateApplicationBuilder();
                clientBuilder.Logging.ClearProviders();
                clientBuilder.UseOrleansClient(client => client
                    .UseRedisClustering(redis.Connection)
                    .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, "NewsExtract")));
                using var client = clientBuilder.Build();
                await client.StartAsync();
                await AllJoinedAsync(client.Services.GetRequiredService<IClusterClient>(), silos.Length);
                var crawler = new ClusterCrawler(client.Services.GetRequiredService<IClusterClient>());

                var last = default(CrawlStatus);
                CrawlStatus status;
                try
                {
                    status = await crawler.RunAsync(network.HomePages, "redis", new Progress<CrawlStatus>(s => last = s)).WaitAsync(SafetyNet);
                }
                catch (TimeoutException)
                {
                    Assert.Fail($"The crawl did not finish within {SafetyNet}; it stood at {last}. Silos:\n{string.Join("\n---\n", silos.Select(s => s.Log))}");
                    throw;
                }


                var lines = silos.SelectMany(s => File.ReadLines(s.Output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
                Assert.All(lines, l => Assert.False(l.TryGetProperty("error", out var error), error.ToString()));
                var articles = lines.Select(l => (Url: l.GetProperty("id").GetString()!, Text: l.GetProperty("text").GetString()!)).ToList();
                // On a busy machine a grain call may time out and a task run again (Retried): those, and only those,
                // may be fetched and written twice.
                var silosLog = string.Join("\n---\n", silos.Select(s => s.Log));
                Assert.True(status.Counts.Failed == 0, $"{status.Counts.Failed} tasks failed: {status}. Silos:\n{silosLog}");
                Assert.InRange(status.Counts.Retried, 0, NewsNetwork.Hosts);
                CrawlChecks.EveryArticle(network, articles.Select(a => a.Url), extra: status.Counts.Retried);
                CrawlChecks.FetchedOnce(network, extra: status.Counts.Retried);
                CrawlChecks.NoHostTooFast(network);
                var groups = await crawler.GetDuplicateGroupsAsync("redis").ToListAsync();
                CrawlChecks.GroupsAsOnOneMachine(network, groups, articles);
                Assert.Equal(NewsNetwork.Hosts * NewsNetwork.ArticlesPerHost, status.Counts.Articles);

                // The work was spread: every silo wrote articles.
                Assert.All(silos, s => Assert.True(File.ReadLines(s.Output).Any(), $"A silo wrote no article: {s.Log}"));
                await client.StopAsync();
            }
            finally
            {
                foreach (var silo in silos)
                {
                    await silo.DisposeAsync();
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Starts the silo processes; when one fails to join, the others are stopped too, not left running.</summary>
    private static async Task<SiloProcess[]> StartSilosAsync(RedisServer redis, string clusterId, DirectoryInfo folder, int count)
    {
        var starting = Enumerable.Range(0, count)
            .Select(i => SiloProcess.StartAsync(redis.Connection, clusterId, Path.Combine(folder.FullName, $"silo{i}.jsonl"), CrawlChecks.MinInterval))
            .ToArray();
        try
        {
            return await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Waits until the cluster's membership lists every silo as active, so that the crawl's grains are placed on all of them.</summary>
    private static async Task AllJoinedAsync(IClusterClient client, int silos)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var active = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            if (active.Count >= silos)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Only {active.Count} of {silos} silos joined within a minute.");
            await Task.Delay(100);
        }
    }
}
