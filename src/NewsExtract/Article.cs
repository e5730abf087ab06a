namespace NewsExtract;

/// <summary>
/// One extracted article: metadata, the body once each in reading order, and the quotes found in it.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed record Article
{
    /// <summary>An article with no content, used when nothing was found; see <see cref="Diagnostics"/>.</summary>
    public static Article Empty { get; } = new();

    /// <summary>
    /// The address the page was read from, as given to the extractor (for a page an <c>ArticleClient</c> fetched, where
    /// it was found after redirects); <see langword="null"/> if none was given. See <see cref="CanonicalUrl"/> for the
    /// address the page names for itself.
    /// </summary>
    public Uri? Url { get; init; }

    /// <summary>The address the page names for itself (<c>&lt;link rel="canonical"&gt;</c>), made absolute; <see langword="null"/> if it names none.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>The headline, without the site-name suffix; <see langword="null"/> if none was found.</summary>
    public string? Title { get; init; }

    /// <summary>The authors' names, cleaned of "By", roles and dates; empty if unknown.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>When the article was first published, with the page's offset kept; <see langword="null"/> if unknown.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last modified; <see langword="null"/> if unknown.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The language as a BCP 47 tag such as <c>en</c> or <c>de-DE</c>; <see langword="null"/> if unknown.</summary>
    public string? Language { get; init; }

    /// <summary>The publication's name; <see langword="null"/> if unknown.</summary>
    public string? SiteName { get; init; }

    /// <summary>The summary the page gives of itself; <see langword="null"/> if none.</summary>
    public string? Description { get; init; }

    /// <summary>The lead image's absolute address; <see langword="null"/> if none.</summary>
    public Uri? Image { get; init; }

    /// <summary>The body: paragraphs, headings, list items and quotes of the article, each once, in reading order, without headline or boilerplate.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The body as blocks with their kinds (paragraphs, headings with levels, list items, block quotes, tables, figure captions), in reading order: what <see cref="Paragraphs"/> holds, with its structure.</summary>
    public IReadOnlyList<ArticleBlock> Blocks { get; init; } = [];

    /// <summary>The paragraphs joined by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    /// <summary>The quotes found in the body, in reading order.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>What the extractor removed, merged or noticed on the way, and why.</summary>
    public ExtractionDiagnostics Diagnostics { get; init; } = ExtractionDiagnostics.None;

    /// <summary><see langword="true"/> when no body text was found.</summary>
    public bool IsEmpty => Paragraphs.Count == 0;
}
