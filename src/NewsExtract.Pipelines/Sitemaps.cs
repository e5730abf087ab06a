using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;

namespace NewsExtract.Pipelines;

/// <summary>One entry of an XML sitemap: a page, or (in a sitemap index) another sitemap.</summary>
/// <param name="Location">The address the entry gives.</param>
/// <param name="IsSitemap">Whether the entry is a sitemap of a sitemap index rather than a page.</param>
/// <param name="LastModified">The entry's <c>lastmod</c>, if given and readable.</param>
/// <param name="Published">A news sitemap's <c>news:publication_date</c>, if given and readable.</param>
/// <param name="Title">A news sitemap's <c>news:title</c>, if given.</param>
public sealed record SitemapEntry(Uri Location, bool IsSitemap, DateTimeOffset? LastModified, DateTimeOffset? Published, string? Title);

/// <summary>
/// Reads XML sitemaps (the sitemaps.org protocol): page lists and sitemap indexes, gzip-compressed or not (told by
/// the content, not the name), Google News sitemaps with their publication dates and titles; and the <c>Sitemap:</c>
/// lines of robots.txt.
/// </summary>
public static class Sitemaps
{
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>
    /// The entries of a sitemap or sitemap index, streaming: one entry in memory at a time, whatever the sitemap's
    /// length. Entries without a readable absolute http(s) <c>loc</c> are passed over.
    /// </summary>
    /// <param name="stream">The sitemap's bytes, gzip-compressed or not; not closed.</param>
    /// <param name="baseUrl">The sitemap's own address, against which relative locations are read (they break the protocol, but occur); optional.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="XmlException">The sitemap is not well-formed XML (entries before the fault have been returned).</exception>
    /// <exception cref="InvalidDataException">The sitemap is gzip-compressed and the compressed data is corrupt.</exception>
    public static async IAsyncEnumerable<SitemapEntry> ReadAsync(Stream stream, Uri? baseUrl = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var content = await SourceStreams.OpenAsync(stream, cancellationToken).ConfigureAwait(false);
        using var reader = XmlReader.Create(content, Settings);
        var itemDepth = -1;
        var isSitemap = false;
        string? location = null, title = null;
        DateTimeOffset? lastModified = null, published = null;
        var advanced = false;
        while (advanced || await reader.ReadAsync().ConfigureAwait(false))
        {
            advanced = false;
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType == XmlNodeType.Element && itemDepth < 0 && reader.LocalName is "url" or "sitemap")
            {
                itemDepth = reader.Depth;
                isSitemap = reader.LocalName == "sitemap";
                location = title = null;
                lastModified = published = null;
                if (reader.IsEmptyElement)
                {
                    itemDepth = -1;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && itemDepth >= 0 && !reader.IsEmptyElement)
            {
                // loc and lastmod are the item's own children; an image's or video's loc sits deeper.
                var name = reader.LocalName;
                var direct = reader.Depth == itemDepth + 1;
                if ((direct && name is "loc" or "lastmod") || name is "publication_date" or "title")
                {
                    var value = (await reader.ReadElementContentAsStringAsync().ConfigureAwait(false)).Trim();
                    advanced = true;
                    switch (name)
                    {
                        case "loc":
                            location = value;
                            break;
                        case "lastmod":
                            lastModified = ParseDate(value);
                            break;
                        case "publication_date":
                            published = ParseDate(value);
                            break;
                        default:
                            title ??= value.Length > 0 ? value : null;
                            break;
                    }
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == itemDepth)
            {
                itemDepth = -1;
                if (location is not null && ResolveAddress(location, baseUrl) is { } address)
                {
                    yield return new SitemapEntry(address, isSitemap, lastModified, published, title);
                }
            }
        }
    }

    /// <summary>The sitemaps a robots.txt names in its <c>Sitemap:</c> lines (any user-agent group), in their order, each once.</summary>
    /// <param name="robotsTxt">The robots.txt's text.</param>
    /// <param name="robotsUrl">The robots.txt's own address, against which relative sitemap addresses are read.</param>
    public static IReadOnlyList<Uri> FromRobotsTxt(string robotsTxt, Uri robotsUrl)
    {
        ArgumentNullException.ThrowIfNull(robotsTxt);
        ArgumentNullException.ThrowIfNull(robotsUrl);
        var result = new List<Uri>();
        foreach (var rawLine in robotsTxt.AsSpan().EnumerateLines())
        {
            var line = rawLine;
            var comment = line.IndexOf('#');
            if (comment >= 0)
            {
                line = line[..comment];
            }

            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("sitemap", StringComparison.OrdinalIgnoreCase)
                && ResolveAddress(line[(colon + 1)..].Trim().ToString(), robotsUrl) is { } address && !result.Contains(address))
            {
                result.Add(address);
            }
        }

        return result;
    }

    internal static Uri? ResolveAddress(string value, Uri? baseUrl)
    {
        if (value.Length == 0)
        {
            return null;
        }

        // On Unix "/path" parses as an absolute file: address; only http(s) counts as absolute here.
        var resolved = Uri.TryCreate(value, UriKind.Absolute, out var absolute) && ArticleUrl.IsWebAddress(absolute) ? absolute
            : baseUrl is not null && Uri.TryCreate(baseUrl, value, out var relative) ? relative
            : null;
        return resolved is not null && ArticleUrl.IsWebAddress(resolved) ? resolved : null;
    }

    /// <summary>A W3C date-time (a date alone, or with a time and zone); a time without a zone is taken as UTC.</summary>
    internal static DateTimeOffset? ParseDate(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date) ? date : null;
}
