using NewsExtract.Dedup;
using NewsExtract.Pipelines;
using Polly;

namespace NewsExtract.Orleans;

/// <summary>
/// Starts and follows crawls on a cluster whose silos run <see cref="NewsExtractSiloBuilderExtensions.AddNewsExtractCrawler"/>,
/// from a client or a silo. A crawl is named by its id: starting it twice starts it once, and anyone can follow it.
/// A call cut or refused because a silo was lost or is stopping is made again (<see cref="SiloLossRetry"/>): the calls
/// only start or read a crawl, so making them twice is harmless, and following a crawl survives the loss of a silo.
/// </summary>
/// <example>
/// <code>
/// var crawler = new ClusterCrawler(clusterClient);
/// CrawlStatus done = await crawler.RunAsync([new Uri("https://news.example/")], "crawl-2024-05-17");
/// await foreach (DuplicateGroup group in crawler.GetDuplicateGroupsAsync("crawl-2024-05-17")) { … }
/// </code>
/// </example>
public sealed class ClusterCrawler
{
    private readonly IGrainFactory grains;
    private readonly ResiliencePipeline siloLoss = SiloLossRetry.Build(TimeProvider.System);

    /// <summary>Creates a crawler on a cluster.</summary>
    /// <param name="grains">The cluster: an <c>IClusterClient</c>, or a silo's grain factory.</param>
    public ClusterCrawler(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        this.grains = grains;
    }

    /// <summary>How often <see cref="RunAsync"/> asks where the crawl stands. Default: 250 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Queues the sites' seeds; the cluster crawls them from there.</summary>
    /// <param name="sites">The sites' home pages.</param>
    /// <param name="crawlId">The crawl's id.</param>
    /// <param name="cancellationToken">Cancels the wait for the seeds to be queued.</param>
    public async Task StartAsync(IEnumerable<Uri> sites, string crawlId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentException.ThrowIfNullOrEmpty(crawlId);
        var seeds = sites.Select(site => ArticleUrl.IsWebAddress(site) ? ArticleUrl.Normalize(site).AbsoluteUri : throw new ArgumentException($"'{site}' is not an http or https address.", nameof(sites))).ToList();
        var crawl = grains.GetGrain<ICrawlGrain>(crawlId);
        await siloLoss.ExecuteAsync(async token => await crawl.StartAsync(seeds).WaitAsync(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where a crawl stands.</summary>
    /// <param name="crawlId">The crawl's id.</param>
    /// <param name="cancellationToken">Cancels the wait for the answer.</param>
    public async Task<CrawlStatus> GetStatusAsync(string crawlId, CancellationToken cancellationToken = default)
    {
        var crawl = grains.GetGrain<ICrawlGrain>(crawlId);
        return await siloLoss.ExecuteAsync(async token => await crawl.GetStatusAsync().WaitAsync(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a crawl and waits until it has finished: nothing queued or running on any host.</summary>
    /// <param name="sites">The sites' home pages.</param>
    /// <param name="crawlId">The crawl's id.</param>
    /// <param name="progress">Told where the crawl stands at every poll; optional.</param>
    /// <param name="cancellationToken">Stops waiting (the crawl goes on in the cluster).</param>
    /// <returns>The crawl's final counts.</returns>
    public async Task<CrawlStatus> RunAsync(IEnumerable<Uri> sites, string crawlId, IProgress<CrawlStatus>? progress = null, CancellationToken cancellationToken = default)
    {
        await StartAsync(sites, crawlId, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var status = await GetStatusAsync(crawlId, cancellationToken).ConfigureAwait(false);
            progress?.Report(status);
            if (status.Finished)
            {
                return status;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The near-duplicate groups of two or more articles the cluster has indexed, each representative first.</summary>
    /// <param name="crawlId">A crawl of the cluster (its coordinator gathers the groups of every partition).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public async IAsyncEnumerable<DuplicateGroup> GetDuplicateGroupsAsync(string crawlId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var crawl = grains.GetGrain<ICrawlGrain>(crawlId);
        var groups = await siloLoss.ExecuteAsync(async token => await crawl.GetDuplicateGroupsAsync().WaitAsync(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        foreach (var group in groups)
        {
            yield return new DuplicateGroup(group.Representative, group.Members);
        }
    }
}
