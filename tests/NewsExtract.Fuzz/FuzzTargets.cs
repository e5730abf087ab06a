using System.Collections.Frozen;
using System.Text;
using System.Xml;
using AngleSharp.Dom;
using NewsExtract.Fetching;
using NewsExtract.Metadata;
using NewsExtract.Parsing;
using NewsExtract.Pipelines;
using NewsExtract.Pipelines.Warc;

namespace NewsExtract.Fuzz;

/// <summary>
/// The fuzz targets: what each feeds its input to. A target fails (an exception escapes, which afl-fuzz records as a crash)
/// on anything but a returned result or an exception the code under test documents.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The targets' names, known without touching instrumented code.</summary>
    public static IReadOnlyList<string> Names { get; } = ["html", "text", "jsonld", "robots", "feed", "sitemap", "warc"];

    /// <summary>Runs the named target on one input.</summary>
    public static void Run(string name, byte[] input) => Targets.All[name](input);
}

/// <summary>The targets themselves: their statics reach instrumented code.</summary>
internal static class Targets
{
    /// <summary>Small bounds, so that inputs of a few kilobytes reach the code that enforces them.</summary>
    private static readonly ArticleExtractor Bounded = new(ExtractionOptions.Default with { MaxInputChars = 64 * 1024, MaxBlocks = 200 });

    /// <summary>One script element, its text replaced by each input (AngleSharp parses the page once).</summary>
    private static readonly IElement JsonLdScript = HtmlFrontEnd.CreateParser()
        .ParseDocument("<script type='application/ld+json'></script>").QuerySelector("script")!;

    public static FrozenDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["html"] = Html,
        ["text"] = Text,
        ["jsonld"] = JsonLd,
        ["robots"] = Robots,
        ["feed"] = Feed,
        ["sitemap"] = Sitemap,
        ["warc"] = Warc,
    }.ToFrozenDictionary();

    private static void Html(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        _ = Bounded.ExtractAsync(stream).GetAwaiter().GetResult();
    }

    private static void Text(byte[] input) => _ = Bounded.ExtractFromText(Encoding.UTF8.GetString(input));

    private static void JsonLd(byte[] input)
    {
        JsonLdScript.TextContent = Encoding.UTF8.GetString(input);
        _ = JsonLdReader.Read([JsonLdScript], new MetadataBuilder(), new Uri("https://example.org/news/"), []);
    }

    private static void Robots(byte[] input)
    {
        var robots = RobotsTxt.Parse(Encoding.UTF8.GetString(input), "newsextract");
        foreach (var path in (ReadOnlySpan<string>)["/", "/news/2024/article.html", "/search?q=a*b$", "/%7Euser/"])
        {
            _ = robots.IsAllowed(new Uri("https://example.org" + path));
        }
    }

    private static void Feed(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        try
        {
            _ = Feeds.ReadAsync(stream, new Uri("https://example.org/feed")).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            // Documented: not well-formed, neither RSS nor Atom, or corrupt gzip.
        }
    }

    private static void Sitemap(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        try
        {
            Drain(Sitemaps.ReadAsync(stream, new Uri("https://example.org/sitemap.xml")));
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            // Documented: not well-formed XML, or corrupt gzip.
        }
    }

    private static void Warc(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        try
        {
            Drain(WarcReader.ReadAsync(stream));
        }
        catch (InvalidDataException)
        {
            // Documented: a malformed archive.
        }
    }

    private static void Drain<T>(IAsyncEnumerable<T> items)
    {
        var enumerator = items.GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
