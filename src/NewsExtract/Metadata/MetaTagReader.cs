using AngleSharp.Dom;

namespace NewsExtract.Metadata;

/// <summary>Reads OpenGraph, Twitter card, Dublin Core and plain <c>&lt;meta&gt;</c> tags, after JSON-LD has had its say.</summary>
internal static class MetaTagReader
{
    private static readonly string[] TitleKeys = ["dc.title", "dcterm.title", "dcterms.title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title"];
    private static readonly string[] AuthorKeys = ["dc.creator", "dcterm.creator", "dcterms.creator", "author", "parsely-author", "article:author", "og:article:author", "sailthru.author", "byl", "byline"];
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "published_time", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
        "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date", "og:published_time",
        "article_date_original", "cxenseparse:recs:publishtime", "displaydate", "date_published",
    ];

    private static readonly string[] ModifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod"];
    private static readonly string[] DescriptionKeys = ["og:description", "twitter:description", "description", "dc.description"];
    private static readonly string[] ImageKeys = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"];
    private static readonly string[] SiteKeys = ["og:site_name", "application-name", "twitter:site", "publisher"];

    /// <param name="metas">The page's <c>meta</c> elements, in document order.</param>
    /// <param name="metadata">Where the values found go.</param>
    /// <param name="baseUrl">Resolves relative image addresses.</param>
    /// <param name="titles">Receives the titles the tags give, most trusted first.</param>
    /// <param name="authors">Receives the authors the tags name.</param>
    public static void Read(IReadOnlyList<IElement> metas, MetadataBuilder metadata, Uri? baseUrl, List<string> titles, List<string> authors)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var fromProperty = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in metas)
        {
            var property = meta.GetAttribute("property");
            var key = property ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            // Some pages write several properties in one attribute: property="og:title twitter:title".
            foreach (var part in key.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Dublin Core is written both "DC.title" and "dc:title".
                var name = part.StartsWith("dc", StringComparison.OrdinalIgnoreCase) ? part.Replace(':', '.') : part;

                // The first value of a key wins, except that RDFa's property attribute, the standard's own, overrides a name attribute.
                if (values.TryAdd(name, content.Trim()))
                {
                    if (property is not null)
                    {
                        fromProperty.Add(name);
                    }
                }
                else if (property is not null && fromProperty.Add(name))
                {
                    values[name] = content.Trim();
                }
            }
        }

        foreach (var key in TitleKeys)
        {
            if (values.TryGetValue(key, out var title))
            {
                titles.Add(System.Net.WebUtility.HtmlDecode(title));
            }
        }

        metadata.Published ??= FirstDate(values, PublishedKeys);
        metadata.Modified ??= FirstDate(values, ModifiedKeys);
        metadata.Description ??= First(values, DescriptionKeys);
        var site = First(values, SiteKeys);
        if (site is not null && !site.StartsWith('@'))
        {
            metadata.SiteName ??= site;
        }

        if (metadata.Image is null && First(values, ImageKeys) is { } image && JsonLdReader.TryAbsolute(image, baseUrl, out var imageUrl))
        {
            metadata.Image = imageUrl;
        }

        foreach (var key in AuthorKeys)
        {
            if (values.TryGetValue(key, out var author))
            {
                authors.AddRange(AuthorCleaner.Clean(author, declared: true).Distinct());
                if (authors.Count > 0)
                {
                    break;
                }
            }
        }

        if (metadata.Language is null && values.TryGetValue("content-language", out var language))
        {
            metadata.Language = language;
        }

        if (metadata.Language is null && values.TryGetValue("og:locale", out var locale))
        {
            metadata.Language = locale.Replace('_', '-');
        }
    }

    private static string? First(Dictionary<string, string> values, string[] keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value))
            {
                return System.Net.WebUtility.HtmlDecode(value);
            }
        }

        return null;
    }

    private static DateTimeOffset? FirstDate(Dictionary<string, string> values, string[] keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value) && DateParser.Parse(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
