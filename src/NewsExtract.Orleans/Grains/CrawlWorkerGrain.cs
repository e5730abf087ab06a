using System.Text;
using System.Xml;
using NewsExtract.Dedup;
using NewsExtract.Fetching;
using NewsExtract.Pipelines;

namespace NewsExtract.Orleans;

/// <summary>Runs crawl tasks: stateless and reentrant, on every silo; the work itself is <see cref="CrawlTaskRunner"/>'s, on the thread pool.</summary>
[StatelessWorker]
[Reentrant]
internal sealed class CrawlWorkerGrain(CrawlTaskRunner runner) : Grain, ICrawlWorkerGrain
{
    public Task<CrawlTaskOutcome> RunAsync(CrawlTask task) => Task.Run(() => runner.RunAsync(task));
}

/// <summary>
/// Runs one crawl task: the same steps as <see cref="SiteCrawler"/>, cut at each fetch so that every request waits in
/// its host's queue: a site's robots.txt gives its sitemaps, a sitemap its children and articles, the home page its
/// feeds and links, a feed its articles; every address found passes the same article test (its shape, then the page
/// itself). New addresses go through the seen-address set to their hosts' queues before the task ends. When the silo
/// stops, the task's requests are cancelled: its host queues it again on a live silo, and the stopping silo neither
/// fetches nor reports a failure for work it gives up.
/// </summary>
internal sealed class CrawlTaskRunner(CrawlSettings settings, IGrainFactory grains)
{
    private ClusterCrawlOptions Options => settings.Options;

    public async Task<CrawlTaskOutcome> RunAsync(CrawlTask task)
    {
        var url = new Uri(task.Url);
        var site = new Uri(task.Site);
        try
        {
            return task.Kind switch
            {
                CrawlTaskKind.Site => await SiteAsync(task, site).ConfigureAwait(false),
                CrawlTaskKind.Sitemap => await SitemapAsync(task, url, site).ConfigureAwait(false),
                CrawlTaskKind.HomePage => await HomePageAsync(task, url, site).ConfigureAwait(false),
                CrawlTaskKind.Feed => await FeedAsync(task, url, site).ConfigureAwait(false),
                _ => await ArticleAsync(task, url).ConfigureAwait(false),
            };
        }
        catch (FetchException exception) when (exception.Reason == FetchFailureReason.DisallowedByRobots)
        {
            return CrawlTaskOutcome.Disallowed;
        }
        catch (Exception exception) when (exception is FetchException or XmlException or InvalidDataException)
        {
            // A source that cannot be fetched or read: discovery goes on with the others, as on one machine.
            return CrawlTaskOutcome.Failed;
        }
    }

    private async Task<CrawlTaskOutcome> SiteAsync(CrawlTask task, Uri site)
    {
        var robotsUrl = new Uri(site, "/robots.txt");
        IReadOnlyList<Uri> sitemaps = [];
        try
        {
            var robots = await settings.Client.FetchResourceAsync(robotsUrl, settings.Stopping).ConfigureAwait(false);
            sitemaps = Sitemaps.FromRobotsTxt(Encoding.UTF8.GetString(robots.Content.Span), robotsUrl);
        }
        catch (FetchException)
        {
            // No robots.txt: the usual sitemap address, and the home page.
        }

        var found = (sitemaps.Count > 0 ? sitemaps : [new Uri(site, "/sitemap.xml")])
            .Select(s => task with { Kind = CrawlTaskKind.Sitemap, Url = s.AbsoluteUri, Attempts = 0 })
            .Append(task with { Kind = CrawlTaskKind.HomePage, Url = site.AbsoluteUri, Attempts = 0 });
        await AdmitAsync(found).ConfigureAwait(false);
        return CrawlTaskOutcome.Discovered;
    }

    private async Task<CrawlTaskOutcome> SitemapAsync(CrawlTask task, Uri url, Uri site)
    {
        var body = await settings.Client.FetchResourceAsync(url, settings.Stopping).ConfigureAwait(false);
        var found = new List<CrawlTask>();
        try
        {
            await foreach (var entry in Sitemaps.ReadAsync(new MemoryStream(body.Content.ToArray(), writable: false), url).ConfigureAwait(false))
            {
                if (entry.IsSitemap)
                {
                    if (SameSite(entry.Location, site))
                    {
                        found.Add(task with { Kind = CrawlTaskKind.Sitemap, Url = entry.Location.AbsoluteUri, Attempts = 0 });
                    }
                }
                else if (Consider(task, entry.Location, entry.Published, entry.Published ?? entry.LastModified, site) is { } article)
                {
                    found.Add(article);
                }
            }
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException)
        {
            // A broken sitemap ends with the entries read before the fault.
        }

        await AdmitAsync(found).ConfigureAwait(false);
        return CrawlTaskOutcome.Discovered;
    }

    private async Task<CrawlTaskOutcome> HomePageAsync(CrawlTask task, Uri url, Uri site)
    {
        var home = await settings.Client.FetchAsync(url, settings.Stopping).ConfigureAwait(false);
        var found = Feeds.Discover(home.Content, home.Url)
            .Where(feed => SameSite(feed, site))
            .Select(feed => task with { Kind = CrawlTaskKind.Feed, Url = feed.AbsoluteUri, Attempts = 0 })
            .ToList();
        if (Options.FollowHomePageLinks)
        {
            found.AddRange(PageLinks.Of(home.Content, home.Url).Select(link => Consider(task, link, null, null, site)).OfType<CrawlTask>());
        }

        await AdmitAsync(found).ConfigureAwait(false);
        return CrawlTaskOutcome.Discovered;
    }

    private async Task<CrawlTaskOutcome> FeedAsync(CrawlTask task, Uri url, Uri site)
    {
        var body = await settings.Client.FetchResourceAsync(url, settings.Stopping).ConfigureAwait(false);
        var items = await Feeds.ReadAsync(new MemoryStream(body.Content.ToArray(), writable: false), url).ConfigureAwait(false);
        await AdmitAsync(items.Select(item => Consider(task, item.Link, item.Published, item.Published, site)).OfType<CrawlTask>()).ConfigureAwait(false);
        return CrawlTaskOutcome.Discovered;
    }

    private async Task<CrawlTaskOutcome> ArticleAsync(CrawlTask task, Uri url)
    {
        var result = await settings.Pipeline.Value.ExtractAsync(PageInput.ForUrl(url, task.Published), settings.Stopping).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            if (failure.FetchReason == FetchFailureReason.DisallowedByRobots)
            {
                return CrawlTaskOutcome.Disallowed;
            }

            await settings.Sink.WriteAsync(new CrawledPage(result, null), CancellationToken.None).ConfigureAwait(false);
            return CrawlTaskOutcome.Failed;
        }

        var article = result.Article!;
        if (!await IsNewArticleAsync(task, url, article).ConfigureAwait(false))
        {
            return CrawlTaskOutcome.NotArticle;
        }

        var fingerprint = NearDuplicateFingerprint.Create(article.Text, Options.NearDuplicates.MinWords);
        var duplicate = await settings.Index.AddAsync(url.AbsoluteUri, fingerprint).ConfigureAwait(false);
        await settings.Sink.WriteAsync(new CrawledPage(result, duplicate), CancellationToken.None).ConfigureAwait(false);
        return CrawlTaskOutcome.Article;
    }

    /// <summary>Whether a fetched page is an article to output: not a listing or an empty page, not too old, not reached before through a redirect.</summary>
    private async Task<bool> IsNewArticleAsync(CrawlTask task, Uri url, Article article)
    {
        if (article.IsEmpty || article.Diagnostics.Warnings.Contains(PageWarning.ListingPage) || article.Published < Options.Since)
        {
            return false;
        }

        if (article.Url is not { } final || !ArticleUrl.IsWebAddress(final) || ArticleUrl.Normalize(final) == url)
        {
            return true;
        }

        var key = ArticleUrl.Normalize(final).AbsoluteUri;
        return await grains.GetGrain<ISeenAddressGrain>(Partitions.Of(key, Options.SeenPartitions)).MarkSeenAsync(task.CrawlId, key).ConfigureAwait(false);
    }

    /// <summary>An article task for an address found on the site, when it has an article's shape and is not known to be older than Since.</summary>
    private CrawlTask? Consider(CrawlTask origin, Uri url, DateTimeOffset? published, DateTimeOffset? latest, Uri site)
    {
        if (!ArticleUrl.IsWebAddress(url) || latest < Options.Since)
        {
            return null;
        }

        var normalized = ArticleUrl.Normalize(url);
        return SameSite(normalized, site) && ArticleUrl.LooksLikeArticle(normalized)
            ? (origin with { Kind = CrawlTaskKind.Article, Url = normalized.AbsoluteUri, Published = published, Attempts = 0 })
            : null;
    }

    /// <summary>Sends the tasks to their seen-address partitions, in parallel; each queues the new ones on their hosts.</summary>
    private Task AdmitAsync(IEnumerable<CrawlTask> tasks) =>
        Task.WhenAll(tasks
            .GroupBy(t => Partitions.Of(t.SeenKey, Options.SeenPartitions))
            .Select(p => grains.GetGrain<ISeenAddressGrain>(p.Key).AdmitAsync(p.ToList())));

    /// <summary>The same site: the same host, with or without a leading <c>www.</c>.</summary>
    private static bool SameSite(Uri url, Uri site) =>
        string.Equals(WithoutWww(url.IdnHost), WithoutWww(site.IdnHost), StringComparison.OrdinalIgnoreCase);

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
