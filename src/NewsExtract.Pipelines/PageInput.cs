namespace NewsExtract.Pipelines;

/// <summary>What a page input holds.</summary>
public enum PageContentKind
{
    /// <summary>Nothing yet: the page is to be fetched from <see cref="PageInput.Url"/>.</summary>
    None,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>Already-scraped plain text.</summary>
    PlainText,
}

/// <summary>
/// One input of a pipeline, as a source lists it: an address to fetch (a feed's or sitemap's entry, a line of a URL
/// list), or a page already in hand (a file, a WARC record). Immutable.
/// </summary>
public sealed record PageInput
{
    /// <summary>The input's id in the output: the file name without extension, the WARC record id, or the URL.</summary>
    public required string Id { get; init; }

    /// <summary>The page's address, if known.</summary>
    public Uri? Url { get; init; }

    /// <summary>The page's bytes as stored (HTML in its own encoding, or text); empty when the page is to be fetched.</summary>
    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>What <see cref="Content"/> holds; <see cref="PageContentKind.None"/> when the page is to be fetched.</summary>
    public PageContentKind Kind { get; init; }

    /// <summary>The character set a header declared for <see cref="Content"/>, if any (a WARC record's stored HTTP header).</summary>
    public string? Charset { get; init; }

    /// <summary>When the source says the article was published (a feed item, a news sitemap), if it says.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The article's title as the source gives it (a feed item, a news sitemap), if it does.</summary>
    public string? Title { get; init; }

    /// <summary>An address to fetch; its id is the address as given.</summary>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http or https address.</exception>
    public static PageInput ForUrl(Uri url, DateTimeOffset? published = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!ArticleUrl.IsWebAddress(url))
        {
            throw new ArgumentException($"'{url}' is not an absolute http or https address.", nameof(url));
        }

        return new PageInput { Id = url.OriginalString, Url = url, Published = published, Title = title };
    }
}
