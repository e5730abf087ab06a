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

    /// <summary>How many paragraphs after the headline mark where the article goes on: a standfirst, then the text's first.</summary>
    private const int LeadingParagraphs = 2;

    /// <summary>A furniture-named wrapper holding at least this share of the page's prose is a layout wrapper around the article.</summary>
    private const double LayoutShare = 0.5;

    /// <summary>Whether each container holds the headline or one of the first paragraphs after it.</summary>
    private readonly bool[] leadsArticle;

    private ProseMass(int[] chars, int total, bool[] leadsArticle)
    {
        Chars = chars;
        Total = total;
        this.leadsArticle = leadsArticle;
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

        // The article starts at its headline and goes on with the paragraphs after it (a standfirst in the header, then
        // the text): the containers of these are where the article is. A comment thread or a consent notice may hold
        // much prose, but not these.
        var leadsArticle = new bool[containers.Count];
        var headline = FindHeadline(blocks, title);
        if (headline >= 0)
        {
            Mark(containers, blocks[headline], leadsArticle);
            var marked = 0;
            for (var i = headline + 1; i < blocks.Count && marked < LeadingParagraphs; i++)
            {
                if (IsProse(blocks[i]))
                {
                    Mark(containers, blocks[i], leadsArticle);
                    marked++;
                }
            }
        }

        return new ProseMass(chars, total, leadsArticle);
    }

    private static void Mark(List<Container> containers, Block block, bool[] marks)
    {
        if (block.ContainerPath.Length > 0)
        {
            for (var id = block.ContainerPath[^1]; id >= 0; id = containers[id].ParentId)
            {
                marks[id] = true;
            }
        }
    }

    /// <summary>The index of the heading that is the headline: the one reading as the title, else the first of level 1; never a link; -1 if none.</summary>
    private static int FindHeadline(List<Block> blocks, string? title)
    {
        var folded = string.IsNullOrWhiteSpace(title) ? null : TextNormalizer.ForComparison(title);
        var firstTop = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // A heading made of a link is a teaser's, even when it is the article's own title teased elsewhere.
            if (block.Kind != BlockKind.Heading || block.LinkDensity > MaxProseLinkDensity)
            {
                continue;
            }

            if (folded is not null && block.Text.Length >= folded.Length && block.Text.Length <= folded.Length * 2
                && TextNormalizer.ForComparison(block.Text) == folded)
            {
                return i;
            }

            if (block.HeadingLevel == 1 && firstTop < 0)
            {
                firstTop = i;
            }
        }

        return firstTop;
    }

    /// <summary>
    /// Whether the container holds most of the page's prose and the headline or one of the first paragraphs after it: then a
    /// furniture word in its class ("has-sidebar", "share-zone") names the layout around the article, not furniture.
    /// </summary>
    public bool IsArticleLayout(int id) => Total > 0 && leadsArticle[id] && Chars[id] >= Total * LayoutShare;
}
