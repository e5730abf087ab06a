namespace NewsExtract.Pipeline;

/// <summary>What a block is, as far as the front end can tell.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,
    Preformatted,
    TableCell,

    /// <summary>A line of plain text: the text front end cannot tell more.</summary>
    Line,
}

/// <summary>
/// One unit of text in reading order, with the signals its front end could read. Both front ends produce blocks
/// and every later stage works on them, so each stage serves HTML and plain text alike.
/// </summary>
internal sealed class Block
{
    public Block(int order, string text, BlockKind kind)
    {
        Order = order;
        Text = text;
        Kind = kind;
    }

    /// <summary>Position in the page's reading order.</summary>
    public int Order { get; }

    /// <summary>Whitespace-normalised text.</summary>
    public string Text { get; set; }

    public BlockKind Kind { get; }

    /// <summary>The HTML tag the block came from (lower case), or empty for plain text.</summary>
    public string Tag { get; init; } = string.Empty;

    /// <summary>Heading level 1 to 6 for headings, else 0.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>Characters of the text that sit inside links.</summary>
    public int LinkChars { get; init; }

    /// <summary>Share of the text inside links, 0 to 1.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);

    /// <summary>Ids of the enclosing containers, nearest last, capped in length (see the HTML front end).</summary>
    public int[] ContainerPath { get; init; } = [];

    /// <summary>Whether some enclosing element is hidden or is page furniture (nav, header, footer, aside).</summary>
    public bool InPageFurniture { get; init; }

    /// <summary>Whether the block is in the header of an article or section (its kicker, headline, standfirst, byline, date), not the page's.</summary>
    public bool InSectionHeader { get; init; }

    /// <summary>Whether the block is kept in the body; stages clear it with a reason.</summary>
    public bool Kept { get; private set; } = true;

    public RemovalReason? RemovedFor { get; private set; }

    /// <summary>
    /// Which test removed the block, one of the <see cref="RemovalRules"/>: what an explanation shows beside the
    /// reason. A constant, so recording it costs a field write.
    /// </summary>
    public string? RemovalRule { get; private set; }

    public void Remove(RemovalReason reason, string? rule = null)
    {
        if (Kept)
        {
            Kept = false;
            RemovedFor = reason;
            RemovalRule = rule;
        }
    }

    /// <summary>Takes a removed block back into the body: the body fallback does when it chooses another region.</summary>
    public void Restore()
    {
        Kept = true;
        RemovedFor = null;
        RemovalRule = null;
    }

    public override string ToString() => $"{Order} {Kind} {(Kept ? "" : "[" + RemovedFor + "] ")}{Text}";
}

/// <summary>A link inside a block's text, as the HTML front end read it.</summary>
/// <param name="Block">The block's index in <see cref="ExtractionContext.Blocks"/> (its reading order).</param>
/// <param name="Start">Where the link's text starts in the block's text.</param>
/// <param name="Length">The length of the link's text.</param>
/// <param name="Href">The href as the page wrote it, relative or absolute.</param>
/// <param name="BlockText">
/// The block's text the span is measured in: a stage that rewrites a block's text gives it a new string, and the link
/// no longer fits it.
/// </param>
internal readonly record struct BlockLink(int Block, int Start, int Length, string Href, string BlockText);
