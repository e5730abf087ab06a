using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Moves the chosen region up to an ancestor that holds much more of the page's long prose: an article laid out in
/// several cells or columns, or a page of several posts, gives each part a container of its own, and the best-scoring
/// part alone is a fragment. Only long paragraphs that end like sentences and carry almost no links count, outside
/// furniture-marked containers: teaser snippets, link lists and comment threads add nothing. Language-independent:
/// length, links, punctuation and the tree's shape only.
/// </summary>
internal static class ProseWidening
{
    /// <summary>A paragraph shorter than this is a teaser's snippet or a caption, not part of a long text.</summary>
    private const int LongParagraphChars = 150;

    /// <summary>A paragraph with more of its text in links than this is not running prose.</summary>
    private const double MaxLinkDensity = 0.1;

    /// <summary>An ancestor must hold this many times the region's long prose…</summary>
    private const double GrowthFactor = 2.0;

    /// <summary>…and this many characters more of it.</summary>
    private const int MinGrowthChars = 1000;

    /// <summary>How many levels above the region an ancestor is looked for.</summary>
    private const int MaxLevels = 4;

    /// <summary>The ancestor's text may be at most this share links (navigation, rails).</summary>
    private const double MaxAncestorLinkDensity = 0.3;

    /// <summary>The region, or the ancestor holding much more of the page's long prose.</summary>
    public static int Widen(List<Container> containers, List<Block> blocks, ContainerScores scores, bool[] unlikely, int top)
    {
        var ancestors = new int[MaxLevels + 1];
        var levels = 0;
        ancestors[0] = top;
        // An article element (or the articleBody) is the page's own word on where the story ends: never widened past.
        for (var id = top; !IsArticleBoundary(containers[id]) && levels < MaxLevels; levels++)
        {
            id = containers[id].ParentId;
            if (id < 0 || containers[id].Tag is "body" or "html")
            {
                break;
            }

            ancestors[levels + 1] = id;
        }

        if (levels == 0)
        {
            return top;
        }

        // Each long paragraph counts for the lowest of these it lies in and for every one above that.
        var prose = new int[levels + 1];
        foreach (var block in blocks)
        {
            if (block.ContainerPath.Length == 0 || !IsLongProse(block) || unlikely[block.ContainerPath[^1]])
            {
                continue;
            }

            for (var id = block.ContainerPath[^1]; id >= 0; id = containers[id].ParentId)
            {
                var level = Array.IndexOf(ancestors, id, 0, levels + 1);
                if (level >= 0)
                {
                    for (; level <= levels; level++)
                    {
                        prose[level] += block.Text.Length;
                    }

                    break;
                }
            }
        }

        var chosen = 0;
        for (var level = 1; level <= levels; level++)
        {
            if (prose[level] >= prose[chosen] * GrowthFactor && prose[level] - prose[chosen] >= MinGrowthChars
                && scores.LinkDensity(ancestors[level]) <= MaxAncestorLinkDensity)
            {
                chosen = level;
            }
        }

        return ancestors[chosen];
    }

    /// <summary>
    /// Adds to the region the containers that hold the long prose of <paramref name="ancestor"/> outside it: the parts
    /// of the text themselves, not the outlines, link boxes and tool bars that sit beside them in the ancestor.
    /// </summary>
    public static void AddProseContainers(List<Container> containers, List<Block> blocks, bool[] unlikely, int ancestor, HashSet<int> included)
    {
        foreach (var block in blocks)
        {
            if (block.ContainerPath.Length > 0 && IsLongProse(block) && !unlikely[block.ContainerPath[^1]]
                && RegionChoice.IsWithin(containers, block.ContainerPath[^1], ancestor))
            {
                included.Add(block.ContainerPath[^1]);
            }
        }
    }

    private static bool IsArticleBoundary(Container container) => container.Tag == "article" || container.IsArticleBody;

    private static bool IsLongProse(Block block) =>
        block.Kept && !block.InPageFurniture && block.Kind is BlockKind.Paragraph && block.Text.Length >= LongParagraphChars
        && block.LinkDensity <= MaxLinkDensity && TextNormalizer.EndsLikeSentence(block.Text);
}
