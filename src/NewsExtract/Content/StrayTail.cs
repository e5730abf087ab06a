using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Trims what the page put after the article's prose inside the chosen region: once the paragraphs of the run end, a
/// few short blocks in elements of their own (a call to subscribe, a note about the newsroom, a box inviting letters)
/// are not the story's. The story's paragraphs stand in the elements its other paragraphs stand in.
/// Language-independent: length, closing punctuation and the elements holding the blocks only.
/// </summary>
internal static class StrayTail
{
    /// <summary>A paragraph this long that ends like a sentence is the article's prose; its element holds the run.</summary>
    private const int MinProseChars = 200;

    /// <summary>A block after the run longer than this may be the story's last paragraph: the tail is left alone.</summary>
    private const int MaxStrayChars = 300;

    /// <summary>More blocks than this after the run are content of their own (a list, a second part), left alone.</summary>
    private const int MaxStrays = 3;

    public static void Trim(List<Container> containers, List<Block> blocks, ExtractionFocus focus)
    {
        if (focus == ExtractionFocus.Recall)
        {
            return;
        }

        var runElements = new HashSet<int>();
        var lastProse = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kept && block.ContainerPath.Length > 0 && IsProse(block))
            {
                runElements.Add(block.ContainerPath[^1]);
                lastProse = i;
            }
        }

        if (runElements.Count == 0)
        {
            return;
        }

        // The run goes on while its elements hold the kept blocks; what follows in other elements is the tail.
        var runEnd = lastProse;
        for (var i = lastProse + 1; i < blocks.Count; i++)
        {
            if (blocks[i].Kept && blocks[i].ContainerPath.Length > 0 && runElements.Contains(blocks[i].ContainerPath[^1]))
            {
                runEnd = i;
            }
        }

        var strays = new List<Block>();
        for (var i = runEnd + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!block.Kept)
            {
                continue;
            }

            if (block.Text.Length > MaxStrayChars || strays.Count == MaxStrays || block.Kind is not (BlockKind.Paragraph or BlockKind.Heading)
                || LikeARunElement(containers, block, runElements))
            {
                return;
            }

            strays.Add(block);
        }

        foreach (var stray in strays)
        {
            stray.Remove(RemovalReason.OutsideContent, RemovalRules.AfterProseRun);
        }
    }

    /// <summary>
    /// Whether the block stands in an element made like one of the run's (same tag and class): a story split into
    /// sections, each in an element of its own, goes on in the next one.
    /// </summary>
    private static bool LikeARunElement(List<Container> containers, Block block, HashSet<int> runElements)
    {
        if (block.ContainerPath.Length == 0)
        {
            return false;
        }

        var element = containers[block.ContainerPath[^1]];
        foreach (var id in runElements)
        {
            if (containers[id].Tag == element.Tag && containers[id].Hints == element.Hints)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProse(Block block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length >= MinProseChars && block.LinkDensity <= ProseMass.MaxProseLinkDensity
        && TextNormalizer.EndsLikeSentence(block.Text);
}
