namespace NewsExtract.Orleans;

/// <summary>What a crawl task asks a worker to do with its address.</summary>
[GenerateSerializer]
public enum CrawlTaskKind
{
    /// <summary>A site's home page given as a seed: read its robots.txt for sitemaps, then queue them and the home page.</summary>
    Site,

    /// <summary>A sitemap or sitemap index: queue its child sitemaps and the article addresses it lists.</summary>
    Sitemap,

    /// <summary>A site's home page: queue the feeds it names and the article addresses it links to.</summary>
    HomePage,

    /// <summary>An RSS or Atom feed: queue the article addresses it lists.</summary>
    Feed,

    /// <summary>An article address: fetch, extract, test, index for near duplicates, write to the sink.</summary>
    Article,
}

/// <summary>One unit of a crawl's work, waiting in its host's queue or running on a worker.</summary>
/// <param name="CrawlId">The crawl it belongs to.</param>
/// <param name="Kind">What to do.</param>
/// <param name="Url">The address, normalised.</param>
/// <param name="Site">The site's home page: discovered addresses must be on its host.</param>
/// <param name="Published">When a sitemap or feed says the article was published, if it says.</param>
/// <param name="Attempts">How many times a worker was lost while running it (its silo stopped, a grain it called was unreachable).</param>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.CrawlTask")]
public sealed record CrawlTask(
    [property: Id(0)] string CrawlId,
    [property: Id(1)] CrawlTaskKind Kind,
    [property: Id(2)] string Url,
    [property: Id(3)] string Site,
    [property: Id(4)] DateTimeOffset? Published = null,
    [property: Id(5)] int Attempts = 0)
{
    /// <summary>The key of the task in the seen-address set: an article's address itself, other kinds' prefixed by their kind, so that a home page fetched for its links does not hide the same address as an article.</summary>
    public string SeenKey => Kind == CrawlTaskKind.Article ? Url : $"{Kind}:{Url}";

    /// <summary>The host whose grain queues and paces this task, in lower case.</summary>
    public string Host => new Uri(Url).IdnHost.ToLowerInvariant();
}

/// <summary>How a task ended, as the host grain counts it.</summary>
[GenerateSerializer]
public enum CrawlTaskOutcome
{
    /// <summary>A discovery task (site, sitemap, home page, feed) ran; what it found is queued.</summary>
    Discovered,

    /// <summary>An article was extracted and written to the sink.</summary>
    Article,

    /// <summary>The page was fetched but is not an article to output (a listing or empty page, older than Since, reached before through a redirect).</summary>
    NotArticle,

    /// <summary>The page or resource could not be fetched or read (a failed article is written to the sink as a failure).</summary>
    Failed,

    /// <summary>robots.txt disallows the address: never fetched.</summary>
    Disallowed,
}

/// <summary>A crawl's counts, for one host or all together.</summary>
/// <param name="Pending">Tasks queued or running.</param>
/// <param name="Done">Tasks finished, whatever their outcome.</param>
/// <param name="Articles">Articles written to the sink.</param>
/// <param name="NotArticles">Pages fetched and passed over.</param>
/// <param name="Failed">Tasks that failed (article pages among them are written as failures).</param>
/// <param name="Retried">Tasks run again because the worker running them was lost.</param>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.CrawlCounts")]
public readonly record struct CrawlCounts(
    [property: Id(0)] int Pending,
    [property: Id(1)] int Done,
    [property: Id(2)] int Articles,
    [property: Id(3)] int NotArticles,
    [property: Id(4)] int Failed,
    [property: Id(5)] int Retried)
{
    /// <summary>Both counts added up.</summary>
    public static CrawlCounts operator +(CrawlCounts a, CrawlCounts b) => new(
        a.Pending + b.Pending, a.Done + b.Done, a.Articles + b.Articles, a.NotArticles + b.NotArticles, a.Failed + b.Failed, a.Retried + b.Retried);

    /// <summary>The counts after a task ended with <paramref name="outcome"/>.</summary>
    public CrawlCounts After(CrawlTaskOutcome outcome) => this with
    {
        Pending = Pending - 1,
        Done = Done + 1,
        Articles = Articles + (outcome == CrawlTaskOutcome.Article ? 1 : 0),
        NotArticles = NotArticles + (outcome == CrawlTaskOutcome.NotArticle ? 1 : 0),
        Failed = Failed + (outcome == CrawlTaskOutcome.Failed ? 1 : 0),
    };
}

/// <summary>Where a crawl stands.</summary>
/// <param name="Started">Whether its seeds are queued.</param>
/// <param name="Counts">All hosts' counts together.</param>
/// <param name="Hosts">How many hosts have had work.</param>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.CrawlStatus")]
public sealed record CrawlStatus([property: Id(0)] bool Started, [property: Id(1)] CrawlCounts Counts, [property: Id(2)] int Hosts)
{
    /// <summary>Whether the crawl has ended: started, and nothing queued or running on any host.</summary>
    public bool Finished => Started && Counts.Pending == 0;
}
