namespace NewsExtract;

/// <summary>What became of a block of the page (see <see cref="ExplainedBlock.Fate"/>).</summary>
public enum BlockFate
{
    /// <summary>In the article body.</summary>
    Kept,

    /// <summary>A boilerplate phrase ("Share this post"), symbols only, or a run of page numbers.</summary>
    Boilerplate,

    /// <summary>A byline, dateline, credit or caption: metadata, not body.</summary>
    Metadata,

    /// <summary>The headline, read as the title, or the headline again in the body.</summary>
    Headline,

    /// <summary>A copy of another block, merged into it (see <see cref="ExplainedBlock.MergedInto"/>).</summary>
    Duplicate,

    /// <summary>Inside the article's region but mostly link text.</summary>
    LinkHeavy,

    /// <summary>Page furniture: navigation, asides, footers, share bars and the like, inside the region or on a page too short to have one.</summary>
    Furniture,

    /// <summary>Outside the region chosen as the article.</summary>
    OutsideRegion,
}

/// <summary>One block of the page, in reading order, and what became of it.</summary>
public sealed record ExplainedBlock
{
    /// <summary>The block's position in the page's reading order, from 0.</summary>
    public required int Order { get; init; }

    /// <summary>The block's text, whitespace collapsed (for a merged copy, as it stood when merged).</summary>
    public required string Text { get; init; }

    /// <summary>The HTML element the block came from, lower case ("p", "h2", "li"); empty for plain text.</summary>
    public string Tag { get; init; } = string.Empty;

    /// <summary>What became of the block.</summary>
    public required BlockFate Fate { get; init; }

    /// <summary>
    /// The test that decided it, in words: for boilerplate the list entry that matched ("starts with \"read more\""),
    /// for furniture which kind, for a duplicate how it matched (<c>exact</c>, <c>near</c>, <c>contained</c>,
    /// <c>headline</c>); <see langword="null"/> for a kept block.
    /// </summary>
    public string? Rule { get; init; }

    /// <summary>The block's index in <see cref="Article.Paragraphs"/>, or -1 when it is not in the body.</summary>
    public int ParagraphIndex { get; init; } = -1;

    /// <summary>For a <see cref="BlockFate.Duplicate"/>: the <see cref="Order"/> of the block it was merged into; <see langword="null"/> otherwise, or when that copy is the headline.</summary>
    public int? MergedInto { get; init; }

    /// <summary>For a <see cref="BlockFate.Duplicate"/>: how alike the two copies were, from 0 to 1.</summary>
    public double? Similarity { get; init; }

    /// <summary>The elements around the block, outermost first, as <c>tag.class</c> ("article.story &gt; div.body"); empty for plain text.</summary>
    public string Container { get; init; } = string.Empty;
}

/// <summary>A container the extractor weighed as the article's region.</summary>
/// <param name="Container">The element, as <c>tag.class</c> with its nearest ancestors.</param>
/// <param name="Score">Its content score: the paragraphs inside it, its tag and class, less its share of link text.</param>
/// <param name="TextChars">Characters of text inside it.</param>
/// <param name="LinkDensity">Share of its text inside links, 0 to 1.</param>
/// <param name="Chosen">Whether it is the region chosen (an ancestor of the best scorer may be chosen when the article spreads over several children).</param>
/// <param name="Included">Whether its blocks belong to the article: the chosen region, or a sibling or second part it was widened to.</param>
public sealed record RegionCandidate(string Container, double Score, int TextChars, double LinkDensity, bool Chosen, bool Included);

/// <summary>
/// An extraction explained: the article, and for every block of the page what became of it and why, beside the
/// region chosen and its runners-up. Made by <see cref="ArticleExtractor.Explain(string, Uri?, CancellationToken)"/>;
/// <see cref="Output.ExplanationHtml"/> renders it as a page to look at.
/// </summary>
public sealed record ExtractionExplanation
{
    /// <summary>The article, the same as the extractor's <c>Extract</c> returns for the input.</summary>
    public required Article Article { get; init; }

    /// <summary>Whether the input was read as HTML or plain text.</summary>
    public PageFormat Format { get; init; }

    /// <summary>Every block of the page in reading order, kept or not.</summary>
    public IReadOnlyList<ExplainedBlock> Blocks { get; init; } = [];

    /// <summary>
    /// The chosen region first, then the best-scoring other containers, best first; empty for plain text and for
    /// pages with no container worth scoring.
    /// </summary>
    public IReadOnlyList<RegionCandidate> Regions { get; init; } = [];
}
