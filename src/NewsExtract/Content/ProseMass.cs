using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// How much of the page's prose each container holds: the characters of the paragraphs inside it (subtree sums),
/// counting only blocks that read as running text (long enough, mostly not links, not headings or captions).
/// Language-independent evidence of where the article is, whatever the markup calls its wrappers.
/// </summary>
internal sealed class ProseMass
{
    /// <summary>A block shorter than this is a label or a line, not prose.</summary>
    public const int MinProseChars = ContainerScoring.MinScoringChars;

    /// <summary>A block with more of its text in links than this is navigation or a teaser, not prose.</summary>
    public const double MaxProseLinkDensity = 0.5;

    /// <summary>A furniture-named wrapper holding at least this share of the page's prose is a layout wrapper around the article.</summary>
    private const double LayoutShare = 0.5;

    /// <summary>Whether each container holds the headline's block.</summary>
    private readonly bool[] holdsHeadline;

    private ProseMass(int[] chars, int total, bool[] holdsHeadline)
    {
        Chars = chars;
        Total = total;
        this.holdsHeadline = holdsHeadline;
    }

    /// <summary>Prose characters inside each container, its descendants included.</summary>
    public int[] Chars { get; }

    /// <summary>Prose characters of the whole page outside tag-marked furniture (nav, header, footer, aside).</summary>
    public int Total { get; }

    /// <summary>Whether the block reads as running text.</summary>
    public static bool IsProse(Block block) =>
        block.Kept && !block.InPageFurniture && block.Text.Length >= MinProseChars && block.LinkDensity <= MaxProseLinkDensity
        && block.Kind is not (BlockKind.Heading or BlockKind.Caption);

    /// <param name="containers">The page's containers.</param>
    /// <param name="blocks">The page's blocks.</param>
    /// <param name="title">The headline the metadata stage chose, if any.</param>
    public static ProseMass Measure(List<Container> containers, List<Block> blocks, string? title)
    {
        var chars = new int[containers.Count];
        var total = 0;
        foreach (var block in blocks)
        {
            if (block.ContainerPath.Length > 0 && IsProse(block))
            {
                chars[block.ContainerPath[^1]] += block.Text.Length;
                total += block.Text.Length;
            }
        }

        // Children come after their parents: adding each container's sum to its parent, last first, sums subtrees.
        for (var id = containers.Count - 1; id >= 0; id--)
        {
            var up = containers[id].ParentId;
            if (up >= 0)
            {
                chars[up] += chars[id];
            }
        }

        var holdsHeadline = new bool[containers.Count];
        if (FindHeadline(blocks, title) is { ContainerPath: { Length: > 0 } path })
        {
            for (var id = path[^1]; id >= 0; id = containers[id].ParentId)
            {
                holdsHeadline[id] = true;
            }
        }

        return new ProseMass(chars, total, holdsHeadline);
    }

    /// <summary>The heading that is the headline: the one reading as the title, else the first of level 1.</summary>
    private static Block? FindHeadline(List<Block> blocks, string? title)
    {
        var folded = string.IsNullOrWhiteSpace(title) ? null : TextNormalizer.ForComparison(title);
        Block? firstTop = null;
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Heading)
            {
                continue;
            }

            if (folded is not null && block.Text.Length >= folded.Length && block.Text.Length <= folded.Length * 2
                && TextNormalizer.ForComparison(block.Text) == folded)
            {
                return block;
            }

            if (block.HeadingLevel == 1)
            {
                firstTop ??= block;
            }
        }

        return firstTop;
    }

    /// <summary>
    /// Whether the container holds the headline and most of the page's prose: then a furniture word in its class
    /// ("has-sidebar", "layout-with-share-bar") names the layout around the article, not furniture. A comment
    /// thread or a consent notice may hold much prose, but not the headline.
    /// </summary>
    public bool IsArticleLayout(int id) => Total > 0 && holdsHeadline[id] && Chars[id] >= Total * LayoutShare;
}
