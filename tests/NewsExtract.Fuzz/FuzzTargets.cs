using System.Collections.Frozen;
using System.Text;
using NewsExtract.Fetching;

namespace NewsExtract.Fuzz;

/// <summary>
/// What each fuzz target feeds its input to. A target fails (an exception escapes, which afl-fuzz records as a crash)
/// on anything but a returned result or an exception the code under test documents.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>Small bounds, so that inputs of a few kilobytes reach the code that enforces them.</summary>
    private static readonly ArticleExtractor Bounded = new(ExtractionOptions.Default with { MaxInputChars = 64 * 1024, MaxBlocks = 200 });

    public static FrozenDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["html"] = Html,
        ["text"] = Text,
        ["robots"] = Robots,
    }.ToFrozenDictionary();

    private static void Html(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        _ = Bounded.ExtractAsync(stream).GetAwaiter().GetResult();
    }

    private static void Text(byte[] input) => _ = Bounded.ExtractFromText(Encoding.UTF8.GetString(input));

    private static void Robots(byte[] input)
    {
        var robots = RobotsTxt.Parse(Encoding.UTF8.GetString(input), "newsextract");
        foreach (var path in (ReadOnlySpan<string>)["/", "/news/2024/article.html", "/search?q=a*b$", "/%7Euser/"])
        {
            _ = robots.IsAllowed(new Uri("https://example.org" + path));
        }
    }
}
