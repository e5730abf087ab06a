using System.Runtime.InteropServices;
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
    /// <returns>The tags' values by key, for the authors they name (<see cref="Authors"/>), read only if no stronger source names any.</returns>
    public static Dictionary<string, MetaTag> Read(IReadOnlyList<IElement> metas, MetadataBuilder metadata, Uri? baseUrl, List<string> titles)
    {
        var values = new Dictionary<string, MetaTag>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in metas)
        {
            var property = meta.GetAttribute("property");
            var key = property ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            // Most keys are one word as written: read as they are, without splitting.
            if (key.Length > 0 && !key.Contains(' ') && !char.IsWhiteSpace(key[0]) && !char.IsWhiteSpace(key[^1]))
            {
                Add(values, key, content, property is not null);
                continue;
            }

            // Some pages write several properties in one attribute: property="og:title twitter:title".
            foreach (var part in key.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(values, part, content, property is not null);
            }
        }

        foreach (var key in TitleKeys)
        {
            if (values.TryGetValue(key, out var title))
            {
                titles.Add(System.Net.WebUtility.HtmlDecode(title.Value));
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

        if (metadata.Language is null && values.TryGetValue("content-language", out var language))
        {
            metadata.Language = language.Value;
        }

        if (metadata.Language is null && values.TryGetValue("og:locale", out var locale))
        {
            metadata.Language = locale.Value.Replace('_', '-');
        }

        return values;
    }

    private static void Add(Dictionary<string, MetaTag> values, string part, string content, bool fromProperty)
    {
        // Dublin Core is written both "DC.title" and "dc:title".
        var name = part.StartsWith("dc", StringComparison.OrdinalIgnoreCase) ? part.Replace(':', '.') : part;

        // The first value of a key wins, except that RDFa's property attribute, the standard's own, overrides a name attribute.
        ref var tag = ref CollectionsMarshal.GetValueRefOrAddDefault(values, name, out var exists);
        if (!exists || (fromProperty && !tag.FromProperty))
        {
            tag = new MetaTag(content.Trim(), fromProperty);
        }
    }

    /// <summary>The authors the tags name: those of the first author tag that names any.</summary>
    /// <param name="values">The tags' values, as <see cref="Read"/> returns them.</param>
    public static List<string> Authors(Dictionary<string, MetaTag> values)
    {
        var authors = new List<string>();
        foreach (var key in AuthorKeys)
        {
            if (values.TryGetValue(key, out var author))
            {
                authors.AddRange(AuthorCleaner.Clean(author.Value, declared: true).Distinct());
                if (authors.Count > 0)
                {
                    break;
                }
            }
        }

        // Twitter's extra card fields, as site plugins fill them: twitter:label1 "Written by", twitter:data1 the name.
        for (var i = 1; authors.Count == 0 && i <= MaxCardFields; i++)
        {
            if (values.TryGetValue(CardLabels[i - 1], out var label) && AuthorCleaner.IsBylineLabel(label.Value)
                && values.TryGetValue(CardData[i - 1], out var data))
            {
                authors.AddRange(AuthorCleaner.Clean(data.Value, declared: true).Distinct());
            }
        }

        return authors;
    }

    /// <summary>How many of Twitter's extra card fields (label and data pairs) are read.</summary>
    private const int MaxCardFields = 4;

    private static readonly string[] CardLabels = [.. Enumerable.Range(1, MaxCardFields).Select(i => $"twitter:label{i}")];
    private static readonly string[] CardData = [.. Enumerable.Range(1, MaxCardFields).Select(i => $"twitter:data{i}")];

    private static string? First(Dictionary<string, MetaTag> values, string[] keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value))
            {
                return System.Net.WebUtility.HtmlDecode(value.Value);
            }
        }

        return null;
    }

    private static DateTimeOffset? FirstDate(Dictionary<string, MetaTag> values, string[] keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value) && DateParser.Parse(value.Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}

/// <summary>A meta tag's value, and whether it came from RDFa's <c>property</c> attribute (which overrides a <c>name</c>).</summary>
internal readonly record struct MetaTag(string Value, bool FromProperty);
