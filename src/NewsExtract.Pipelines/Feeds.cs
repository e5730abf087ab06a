using System.Globalization;
using System.Text.RegularExpressions;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;

namespace NewsExtract.Pipelines;

/// <summary>One item of an RSS or Atom feed.</summary>
/// <param name="Link">The address of the item's page.</param>
/// <param name="Published">When the item was published (or, failing that, last updated), if the feed says.</param>
/// <param name="Title">The item's title, if any.</param>
public sealed record FeedItem(Uri Link, DateTimeOffset? Published, string? Title);

/// <summary>Reads RSS 2.0 and Atom 1.0 feeds (System.ServiceModel.Syndication), and finds a page's feeds from its <c>&lt;link rel="alternate"&gt;</c> elements.</summary>
public static partial class Feeds
{
    /// <summary>Feeds longer than this are refused: a feed lists recent items, not an archive.</summary>
    public const int MaxCharacters = 32 * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        CloseInput = false,
    };

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>
    /// The items of an RSS 2.0 or Atom 1.0 feed, gzip-compressed or not, in the feed's order, each with its page's
    /// address (an item without a readable http(s) link is passed over). Dates a feed writes in a form RFC 822 does
    /// not allow are read leniently, or left out.
    /// </summary>
    /// <param name="stream">The feed's bytes; not closed.</param>
    /// <param name="feedUrl">The feed's own address, against which relative links are read; optional.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="XmlException">The feed is not well-formed XML, or is neither RSS 2.0 nor Atom 1.0.</exception>
    /// <exception cref="InvalidDataException">The feed is gzip-compressed and the compressed data is corrupt.</exception>
    public static async Task<IReadOnlyList<FeedItem>> ReadAsync(Stream stream, Uri? feedUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var content = await SourceStreams.OpenAsync(stream, cancellationToken).ConfigureAwait(false);

        // A feed is small: read it into memory, then parse it without blocking on the network.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        using var reader = XmlReader.Create(buffer, Settings);
        reader.MoveToContent();
        SyndicationFeedFormatter formatter = reader.LocalName == "feed"
            ? new Atom10FeedFormatter { DateTimeParser = ParseDate }
            : new Rss20FeedFormatter { DateTimeParser = ParseDate, PreserveElementExtensions = false };
        if (!formatter.CanRead(reader))
        {
            throw new XmlException($"Neither an RSS 2.0 nor an Atom 1.0 feed: its root is <{reader.LocalName}>.");
        }

        try
        {
            formatter.ReadFrom(reader);
        }
        catch (NotSupportedException unsupported)
        {
            // The formatter's word for an <rss> whose version it does not know (or that has none): not a feed it reads.
            throw new XmlException($"Not an RSS 2.0 feed: {unsupported.Message}", unsupported);
        }

        var items = new List<FeedItem>();
        foreach (var item in formatter.Feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The link as written, resolved here: the formatter's own resolution reads "/path" as a file on Unix.
            var link = item.Links.FirstOrDefault(l => string.IsNullOrEmpty(l.RelationshipType) || l.RelationshipType == "alternate");
            var address = (link?.Uri is { } written ? Sitemaps.ResolveAddress(written.OriginalString, feedUrl) : null)
                ?? (item.Id is { } id ? Sitemaps.ResolveAddress(id, null) : null);
            if (address is null)
            {
                continue;
            }

            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
            items.Add(new FeedItem(address, published, item.Title?.Text?.Trim() is { Length: > 0 } title ? title : null));
        }

        return items;
    }

    /// <summary>The feeds a page names in <c>&lt;link rel="alternate" type="application/rss+xml"&gt;</c> (or Atom) elements, absolute, in the page's order, each once.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="pageUrl">The page's address, against which relative feed addresses are read.</param>
    public static IReadOnlyList<Uri> Discover(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        using var document = Parser.ParseDocument(html);
        var result = new List<Uri>();
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel") ?? string.Empty;
            var type = link.GetAttribute("type") ?? string.Empty;
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase)
                && (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase))
                && Sitemaps.ResolveAddress(link.GetAttribute("href")!.Trim(), pageUrl) is { } address && !result.Contains(address))
            {
                result.Add(address);
            }
        }

        return result;
    }

    /// <summary>
    /// RFC 822 dates as feeds write them (numeric or named zones), and the ISO 8601 dates some write instead. A date
    /// that cannot be read is left out (the default value), rather than failing the whole feed.
    /// </summary>
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset date)
    {
        var text = data.DateTimeString.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            return true;
        }

        // "+0100" rather than "+01:00"; or a zone name such as "EST" that is not read: the date without it, as UTC.
        var zone = NumericZone().Match(text);
        var withoutZone = zone.Success ? text[..zone.Index] + " " + zone.Groups[1].Value + ":" + zone.Groups[2].Value
            : text.LastIndexOf(' ') is > 0 and var lastSpace ? text[..lastSpace] : text;
        if (!DateTimeOffset.TryParse(withoutZone, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            date = default;
        }

        return true;
    }

    [GeneratedRegex(@"\s([+-]\d{2})(\d{2})$")]
    private static partial Regex NumericZone();
}
