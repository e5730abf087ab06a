using System.Net;
using System.Text;

namespace NewsExtract.Fetching;

/// <summary>A page fetched by <see cref="ArticleClient.FetchAsync"/>: its decoded text, where it was finally found, and how the server answered.</summary>
public sealed record FetchedPage
{
    /// <summary>The address asked for.</summary>
    public required Uri RequestedUrl { get; init; }

    /// <summary>The address the page was found at, after redirects.</summary>
    public required Uri Url { get; init; }

    /// <summary>The final response's status (a 2xx).</summary>
    public required HttpStatusCode StatusCode { get; init; }

    /// <summary>The page decompressed and decoded to text, without a byte-order mark.</summary>
    public required string Content { get; init; }

    /// <summary>The media type, lower case, such as <c>text/html</c>; <c>text/html</c> when the server sent none.</summary>
    public required string MediaType { get; init; }

    /// <summary>The encoding the text was decoded with: the HTTP charset, a byte-order mark, a <c>&lt;meta charset&gt;</c>, detection, or UTF-8, in that order.</summary>
    public required Encoding Encoding { get; init; }

    /// <summary>The final response's headers as the server sent them (content headers included), by case-insensitive name.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; }

    /// <summary>How many redirects were followed.</summary>
    public int RedirectCount { get; init; }

    /// <summary>The body's size in bytes, decompressed, as counted by the client's metrics.</summary>
    internal long ByteCount { get; init; }

    /// <summary>How the extractor reads the page: <see cref="PageFormat.PlainText"/> for <c>text/plain</c>, else <see cref="PageFormat.Html"/>.</summary>
    public PageFormat Format => MediaType == "text/plain" ? PageFormat.PlainText : PageFormat.Html;

    /// <summary>Whether the page is plain text (<c>text/plain</c>) rather than HTML.</summary>
    public bool IsPlainText => Format == PageFormat.PlainText;
}
