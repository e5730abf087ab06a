using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsExtract.Orleans.Tests;

/// <summary>
/// Fifty news sites served on loopback by one Kestrel server, each on its own address (127.0.0.10 to 127.0.0.59, a
/// host of its own) with twenty articles: robots.txt (a Disallow, a Sitemap line, a Crawl-delay on every fifth host),
/// a sitemap index with a gzipped sitemap and a news sitemap, an RSS feed, a home page linking the rest (with tracking
/// parameters, a tag page, a section page and a disallowed article). Some articles are syndicated copies of another
/// host's (a new headline, words edited, the end cut). Every request is time-stamped at the server.
/// </summary>
internal sealed class NewsNetwork : IAsyncDisposable
{
    public const int Hosts = 50;
    public const int ArticlesPerHost = 20;
    public const double SlowCrawlDelay = 0.35;

    private static readonly string[] Vocabulary = BuildVocabulary();

    private readonly WebApplication app;
    private readonly Dictionary<string, Site> sites = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Request> requests = new();

    private NewsNetwork(WebApplication app) => this.app = app;

    public IReadOnlyList<Uri> HomePages => [.. sites.Values.Select(s => s.Home)];

    /// <summary>Every article address, normalised as a crawl writes it.</summary>
    public IReadOnlyList<string> Articles => [.. sites.Values.SelectMany(s => s.ArticlePaths.Select(p => new Uri(s.Home, p).AbsoluteUri))];

    /// <summary>The groups of syndicated copies, each as its members' addresses.</summary>
    public IReadOnlyList<IReadOnlySet<string>> SyndicatedGroups { get; private set; } = [];

    public IReadOnlyList<Request> Requests => [.. requests];

    /// <summary>The least time between two requests to a host, robots.txt aside.</summary>
    public static TimeSpan IntervalOf(string host, TimeSpan minimum) =>
        Index(host) % 5 == 0 && TimeSpan.FromSeconds(SlowCrawlDelay) > minimum ? TimeSpan.FromSeconds(SlowCrawlDelay) : minimum;

    public static async Task<NewsNetwork> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            for (var i = 0; i < Hosts; i++)
            {
                kestrel.Listen(Address(i), 0);
            }
        });
        var app = builder.Build();
        var network = new NewsNetwork(app);
        app.Run(network.ServeAsync);
        await app.StartAsync();
        foreach (var url in app.Urls.Select(u => new Uri(u)))
        {
            network.sites[url.Host] = new Site(new Uri($"http://{url.Host}:{url.Port}/"), Index(url.Host));
        }

        network.Build();
        return network;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static IPAddress Address(int index) => IPAddress.Parse($"127.0.0.{10 + index}");

    private static int Index(string host) => int.Parse(host.Split('.')[3], CultureInfo.InvariantCulture) - 10;

    private void Build()
    {
        var ordered = sites.Values.OrderBy(s => s.Index).ToArray();
        var groups = new List<IReadOnlySet<string>>();
        foreach (var site in ordered)
        {
            for (var i = 0; i < ArticlesPerHost; i++)
            {
                site.Bodies.Add(Paragraphs(new Random((site.Index * 1000) + i)));
            }
        }

        // Syndication: the last article of every fifth host copies the first of the next host; articles 18 of hosts 1
        // and 2 both copy the first of host 3 (a group of three).
        void Copy(Site copy, int slot, Site original)
        {
            copy.Bodies[slot] = Edited(original.Bodies[0], new Random((copy.Index * 7919) + slot));
            copy.CopyOf[slot] = original;
        }

        for (var k = 0; k < Hosts; k += 5)
        {
            Copy(ordered[k], ArticlesPerHost - 1, ordered[(k + 1) % Hosts]);
        }

        Copy(ordered[1], ArticlesPerHost - 2, ordered[3]);
        Copy(ordered[2], ArticlesPerHost - 2, ordered[3]);
        foreach (var original in ordered)
        {
            var members = ordered.SelectMany(s => s.CopyOf.Where(c => c.Value == original).Select(c => new Uri(s.Home, s.ArticlePaths[c.Key]).AbsoluteUri)).ToList();
            if (members.Count > 0)
            {
                groups.Add(members.Append(new Uri(original.Home, original.ArticlePaths[0]).AbsoluteUri).ToHashSet());
            }
        }

        SyndicatedGroups = groups;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var site = sites[context.Connection.LocalIpAddress!.ToString()];
        var path = context.Request.Path.Value ?? "/";
        requests.Enqueue(new Request(site.Home.Host, path, Stopwatch.GetTimestamp()));
        var (body, type) = site.Serve(path);
        if (body is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = type;
        await context.Response.Body.WriteAsync(body);
    }

    private static string[] BuildVocabulary()
    {
        string[] stems = ["harbour", "council", "ferry", "budget", "river", "bridge", "mayor", "storm", "market", "school", "library", "festival", "engineer", "resident", "plan", "week", "report", "museum", "station", "railway", "farmer", "harvest", "court", "judge", "hospital", "nurse", "teacher", "student", "factory", "worker", "union", "strike", "election", "voter", "minister", "policy", "tax", "road", "tunnel", "airport", "pilot", "weather", "flood", "drought", "energy", "turbine", "solar", "price", "shop", "bakery"];
        string[] endings = ["", "s", "ed", "ing", "ly", "er"];
        return [.. stems.SelectMany(s => endings.Select(e => s + e))];
    }

    private static List<string> Paragraphs(Random random) =>
        [.. Enumerable.Range(0, 6).Select(_ => "The " + string.Join(' ', Enumerable.Range(0, 45).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])) + ".")];

    /// <summary>A syndicated copy: a tenth of the words changed at most, cut to about 85% of the length.</summary>
    private static List<string> Edited(List<string> original, Random random)
    {
        var words = string.Join(" \n ", original).Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] != "\n" && random.NextDouble() < 0.05)
            {
                words[i] = Vocabulary[random.Next(Vocabulary.Length)];
            }
        }

        var kept = words.Take(words.Length * 85 / 100);
        return [.. string.Join(' ', kept).Split(" \n ", StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>A request as the server saw it: the host, the path, when (a <see cref="Stopwatch"/> timestamp).</summary>
    public sealed record Request(string Host, string Path, long At);

    private sealed class Site(Uri home, int index)
    {
        public Uri Home { get; } = home;

        public int Index { get; } = index;

        public List<List<string>> Bodies { get; } = [];

        public Dictionary<int, Site> CopyOf { get; } = [];

        public IReadOnlyList<string> ArticlePaths { get; } =
            [.. Enumerable.Range(0, ArticlesPerHost).Select(i => $"/2024/05/{(i % 28) + 1:00}/story-{index}-{i}-from-the-harbour-desk")];

        private string Url(string path) => new Uri(Home, path).AbsoluteUri;

        public (byte[]? Body, string Type) Serve(string path)
        {
            var article = ArticlePaths.ToList().IndexOf(path);
            if (article >= 0)
            {
                return (Utf8(ArticleHtml(article)), "text/html; charset=utf-8");
            }

            return path switch
            {
                "/robots.txt" => (Utf8($"User-agent: *\nDisallow: /private/\n{(Index % 5 == 0 ? $"Crawl-delay: {SlowCrawlDelay.ToString(CultureInfo.InvariantCulture)}\n" : string.Empty)}Sitemap: {Url("/sitemap-index.xml")}\n"), "text/plain"),
                "/sitemap-index.xml" => (Utf8($"""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <sitemap><loc>{Url("/sitemap-articles.xml.gz")}</loc></sitemap>
                      <sitemap><loc>{Url("/sitemap-news.xml")}</loc></sitemap>
                    </sitemapindex>
                    """), "application/xml"),
                "/sitemap-articles.xml.gz" => (Gzip(UrlSet(ArticlePaths.Take(10).Append("/private/2024/05/01/internal-memo-on-the-budget").Select(p => $"<url><loc>{Url(p)}</loc><lastmod>2024-05-17</lastmod></url>"))), "application/gzip"),
                "/sitemap-news.xml" => (Utf8(UrlSet(Enumerable.Range(10, 3).Select(i => $"<url><loc>{Url(ArticlePaths[i])}?utm_source=news</loc><news:news><news:publication><news:name>Site {Index}</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-05-{(i % 28) + 1:00}T08:00:00Z</news:publication_date><news:title>{Title(i)}</news:title></news:news></url>"))), "application/xml"),
                "/feed.xml" => (Utf8($"""
                    <?xml version="1.0"?>
                    <rss version="2.0"><channel><title>Site {Index}</title><link>{Url("/")}</link><description>News</description>
                    {string.Concat(Enumerable.Range(12, 4).Select(i => $"<item><title>{Title(i)}</title><link>{Url(ArticlePaths[i])}?utm_campaign=rss</link></item>"))}
                    </channel></rss>
                    """), "application/rss+xml"),
                "/" => (Utf8(Listing($"Site {Index}", ArticlePaths.Skip(15).Concat(["/tag/harbour-news", "/politics/", "/private/2024/05/01/internal-memo-on-the-budget", ArticlePaths[0] + "?utm_source=home", ArticlePaths[1] + "#comments"]), """<link rel="alternate" type="application/rss+xml" href="/feed.xml">""")), "text/html; charset=utf-8"),
                "/politics/" => (Utf8(Listing("Politics", ArticlePaths.Take(3))), "text/html; charset=utf-8"),
                _ => (null, string.Empty),
            };
        }

        private string Title(int article) => CopyOf.ContainsKey(article) ? $"Wire: harbour story {Index}-{article}" : $"Story {article} of site {Index}";

        private string ArticleHtml(int article) => $"""
            <!DOCTYPE html>
            <html lang="en"><head><title>{Title(article)} | Site {Index}</title>
            <meta property="article:published_time" content="2024-05-{(article % 28) + 1:00}T08:00:00Z">
            </head><body>
            <nav><a href="/">Home</a> <a href="/politics/">Politics</a></nav>
            <article><h1>{Title(article)}</h1>
            {string.Concat(Bodies[article].Select(p => $"<p>{p}</p>\n"))}
            </article>
            <footer>Copyright Site {Index}. Share this story.</footer>
            </body></html>
            """;

        private static string Listing(string title, IEnumerable<string> links, string head = "") =>
            $"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><h1>{title}</h1><ul>{string.Concat(links.Select(l => $"<li><a href=\"{l}\">Read: {WebUtility.HtmlEncode(l)}</a></li>"))}</ul></body></html>";

        private static string UrlSet(IEnumerable<string> urls) => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            {string.Concat(urls)}
            </urlset>
            """;

        private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

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
}
