using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsExtract.Tests.Fetching;

namespace NewsExtract.Tests.Pipelines;

/// <summary>
/// A small news site served on loopback: a home page linking sections, articles (some with tracking parameters, one
/// on a private path, one on another site), tag and author pages; two sections; an RSS and an Atom feed; robots.txt
/// with Disallow, Crawl-delay and Sitemap; a sitemap index with a gzipped sitemap and a Google News sitemap; and a
/// listing page that has an article's address. Every request is stamped with the test clock's time.
/// </summary>
internal sealed class LoopbackNewsSite : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Path, DateTimeOffset At)> requests = new();

    private LoopbackNewsSite(LoopbackServer server, TimeProvider clock)
    {
        Server = server;
        Clock = clock;
    }

    public LoopbackServer Server { get; }

    public TimeProvider Clock { get; }

    /// <summary>The paths of the site's articles: every one is to be found, each once.</summary>
    public static IReadOnlyList<string> ArticlePaths { get; } =
    [
        "/2024/05/17/council-approves-flood-barrier",
        "/2024/05/16/ferry-returns-after-storm-repairs",
        "/politics/mayor-opens-new-harbour-library-wing",
        "/business/2024/05/15/fish-market-prices-fall-again",
        "/2024/05/14/school-roof-repair-finished-early",
        "/world/20240513/bridge-inspection-report",
        "/2024/05/12/river-festival-draws-record-crowds",
    ];

    /// <summary>A page with an article's address that lists articles: fetched, never output.</summary>
    public const string ListingWithArticleShape = "/2024/05/11/all-the-stories-of-the-week";

    /// <summary>An article that robots.txt disallows: never fetched.</summary>
    public const string PrivatePath = "/private/2024/05/10/internal-memo-on-ferry-budget";

    public const double CrawlDelaySeconds = 2;

    private double crawlDelay = CrawlDelaySeconds;

    public IReadOnlyList<(string Path, DateTimeOffset At)> Requests => [.. requests];

    public static async Task<LoopbackNewsSite> StartAsync(TimeProvider clock, IPAddress? address = null, string? otherSite = null, double crawlDelay = CrawlDelaySeconds)
    {
        var server = await LoopbackServer.StartAsync(address);
        var site = new LoopbackNewsSite(server, clock) { crawlDelay = crawlDelay };
        site.MapAll(otherSite);
        return site;
    }

    public Uri Url(string path) => Server.Url(path);

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    public static string ArticleHtml(string path, string title, string published, int seed)
    {
        var random = new Random(seed);
        string[] words = ["council", "harbour", "ferry", "budget", "river", "bridge", "mayor", "storm", "market", "school", "library", "festival", "engineers", "residents", "plan", "week"];
        var paragraphs = Enumerable.Range(0, 6).Select(_ => char.ToUpperInvariant('t') + "he " + string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)])) + ".");
        return $"""
            <!DOCTYPE html>
            <html><head><title>{title} | The Loopback Herald</title>
            <meta property="article:published_time" content="{published}">
            <link rel="canonical" href="{path}">
            </head><body>
            <nav><a href="/">Home</a> <a href="/politics/">Politics</a> <a href="/business/">Business</a></nav>
            <article><h1>{title}</h1>
            {string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))}
            </article>
            <footer>Copyright The Loopback Herald</footer>
            </body></html>
            """;
    }

    private void Map(string path, RequestDelegate handler) => Server.Map(path, context =>
    {
        requests.Enqueue((path, Clock.GetUtcNow()));
        return handler(context);
    });

    private void MapAll(string? otherSite)
    {
        var titles = ArticlePaths.Select((p, i) => $"Story number {i + 1} of the week").ToArray();
        var dates = ArticlePaths.Select((_, i) => new DateTimeOffset(2024, 5, 17 - i, 8, 0, 0, TimeSpan.Zero)).ToArray();
        for (var i = 0; i < ArticlePaths.Count; i++)
        {
            Map(ArticlePaths[i], Respond.Html(ArticleHtml(ArticlePaths[i], titles[i], dates[i].ToString("O"), i)));
        }

        Map(PrivatePath, Respond.Html(ArticleHtml(PrivatePath, "Internal memo", "2024-05-10T08:00:00Z", 99)));
        // Three links to each story, as a week's round-up has them (headline, picture, "more"): a listing page.
        Map(ListingWithArticleShape, Respond.Html(Listing("All the stories of the week", ArticlePaths.Concat(ArticlePaths).Concat(ArticlePaths))));
        Map("/robots.txt", Respond.Text($"User-agent: *\nDisallow: /private/\nCrawl-delay: {crawlDelay.ToString(System.Globalization.CultureInfo.InvariantCulture)}\nSitemap: {Url("/sitemap-index.xml")}\n"));

        // The home page: sections, tag and author pages, articles with tracking parameters and fragments, the private
        // article, the listing page, an article on another site, and the feeds in its head.
        var links = new List<string> { "/politics/", "/business/", "/tag/harbour-and-river-news-today", "/author/jane-doe-city-reporter", ListingWithArticleShape, PrivatePath };
        links.AddRange(ArticlePaths.Take(4).Select((p, i) => i % 2 == 0 ? p + "?utm_source=home&utm_medium=web" : p + "#comments"));
        if (otherSite is not null)
        {
            links.Add(otherSite);
        }

        Map("/", Respond.Html(Listing("The Loopback Herald", links, """
            <link rel="alternate" type="application/rss+xml" href="/feed.xml">
            <link rel="alternate" type="application/atom+xml" href="/atom.xml">
            """)));
        Map("/politics/", Respond.Html(Listing("Politics", [ArticlePaths[2]])));
        Map("/business/", Respond.Html(Listing("Business", [ArticlePaths[3]])));

        Map("/feed.xml", Respond.Html(Rss(ArticlePaths.Take(3).Select((p, i) => (p + "?utm_campaign=rss", titles[i], dates[i]))), "application/rss+xml"));
        Map("/atom.xml", Respond.Html(Atom(ArticlePaths.Skip(2).Take(3).Select((p, i) => (p, titles[i + 2], dates[i + 2]))), "application/atom+xml"));

        Map("/sitemap-index.xml", Respond.Html($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>{Url("/sitemap-articles.xml.gz")}</loc></sitemap>
              <sitemap><loc>{Url("/sitemap-news.xml")}</loc></sitemap>
            </sitemapindex>
            """, "application/xml"));
        Map("/sitemap-articles.xml.gz", Respond.Bytes(Gzip(UrlSet(ArticlePaths.Skip(4).Append(PrivatePath).Select(p => $"<url><loc>{Url(p)}</loc><lastmod>2024-05-17</lastmod></url>"))), "application/gzip"));
        Map("/sitemap-news.xml", Respond.Html(UrlSet(ArticlePaths.Take(2).Select((p, i) => $"""
            <url><loc>{Url(p)}?utm_source=news</loc><news:news><news:publication><news:name>The Loopback Herald</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>{dates[i]:O}</news:publication_date><news:title>{titles[i]}</news:title></news:news></url>
            """)), "application/xml"));
    }

    private string Listing(string title, IEnumerable<string> links, string head = "") => $"""
        <!DOCTYPE html>
        <html><head><title>{title}</title>{head}</head><body><h1>{title}</h1>
        <ul>{string.Concat(links.Select(l => $"<li><a href=\"{l}\">Read: {WebUtility.HtmlEncode(l)}</a></li>"))}</ul>
        </body></html>
        """;

    private string Rss(IEnumerable<(string Path, string Title, DateTimeOffset Date)> items) => $"""
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>The Loopback Herald</title><link>{Url("/")}</link><description>News</description>
        {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{Url(i.Path)}</link><pubDate>{i.Date:R}</pubDate></item>"))}
        </channel></rss>
        """;

    private string Atom(IEnumerable<(string Path, string Title, DateTimeOffset Date)> items) => $"""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>The Loopback Herald</title><id>{Url("/")}</id><updated>2024-05-17T08:00:00Z</updated>
        {string.Concat(items.Select(i => $"<entry><title>{i.Title}</title><id>{Url(i.Path)}</id><updated>{i.Date:O}</updated><link rel=\"alternate\" href=\"{Url(i.Path)}\"/></entry>"))}
        </feed>
        """;

    private static string UrlSet(IEnumerable<string> urls) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        {string.Concat(urls)}
        </urlset>
        """;

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
