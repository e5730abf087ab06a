using System.Text.Json;
using AngleSharp.Dom;

namespace NewsExtract.Metadata;

/// <summary>
/// Reads schema.org article metadata from JSON-LD: <c>@graph</c>, arrays and nested objects, walked with an explicit
/// stack. Malformed JSON is skipped (a page's broken script is not the caller's error) and reported, for the page's
/// warnings.
/// </summary>
internal static class JsonLdReader
{

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
        "ScholarlyArticle", "TechArticle", "Report", "SatiricalArticle", "AdvertiserContentArticle",
    };

    /// <param name="scripts">The page's <c>script[type='application/ld+json' i]</c> elements, in document order.</param>
    /// <param name="metadata">Where the values found go.</param>
    /// <param name="baseUrl">Resolves relative image addresses.</param>
    /// <param name="titles">Receives the first article's headline (or its name, if it has no headline).</param>
    /// <param name="maxChars">A block longer than this is not parsed, and counts as malformed (<see cref="ExtractionOptions.MaxStructuredDataChars"/>).</param>
    /// <param name="maxDepth">A block nested deeper than this is malformed (<see cref="ExtractionOptions.MaxStructuredDataDepth"/>).</param>
    /// <returns>What is read besides the metadata: the first article's name where it differs from its headline, a web page's date, and whether a block could not be parsed.</returns>
    public static StructuredExtras Read(
        IReadOnlyList<IElement> scripts,
        MetadataBuilder metadata,
        Uri? baseUrl,
        List<string> titles,
        int maxChars = 2_000_000,
        int maxDepth = 64)
    {
        string? name = null;
        List<string>? pageDates = null;
        List<string>? authorIds = null;
        Dictionary<string, string>? people = null;
        var malformed = false;
        var parseOptions = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth };
        foreach (var script in scripts)
        {
            var json = StripWrappers(MetadataElements.TextOf(script));
            if (json.Length == 0)
            {
                continue;
            }

            if (json.Length > maxChars)
            {
                malformed = true;
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(json, parseOptions);
                foreach (var item in Objects(parsed.RootElement))
                {
                    var types = TypesOf(item);
                    if ((types & ItemTypes.Article) != 0)
                    {
                        if (titles.Count == 0 && (String(item, "headline") ?? String(item, "name")) is { } title)
                        {
                            titles.Add(title);
                            name = String(item, "name") is { } itemName && itemName != title ? itemName : null;
                        }

                        ReadArticle(item, metadata, baseUrl, ref authorIds);
                    }
                    else
                    {
                        if ((types & ItemTypes.Person) != 0 && String(item, "@id") is { } id && String(item, "name") is { } personName)
                        {
                            (people ??= new(StringComparer.Ordinal)).TryAdd(id, personName);
                        }

                        if ((types & ItemTypes.WebSite) != 0)
                        {
                            metadata.SiteName ??= String(item, "name");
                        }

                        // A web page, a how-to, a recipe dated rather than an article: weaker than an article's date or a
                        // meta tag, so read only when those declare none.
                        if ((String(item, "datePublished") ?? String(item, "dateCreated")) is { } pageDate)
                        {
                            (pageDates ??= []).Add(pageDate);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block carries no usable metadata; the other sources still do.
                malformed = true;
            }
        }

        if (metadata.Authors.Count == 0 && authorIds is not null && people is not null)
        {
            foreach (var id in authorIds)
            {
                if (people.TryGetValue(id, out var person))
                {
                    AddAuthors(metadata, person);
                }
            }
        }

        return new StructuredExtras(name, pageDates, malformed);
    }

    private static void AddAuthors(MetadataBuilder metadata, string name)
    {
        foreach (var cleaned in AuthorCleaner.Clean(name, declared: true))
        {
            if (!metadata.Authors.Contains(cleaned))
            {
                metadata.Authors.Add(cleaned);
            }
        }
    }

    private static readonly (string Open, string Close)[] Wrappers = [("<![CDATA[", "]]>"), ("<!--", "-->")];

    /// <summary>Pages wrap JSON-LD in CDATA or comment markers for old parsers; JSON cannot start with them.</summary>
    private static string StripWrappers(string json)
    {
        var text = json.AsSpan().Trim();
        foreach (var (open, close) in Wrappers)
        {
            if (text.StartsWith(open, StringComparison.Ordinal))
            {
                text = text[open.Length..].Trim();
                if (text.EndsWith(close, StringComparison.Ordinal))
                {
                    text = text[..^close.Length].Trim();
                }
            }
        }

        return text.Length == json.Length ? json : text.ToString();
    }

    /// <summary>Reads an article object's headline, dates, description, language, body, authors and publisher.</summary>
    /// <param name="item">The article object.</param>
    /// <param name="metadata">Where the values found go.</param>
    /// <param name="baseUrl">Resolves relative image addresses.</param>
    /// <param name="authorIds">Receives the ids of authors the article names only by reference (<c>{"@id": "…/#/schema/person/…"}</c>, as graph-writing plugins do): resolved against the graph's <c>Person</c> objects once every block is read.</param>
    private static void ReadArticle(JsonElement item, MetadataBuilder metadata, Uri? baseUrl, ref List<string>? authorIds)
    {
        metadata.Title ??= String(item, "headline") ?? String(item, "name");
        metadata.Published ??= DateParser.Parse(String(item, "datePublished") ?? String(item, "dateCreated"));
        metadata.Modified ??= DateParser.Parse(String(item, "dateModified"));
        metadata.Description ??= String(item, "description");
        metadata.Language ??= String(item, "inLanguage");
        metadata.StructuredBody ??= String(item, "articleBody");
        if (metadata.Authors.Count == 0 && item.TryGetProperty("author", out var author))
        {
            foreach (var name in Names(author))
            {
                AddAuthors(metadata, name);
            }

            if (metadata.Authors.Count == 0)
            {
                foreach (var reference in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray() : Enumerable.Repeat(author, 1))
                {
                    if (reference.ValueKind == JsonValueKind.Object && String(reference, "name") is null && String(reference, "@id") is { } id)
                    {
                        (authorIds ??= []).Add(id);
                    }
                }
            }
        }

        if (item.TryGetProperty("publisher", out var publisher))
        {
            metadata.SiteName ??= Names(publisher).FirstOrDefault();
        }

        if (metadata.Image is null && item.TryGetProperty("image", out var image))
        {
            var url = Urls(image).FirstOrDefault();
            if (url is not null && TryAbsolute(url, baseUrl, out var absolute))
            {
                metadata.Image = absolute;
            }
        }

        if (item.TryGetProperty("isAccessibleForFree", out var free))
        {
            metadata.AccessibleForFree ??= free.ValueKind switch
            {
                JsonValueKind.False => false,
                JsonValueKind.True => true,
                JsonValueKind.String => !string.Equals(free.GetString(), "false", StringComparison.OrdinalIgnoreCase),
                _ => null,
            };
        }
    }

    /// <summary>Every object in the tree, depth first, without recursion.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in element.EnumerateArray().Reverse())
                {
                    stack.Push(child);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                yield return element;
                if (element.TryGetProperty("@graph", out var graph))
                {
                    stack.Push(graph);
                }

                if (element.TryGetProperty("mainEntity", out var main))
                {
                    stack.Push(main);
                }
            }
        }
    }

    /// <summary>The types an object's <c>@type</c>, a string or an array of them, names among those read here; read once per object.</summary>
    private static ItemTypes TypesOf(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out var type))
        {
            return ItemTypes.None;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return TypeOf(type);
        }

        var types = ItemTypes.None;
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String)
                {
                    types |= TypeOf(t);
                }
            }
        }

        return types;
    }

    private static ItemTypes TypeOf(JsonElement type)
    {
        var name = type.GetString() ?? string.Empty;
        return ArticleTypes.Contains(name) ? ItemTypes.Article
            : string.Equals(name, "Person", StringComparison.OrdinalIgnoreCase) ? ItemTypes.Person
            : string.Equals(name, "WebSite", StringComparison.OrdinalIgnoreCase) ? ItemTypes.WebSite
            : ItemTypes.None;
    }

    [Flags]
    private enum ItemTypes
    {
        None = 0,
        Article = 1,
        Person = 2,
        WebSite = 4,
    }

    private static string? String(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? System.Net.WebUtility.HtmlDecode(text.Trim())
            : null;
    }

    private static IEnumerable<string> Names(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                yield return value.GetString()!;
                break;
            case JsonValueKind.Object:
                if (String(value, "name") is { } name)
                {
                    yield return name;
                }

                break;
            case JsonValueKind.Array:
                foreach (var child in value.EnumerateArray())
                {
                    if (child.ValueKind == JsonValueKind.String)
                    {
                        yield return child.GetString()!;
                    }
                    else if (child.ValueKind == JsonValueKind.Object && String(child, "name") is { } childName)
                    {
                        yield return childName;
                    }
                }

                break;
        }
    }

    private static IEnumerable<string> Urls(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                yield return value.GetString()!;
                break;
            case JsonValueKind.Object:
                if (String(value, "url") is { } url)
                {
                    yield return url;
                }
                else if (String(value, "contentUrl") is { } contentUrl)
                {
                    yield return contentUrl;
                }

                break;
            case JsonValueKind.Array:
                foreach (var child in value.EnumerateArray())
                {
                    foreach (var nested in Urls(child).Take(1))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }

    internal static bool TryAbsolute(string value, Uri? baseUrl, out Uri absolute)
    {
        absolute = null!;
        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            absolute = parsed;
            return true;
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, value.Trim(), out parsed) && parsed.Scheme is "http" or "https")
        {
            absolute = parsed;
            return true;
        }

        return false;
    }
}

/// <summary>What JSON-LD gives besides the article's own metadata.</summary>
/// <param name="Name">The first article's name where it differs from its headline.</param>
/// <param name="PageDates">The dates the other objects (a <c>WebPage</c>) declare, as written, in order; <see langword="null"/> when none does.</param>
/// <param name="Malformed">Whether a block was not valid JSON (and was skipped).</param>
internal readonly record struct StructuredExtras(string? Name, List<string>? PageDates, bool Malformed)
{
    /// <summary>The first of <see cref="PageDates"/> that reads as a date: for pages whose article and meta tags declare none.</summary>
    public DateTimeOffset? PageDate()
    {
        foreach (var value in PageDates ?? [])
        {
            if (DateParser.Parse(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
