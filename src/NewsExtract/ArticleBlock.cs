namespace NewsExtract;

/// <summary>What a block of an article's body is.</summary>
public enum ArticleBlockKind
{
    /// <summary>A paragraph of prose.</summary>
    Paragraph,

    /// <summary>A heading inside the body; <see cref="ArticleBlock.Level"/> is 1 to 6.</summary>
    Heading,

    /// <summary>An item of a list.</summary>
    ListItem,

    /// <summary>A block quotation.</summary>
    BlockQuote,

    /// <summary>A table; <see cref="ArticleBlock.Rows"/> holds its cells.</summary>
    Table,

    /// <summary>The caption or credit of a picture, chart or embed.</summary>
    FigureCaption,

    /// <summary>Preformatted text (code, a poem laid out by hand).</summary>
    Preformatted,
}

/// <summary>
/// One block of an article's body, with its kind: the structure <see cref="Article.Paragraphs"/> flattens. A table is
/// one block; its cells are paragraphs of their own in <see cref="Article.Paragraphs"/>. Immutable.
/// </summary>
public sealed record ArticleBlock
{
    /// <summary>What the block is.</summary>
    public required ArticleBlockKind Kind { get; init; }

    /// <summary>The block's text; for a table, its rows one a line with their cells separated by tabs.</summary>
    public required string Text { get; init; }

    /// <summary>A heading's level, 1 to 6; 0 for other blocks.</summary>
    public int Level { get; init; }

    /// <summary>A table's rows of cells, in order; empty for other blocks.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    /// <summary>
    /// The links in <see cref="Text"/>, in order, not overlapping: each with its span of the text and its absolute
    /// http or https address. Empty for a table, for plain text, and for a block whose text the extractor rewrote.
    /// </summary>
    public IReadOnlyList<ArticleLink> Links { get; init; } = [];
}

/// <summary>A link in an <see cref="ArticleBlock"/>'s text. Immutable.</summary>
/// <param name="Start">Where the link's text starts in <see cref="ArticleBlock.Text"/>.</param>
/// <param name="Length">The length of the link's text.</param>
/// <param name="Url">Where the link points: absolute, http or https, resolved against the page's address.</param>
public sealed record ArticleLink(int Start, int Length, Uri Url);
