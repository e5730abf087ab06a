using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Widens the chosen container to the whole article: its siblings that score well enough, the second parts of an
/// article split into wrappers of the same template, and loose paragraphs standing beside it in its parent.
/// </summary>
internal static class SiblingWidening
{
    /// <summary>How far above the article's container a second part of it is looked for.</summary>
    private const int SplitSearchLevels = 6;

    /// <summary>A second part of a split article holds at least this much prose.</summary>
    private const int MinSplitPartChars = 100;

    /// <summary>A block this long counts when a sibling is compared with the chosen container: shorter lines repeat by design.</summary>
    private const int MinCopyBlockChars = 40;

    /// <summary>
    /// The chosen container and those of its siblings that score at least a fifth as well (hinted ones get a bonus),
    /// less the siblings that hold the article a second time.
    /// </summary>
    public static HashSet<int> IncludedContainers(List<Container> containers, List<Block> blocks, ContainerScores scores, int top, HintAnswers hints)
    {
        var included = new HashSet<int> { top };
        var parent = containers[top].ParentId;
        if (parent < 0)
        {
            return included;
        }

        var threshold = Math.Max(10, scores.FinalScore(top) * 0.2);
        var hintBonus = scores.FinalScore(top) * 0.2;
        var copies = new CopyFinder(containers, blocks, scores, top);
        bool Joins(int id) =>
            containers[id].ParentId == parent
            && scores.Scored[id]
            && scores.FinalScore(id) + (ContainerScoring.HintScore(containers[id], hints) > 0 ? hintBonus : 0) >= threshold
            && !copies.Repeats(id);

        // The later siblings first, then the earlier ones: the order the region has always been built in.
        for (var id = top + 1; id < containers.Count; id++)
        {
            if (Joins(id))
            {
                included.Add(id);
            }
        }

        for (var id = parent + 1; id < top; id++)
        {
            if (Joins(id))
            {
                included.Add(id);
            }
        }

        return included;
    }

    /// <summary>
    /// Tells a sibling that holds the article a second time (a print or app version, a copy for readers without
    /// scripts, the article again around a player): at least half of the chosen container's prose recurs in it, block
    /// for block. Taking it in would put every line the merger cannot match (short ones, captions, the sibling's own
    /// furniture) into the body twice. Only siblings holding half as much text as the chosen container are compared,
    /// and the chosen container's prose is gathered once, on the first of them: most pages never pay for it.
    /// </summary>
    private sealed class CopyFinder(List<Container> containers, List<Block> blocks, ContainerScores scores, int top)
    {
        private HashSet<string>? prose;
        private int proseChars;

        public bool Repeats(int sibling)
        {
            if (scores.TextChars[sibling] * 2 < scores.TextChars[top])
            {
                return false;
            }

            if (prose is null)
            {
                prose = new HashSet<string>(StringComparer.Ordinal);
                foreach (var block in blocks)
                {
                    if (IsCopyCandidate(block) && RegionChoice.IsWithin(containers, block.ContainerPath[^1], top) && prose.Add(TextNormalizer.ForComparison(block.Text)))
                    {
                        proseChars += block.Text.Length;
                    }
                }
            }

            if (proseChars == 0)
            {
                return false;
            }

            var repeated = 0;
            foreach (var block in blocks)
            {
                if (IsCopyCandidate(block) && RegionChoice.IsWithin(containers, block.ContainerPath[^1], sibling) && prose.Contains(TextNormalizer.ForComparison(block.Text)))
                {
                    repeated += block.Text.Length;
                }
            }

            return repeated * 2 >= proseChars;
        }

        private static bool IsCopyCandidate(Block block) =>
            block.Kept && block.ContainerPath.Length > 0 && block.Text.Length >= MinCopyBlockChars && block.Kind is not (BlockKind.TableCell or BlockKind.ListItem);
    }

    /// <summary>
    /// An article interrupted by a figure or an embed often continues in a second wrapper of the same template, a
    /// cousin of the first rather than a sibling. Wrappers with exactly the class of the one holding most of the
    /// article's prose, near it in the tree, are parts of the article too.
    /// </summary>
    public static void AddSplitParts(List<Container> containers, List<Block> blocks, ContainerScores scores, bool[] unlikely, int top, HashSet<int> included)
    {
        var proseByContainer = new Dictionary<int, int>();
        foreach (var block in blocks)
        {
            if (block.Kept && block.ContainerPath.Length > 0 && block.Kind == BlockKind.Paragraph && block.Text.Length >= ContainerScoring.MinScoringChars)
            {
                var nearest = block.ContainerPath[^1];
                proseByContainer[nearest] = proseByContainer.GetValueOrDefault(nearest) + block.Text.Length;
            }
        }

        // The class string of the region's container with the most prose (the first of equals), found in one pass.
        string? template = null;
        var mostProse = 0;
        foreach (var (id, prose) in proseByContainer)
        {
            if ((template is null || prose > mostProse) && RegionChoice.IsWithin(containers, id, top) && !string.IsNullOrWhiteSpace(containers[id].Hints))
            {
                (template, mostProse) = (containers[id].Hints, prose);
            }
        }

        if (template is null)
        {
            return;
        }

        var scope = top;
        for (var level = 0; level < SplitSearchLevels && containers[scope].ParentId >= 0; level++)
        {
            scope = containers[scope].ParentId;
        }

        foreach (var (id, prose) in proseByContainer)
        {
            if (containers[id].Hints == template && !RegionChoice.IsWithin(containers, id, top) && RegionChoice.IsWithin(containers, id, scope)
                && !unlikely[id] && prose >= MinSplitPartChars && scores.LinkDensity(id) < 0.3)
            {
                included.Add(id);
            }
        }
    }

    /// <summary>A paragraph standing loose in the region's parent that belongs to the article: long and few links, or a short sentence without any.</summary>
    public static bool IsWorthyLooseParagraph(Block block)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return false;
        }

        return block.Text.Length > 80
            ? block.LinkDensity < 0.25
            : block.LinkChars == 0 && TextNormalizer.EndsLikeSentence(block.Text);
    }
}
