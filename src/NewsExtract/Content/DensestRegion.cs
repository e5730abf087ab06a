using NewsExtract.Pipeline;

namespace NewsExtract.Content;

/// <summary>
/// The body fallback's markup candidate: the container whose prose outweighs everything else in it the most,
/// chosen from the blocks (length, links, punctuation) with no content hint taking part and no furniture tag taken on
/// trust: only text in forms and in containers named as furniture (comment threads, sidebars) counts as clutter.
/// It finds the article when the content scorer was misled: a header left open around the whole page, a content
/// hint on a teaser, each paragraph in a card of its own.
/// </summary>
internal static class DensestRegion
{
    /// <summary>How much a character of links, labels and boilerplate in a region costs against a character of prose.</summary>
    private const double JunkWeight = 1.5;

    /// <summary>A short block with more of its text in links than this is a link line, left out of the region's body.</summary>
    private const double LinkLineDensity = 0.5;

    /// <summary>A block at least this long is never dropped as a link line.</summary>
    private const int LinkLineMaxChars = 300;

    /// <summary>Whether the block could be in a body: kept, or left out by the content scorer (not by cleaning).</summary>
    public static bool IsEligible(Block block) =>
        block.Kept || block.RemovedFor is RemovalReason.OutsideContent or RemovalReason.LinkHeavy;

    /// <summary>The blocks of the densest prose region, in page order; empty when the page holds no prose.</summary>
    /// <param name="containers">The page's containers.</param>
    /// <param name="blocks">The page's blocks.</param>
    /// <param name="unlikely">Containers named as furniture (comment threads, sidebars), whose text counts as clutter.</param>
    public static List<Block> Find(List<Container> containers, List<Block> blocks, bool[] unlikely)
    {
        var value = Values(containers, blocks, unlikely);
        if (value is null)
        {
            return [];
        }

        // On a tie the later container wins: a child that holds all its parent's prose and none of its clutter.
        var best = 0;
        for (var id = 1; id < containers.Count; id++)
        {
            if (value[id] >= value[best])
            {
                best = id;
            }
        }

        return RegionBlocks(containers, blocks, best);
    }

    /// <summary>Each container's prose (by <see cref="BodyQuality"/>) less its weighted clutter, descendants included; <see langword="null"/> when the page holds no prose.</summary>
    internal static double[]? Values(List<Container> containers, List<Block> blocks, bool[] unlikely)
    {
        // A form's text (labels, consent to a newsletter, a comment box) is never the article, however wordy; nor
        // is the text of a container named as furniture.
        var clutter = new bool[containers.Count];
        for (var id = 0; id < containers.Count; id++)
        {
            var up = containers[id].ParentId;
            clutter[id] = containers[id].Tag == "form" || unlikely[id] || (up >= 0 && clutter[up]);
        }

        var value = new double[containers.Count];
        var hasProse = false;
        foreach (var block in blocks)
        {
            if (block.ContainerPath.Length == 0 || block.Kind == BlockKind.Heading)
            {
                continue;
            }

            var nearest = block.ContainerPath[^1];
            if (IsEligible(block) && IsProse(block) && !clutter[nearest])
            {
                value[nearest] += BodyQuality.Of(block);
                hasProse = true;
            }
            else if (IsEligible(block) || block.RemovedFor == RemovalReason.Boilerplate || clutter[nearest])
            {
                value[nearest] -= JunkWeight * block.Text.Length;
            }
        }

        if (!hasProse)
        {
            return null;
        }

        // Children come after their parents: adding each container's value to its parent, last first, sums subtrees.
        for (var id = containers.Count - 1; id >= 0; id--)
        {
            if (containers[id].ParentId >= 0)
            {
                value[containers[id].ParentId] += value[id];
            }
        }

        return value;
    }

    private static bool IsProse(Block block) =>
        block.Text.Length >= ProseMass.MinProseChars && block.LinkDensity <= ProseMass.MaxProseLinkDensity && block.Kind != BlockKind.Caption;

    private static List<Block> RegionBlocks(List<Container> containers, List<Block> blocks, int region)
    {
        var inRegion = new bool[containers.Count];
        inRegion[region] = true;
        for (var id = region + 1; id < containers.Count; id++)
        {
            inRegion[id] = containers[id].ParentId >= 0 && inRegion[containers[id].ParentId];
        }

        var candidates = blocks.Where(b => b.ContainerPath.Length > 0 && inRegion[b.ContainerPath[^1]] && IsEligible(b)).ToList();

        // Tag-marked furniture inside the region is left out, unless the whole region is inside such an element.
        var regionIsFurniture = candidates.All(b => b.InPageFurniture);
        return candidates
            .Where(b => (regionIsFurniture || !b.InPageFurniture) && b.Kind != BlockKind.Caption
                && !(b.Text.Length < LinkLineMaxChars && b.LinkDensity > LinkLineDensity))
            .ToList();
    }
}
