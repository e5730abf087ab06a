namespace NewsExtract;

/// <summary>Why a block of the page is not in the article body.</summary>
public enum RemovalReason
{
    /// <summary>A generic boilerplate phrase such as "Skip to main content" or "Share this post".</summary>
    Boilerplate,

    /// <summary>Outside the region chosen as the article, or inside a part of it marked as navigation, sharing, related links and the like.</summary>
    OutsideContent,

    /// <summary>Mostly link text.</summary>
    LinkHeavy,

    /// <summary>The headline repeated in the body.</summary>
    Headline,

    /// <summary>A byline, dateline or caption.</summary>
    Metadata,

    /// <summary>A copy of a block kept elsewhere in the body (see <see cref="ExtractionDiagnostics.Merged"/>).</summary>
    Duplicate,
}

/// <summary>Something the extractor noticed about the page as a whole.</summary>
public enum PageWarning
{
    /// <summary>No article body was found.</summary>
    NoArticleFound,

    /// <summary>The page declares that its full text is for subscribers (schema.org <c>isAccessibleForFree: false</c>); the body may be a teaser.</summary>
    Paywall,

    /// <summary>The page looks like a list of links to other articles rather than one article.</summary>
    ListingPage,

    /// <summary>The page is a script-only shell: its text is rendered in the browser.</summary>
    ScriptShell,

    /// <summary>The page is dominated by a cookie or consent notice.</summary>
    ConsentWall,

    /// <summary>The body was short and was taken from the page's structured data (JSON-LD <c>articleBody</c>) instead.</summary>
    BodyFromStructuredData,

    /// <summary>The input was cut at <see cref="ExtractionOptions.MaxInputChars"/>.</summary>
    InputTruncated,

    /// <summary>The input is binary data (an image, an archive) or text in an encoding that could not be read: it was not extracted.</summary>
    NotText,

    /// <summary>A block of the page's structured data (JSON-LD) is not valid JSON, or is longer or deeper than <see cref="ExtractionOptions.MaxStructuredDataChars"/> and <see cref="ExtractionOptions.MaxStructuredDataDepth"/> allow: it was skipped, and the metadata comes from the page's other sources.</summary>
    MalformedStructuredData,

    /// <summary>The page nests deeper than <see cref="ExtractionOptions.MaxTreeDepth"/>: start tags deeper than that were left out, their text kept.</summary>
    TreeDepthLimited,

    /// <summary>The page has more elements than <see cref="ExtractionOptions.MaxElements"/>: the markup was cut at the bound.</summary>
    ElementsLimited,
}

/// <summary>Which path produced the article's body (see <see cref="ExtractionDiagnostics.BodySource"/>).</summary>
/// <remarks>
/// The content scorer's region is the first choice. When it is thin, the alternatives are computed and the one
/// holding the most running text (characters outside links, sentences counting in full) wins by a clear margin.
/// </remarks>
public enum BodySource
{
    /// <summary>The region the content scorer chose in the page's markup; for plain text, the lines kept.</summary>
    Region,

    /// <summary>The page read again with its <c>&lt;noscript&gt;</c> content, as the page showed no article without it.</summary>
    Noscript,

    /// <summary>The part of the markup where prose outweighs everything else the most, found from the text alone (length, links, punctuation) with no class name or furniture mark taken on trust.</summary>
    DensestProse,

    /// <summary>The page's structured data (JSON-LD <c>articleBody</c>).</summary>
    StructuredData,

    /// <summary>The state a script-rendered page ships in its scripts (<c>__NEXT_DATA__</c>, <c>application/json</c>, Apollo or Redux state).</summary>
    ScriptState,
}

/// <summary>A block left out of the body.</summary>
/// <param name="Text">The block's text.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record RemovedBlock(string Text, RemovalReason Reason);

/// <summary>A block merged into another because it repeated it.</summary>
/// <param name="Text">The text of the copy that was dropped.</param>
/// <param name="KeptParagraph">The index in <see cref="Article.Paragraphs"/> of the copy that was kept, or -1 when the kept copy is the headline.</param>
/// <param name="Similarity">How alike the two were, from 0 to 1.</param>
/// <param name="Rule">Which test matched.</param>
public sealed record MergedBlock(string Text, int KeptParagraph, double Similarity, MergeRule Rule);

/// <summary>Which test found a block to be a copy of another (see <see cref="MergedBlock.Rule"/>).</summary>
public enum MergeRule
{
    /// <summary>The same text, once normalised (case, punctuation, whitespace).</summary>
    Exact,

    /// <summary>An edited copy: the texts differ in a few words.</summary>
    Near,

    /// <summary>A cut-down copy lifted from the kept block: a teaser, a pull quote, a caption.</summary>
    Contained,

    /// <summary>The headline again, in the body.</summary>
    Headline,
}

/// <summary>What the extractor removed, merged or noticed, so that nothing is lost silently.</summary>
public sealed record ExtractionDiagnostics
{
    /// <summary>Diagnostics with nothing to report.</summary>
    public static ExtractionDiagnostics None { get; } = new();

    /// <summary>Blocks left out of the body, in page order.</summary>
    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];

    /// <summary>Duplicated blocks merged into the copy that was kept.</summary>
    public IReadOnlyList<MergedBlock> Merged { get; init; } = [];

    /// <summary>Warnings about the page as a whole.</summary>
    public IReadOnlyList<PageWarning> Warnings { get; init; } = [];

    /// <summary>Which path produced the body: the content scorer's region unless it was thin and a fallback did better.</summary>
    public BodySource BodySource { get; init; } = BodySource.Region;
}
