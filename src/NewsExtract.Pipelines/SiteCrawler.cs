using System.Runtime.CompilerServices;
using System.Xml;
using NewsExtract.Fetching;

namespace NewsExtract.Pipelines;

/// <summary>How far a crawl has come.</summary>
/// <param name="Discovered">Article addresses found (each once, after the shape test).</param>
/// <param name="Fetched">Article pages fetched and extracted, or failed.</param>
/// <param name="Articles">Articles output.</param>
/// <param name="NotArticles">Pages passed over once fetched: listing pages, empty pages, pages older than <see cref="CrawlOptions.Since"/>, pages a redirect led to twice.</param>
/// <param name="Failed">Article pages that failed (and are output as failures).</param>
public readonly record struct CrawlProgress(int Discovered, int Fetched, int Articles, int NotArticles, int Failed);

/// <summary>
/// Finds and extracts a news site's articles, each once: the addresses its robots.txt sitemaps (indexes, gzipped, news
/// sitemaps), its feeds (named on the home page) and its home page's links list, each passed through one article test
/// (<see cref="ArticleUrl.LooksLikeArticle"/> on the normalised address, then the fetched page itself: a listing page
/// is never output), bounded by <see cref="CrawlOptions.Since"/> and <see cref="CrawlOptions.MaxPages"/>. Every request
/// goes through one <see cref="ArticleClient"/>, so robots.txt rules and the per-host delay hold for the whole crawl.
/// The frontier is a seam (<see cref="ICrawlFrontier"/>): one process's memory by default.
/// </summary>
public sealed class SiteCrawler
{
    private readonly ICrawlFetcher fetcher;
    private readonly ArticleExtractor extractor;
    private readonly ArticleClient client;
    private readonly CrawlOptions options;

    /// <summary>Creates a crawler.</summary>
    /// <param name="client">The client every request goes through.</param>
    /// <param name="extractor">The extractor; <see cref="ArticleExtractor.Default"/> when <see langword="null"/>.</param>
    /// <param name="options">The settings; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public SiteCrawler(ArticleClient client, ArticleExtractor? extractor = null, CrawlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        fetcher = new ClientFetcher(client);
        this.extractor = extractor ?? ArticleExtractor.Default;
        this.options = (options ?? new CrawlOptions()).Validated();
    }

    /// <summary>
    /// The articles of the sites, and the failures of article pages that could not be fetched or read (a page that
    /// robots.txt disallows is never fetched, and not reported).
    /// </summary>
    /// <param name="sites">The sites' home pages (or any page of each: its links are followed, and its host's robots.txt read).</param>
    /// <param name="frontier">The frontier; a new <see cref="InMemoryCrawlFrontier"/> when <see langword="null"/>.</param>
    /// <param name="progress">Told as addresses are found and pages done; optional.</param>
    /// <param name="cancellationToken">Cancels the crawl.</param>
    public async IAsyncEnumerable<PipelineResult> CrawlAsync(IEnumerable<Uri> sites, ICrawlFrontier? frontier = null, IProgress<CrawlProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        frontier ??= new InMemoryCrawlFrontier();
        var counts = new Counts(progress);
        foreach (var site in sites)
        {
            await DiscoverAsync(ArticleUrl.Normalize(site), frontier, counts, cancellationToken).ConfigureAwait(false);
        }

        var pipeline = new NewsPipeline(extractor, client, options.Pipeline);
        await foreach (var result in pipeline.ExtractManyAsync(DrainAsync(frontier, cancellationToken), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (result.Failure?.FetchReason == FetchFailureReason.DisallowedByRobots)
            {
                continue;
            }

            if (result.Article is { } article && !await IsNewArticleAsync(result.Input, article, frontier, cancellationToken).ConfigureAwait(false))
            {
                counts.Fetched(article: false, failed: false);
                continue;
            }

            counts.Fetched(article: result.Succeeded, failed: !result.Succeeded);
            yield return result;
        }
    }

    /// <summary>Whether a fetched page is an article to output: not a listing or an empty page, not too old, not reached before through a redirect.</summary>
    private async Task<bool> IsNewArticleAsync(PageInput input, Article article, ICrawlFrontier frontier, CancellationToken cancellationToken)
    {
        if (article.IsEmpty || article.Diagnostics.Warnings.Contains(PageWarning.ListingPage) || article.Published < options.Since)
        {
            return false;
        }

        // A redirect to an address seen before: the page is (or will be) output under that address.
        return article.Url is not { } final || !ArticleUrl.IsWebAddress(final) || ArticleUrl.Normalize(final) == input.Url
            || await frontier.MarkSeenAsync(ArticleUrl.Normalize(final), cancellationToken).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<PageInput> DrainAsync(ICrawlFrontier frontier, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var taken = 0; options.MaxPages is not { } max || taken < max; taken++)
        {
            if (await frontier.TryTakeAsync(cancellationToken).ConfigureAwait(false) is not { } entry)
            {
                yield break;
            }

            yield return PageInput.ForUrl(entry.Url, entry.Published);
        }
    }

    private async Task DiscoverAsync(Uri site, ICrawlFrontier frontier, Counts counts, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(site, "/robots.txt");
        IReadOnlyList<Uri> sitemaps = [];
        if (await TryAsync(() => fetcher.FetchResourceAsync(robotsUrl, cancellationToken)) is { } robots)
        {
            sitemaps = Sitemaps.FromRobotsTxt(System.Text.Encoding.UTF8.GetString(robots.Content.Span), robotsUrl);
        }

        await ReadSitemapsAsync(site, sitemaps.Count > 0 ? sitemaps : [new Uri(site, "/sitemap.xml")], frontier, counts, cancellationToken).ConfigureAwait(false);

        if (await TryAsync(() => fetcher.FetchPageAsync(site, cancellationToken)) is not { } home)
        {
            return;
        }

        foreach (var feed in Feeds.Discover(home.Content, home.Url))
        {
            if (!SameSite(feed, site) || await TryAsync(() => fetcher.FetchResourceAsync(feed, cancellationToken)) is not { } body)
            {
                continue;
            }

            using var stream = new MemoryStream(body.Content.ToArray(), writable: false);
            var items = await TryAsync(() => Feeds.ReadAsync(stream, feed, cancellationToken)) ?? [];
            foreach (var item in items)
            {
                await ConsiderAsync(item.Link, FrontierSource.Feed, item.Published, item.Published, site, frontier, counts, cancellationToken).ConfigureAwait(false);
            }
        }

        if (options.FollowHomePageLinks)
        {
            foreach (var link in PageLinks.Of(home.Content, home.Url))
            {
                await ConsiderAsync(link, FrontierSource.Link, null, null, site, frontier, counts, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ReadSitemapsAsync(Uri site, IReadOnlyList<Uri> roots, ICrawlFrontier frontier, Counts counts, CancellationToken cancellationToken)
    {
        var waiting = new Queue<Uri>(roots);
        var read = new HashSet<string>(StringComparer.Ordinal);
        while (waiting.Count > 0 && read.Count < options.MaxSitemapsPerSite)
        {
            var sitemap = waiting.Dequeue();
            if (!read.Add(sitemap.AbsoluteUri) || await TryAsync(() => fetcher.FetchResourceAsync(sitemap, cancellationToken)) is not { } body)
            {
                continue;
            }

            try
            {
                await foreach (var entry in Sitemaps.ReadAsync(new MemoryStream(body.Content.ToArray(), writable: false), sitemap, cancellationToken).ConfigureAwait(false))
                {
                    if (entry.IsSitemap)
                    {
                        if (SameSite(entry.Location, site))
                        {
                            waiting.Enqueue(entry.Location);
                        }

                        continue;
                    }

                    // A page last modified before Since was published before it too.
                    await ConsiderAsync(entry.Location, FrontierSource.Sitemap, entry.Published, entry.Published ?? entry.LastModified, site, frontier, counts, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is XmlException or InvalidDataException)
            {
                // A broken sitemap ends with the entries read before the fault; the others are still read.
            }
        }
    }

    /// <summary>Queues an address found on the site when it has an article's shape and is not known to be older than Since.</summary>
    private async Task ConsiderAsync(Uri url, FrontierSource source, DateTimeOffset? published, DateTimeOffset? latest, Uri site, ICrawlFrontier frontier, Counts counts, CancellationToken cancellationToken)
    {
        if (!ArticleUrl.IsWebAddress(url) || latest < options.Since)
        {
            return;
        }

        var normalized = ArticleUrl.Normalize(url);
        if (SameSite(normalized, site) && ArticleUrl.LooksLikeArticle(normalized)
            && await frontier.TryAddAsync(new FrontierEntry(normalized, source, published), cancellationToken).ConfigureAwait(false))
        {
            counts.Discovered();
        }
    }

    /// <summary>The same site: the same host, with or without a leading <c>www.</c>.</summary>
    private static bool SameSite(Uri url, Uri site) =>
        string.Equals(WithoutWww(url.IdnHost), WithoutWww(site.IdnHost), StringComparison.OrdinalIgnoreCase);

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>The result, or <see langword="null"/> when the resource could not be fetched or read: discovery goes on with the other sources.</summary>
    private static async Task<T?> TryAsync<T>(Func<Task<T>> action)
        where T : class
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FetchException or XmlException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The counters behind <see cref="CrawlProgress"/>.</summary>
    private sealed class Counts(IProgress<CrawlProgress>? progress)
    {
        private CrawlProgress now;

        public void Discovered() => Report(now with { Discovered = now.Discovered + 1 });

        public void Fetched(bool article, bool failed) => Report(now with
        {
            Fetched = now.Fetched + 1,
            Articles = now.Articles + (article ? 1 : 0),
            NotArticles = now.NotArticles + (article || failed ? 0 : 1),
            Failed = now.Failed + (failed ? 1 : 0),
        });

        private void Report(CrawlProgress value)
        {
            now = value;
            progress?.Report(value);
        }
    }
}
