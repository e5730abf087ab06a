using System.Buffers;
using System.Runtime.InteropServices;
using NewsExtract.Pipeline;

namespace NewsExtract.Content;

/// <summary>
/// Scores the containers by the paragraphs inside them: each paragraph adds for its length and commas to the
/// containers up to <see cref="ScoreLevels"/> levels above it, on top of a start from the container's tag and its
/// class and id hints. Containers marked as furniture (and everything inside them) can be left out of the scoring.
/// </summary>
internal static class ContainerScoring
{
    /// <summary>Blocks shorter than this add nothing to their containers' scores.</summary>
    public const int MinScoringChars = 25;

    /// <summary>How many levels up a paragraph's score reaches.</summary>
    private const int ScoreLevels = 5;

    private const double HintWeight = 25;

    /// <summary>A class string worn by this many elements marks a repeated template (cards, comments), not the article.</summary>
    private const int MinRepeats = 3;

    /// <summary>The commas of Latin, Chinese and Japanese, and Arabic script.</summary>
    private static readonly SearchValues<char> Commas = SearchValues.Create(",，、،");

    /// <summary>Containers marked as furniture, or inside one; the page's main structural elements never are.</summary>
    public static bool[] Unlikely(List<Container> containers, HintAnswers hints)
    {
        var unlikely = new bool[containers.Count];
        for (var id = 0; id < containers.Count; id++)
        {
            var container = containers[id];
            var up = container.ParentId;
            unlikely[id] = (up >= 0 && unlikely[up])
                || (container.Tag is not ("body" or "article" or "main" or "html") && !container.IsArticleBody
                    && hints.Furniture(id) && !hints.Positive(id));
        }

        return unlikely;
    }

    /// <summary>
    /// Class strings worn by several elements: the cards of a teaser list or the entries of a comment thread. A
    /// content hint on them ("card-article") names a template, not the article.
    /// </summary>
    public static HashSet<string> RepeatedHints(List<Container> containers)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var container in containers)
        {
            if (!string.IsNullOrWhiteSpace(container.Hints) && ++CollectionsMarshal.GetValueRefOrAddDefault(counts, container.Hints, out _) == MinRepeats)
            {
                repeated.Add(container.Hints);
            }
        }

        return repeated;
    }

    /// <summary>Scores every container from the blocks inside it; with <paramref name="unlikely"/>, the blocks of unlikely containers add nothing.</summary>
    /// <remarks>The form controls (the nearest container of each, <see cref="ExtractionContext.FormControlContainers"/>) and the images (<see cref="ExtractionContext.ImageContainers"/>) are summed up the tree as the characters are.</remarks>
    public static ContainerScores Score(List<Container> containers, List<Block> blocks, bool[]? unlikely, HashSet<string> repeated, HintAnswers hints, List<int>? formControls = null, List<int>? images = null)
    {
        var scores = new ContainerScores(containers.Count);
        foreach (var id in formControls ?? [])
        {
            scores.FormControls[id]++;
        }

        foreach (var id in images ?? [])
        {
            scores.Images[id]++;
        }
        foreach (var block in blocks)
        {
            var path = block.ContainerPath;
            if (path.Length == 0)
            {
                continue;
            }

            scores.TextChars[path[^1]] += block.Text.Length;
            scores.LinkChars[path[^1]] += block.LinkChars;

            if (!block.Kept || block.InPageFurniture || block.Text.Length < MinScoringChars
                || block.Kind is BlockKind.Heading or BlockKind.Caption || (unlikely is not null && unlikely[path[^1]]))
            {
                continue;
            }

            var blockScore = 1 + CountCommas(block.Text) + Math.Min(block.Text.Length / 100, 3);
            for (var level = 0; level < ScoreLevels && level < path.Length; level++)
            {
                var id = path[path.Length - 1 - level];
                if (!scores.Scored[id])
                {
                    scores.Scored[id] = true;
                    scores.Score[id] = InitialScore(containers[id], repeated.Contains(containers[id].Hints), hints);
                }

                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores.Score[id] += blockScore / divider;
            }
        }

        // Children come after their parents: adding each container's sums to its parent, last first, sums subtrees.
        for (var id = containers.Count - 1; id >= 0; id--)
        {
            var up = containers[id].ParentId;
            if (up >= 0)
            {
                scores.TextChars[up] += scores.TextChars[id];
                scores.LinkChars[up] += scores.LinkChars[id];
                scores.FormControls[up] += scores.FormControls[id];
                scores.Images[up] += scores.Images[id];
            }
        }

        return scores;
    }

    /// <summary>What the container's class, id and <c>articleBody</c> mark add to its score (negative for furniture names).</summary>
    public static double HintScore(Container container, HintAnswers hints)
    {
        var score = 0.0;
        if (container.IsArticleBody)
        {
            score += HintWeight;
        }

        if (hints.Negative(container.Id))
        {
            score -= HintWeight;
        }

        if (hints.Positive(container.Id))
        {
            score += HintWeight;
        }

        return score;
    }

    private static double InitialScore(Container container, bool isRepeated, HintAnswers hints)
    {
        double score = container.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "form" or "ol" or "ul" or "dl" => -3,
            "th" or "header" or "footer" or "nav" or "aside" => -5,
            _ => 0,
        };
        var hintScore = HintScore(container, hints);
        return score + (isRepeated ? Math.Min(0, hintScore) : hintScore);
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        var rest = text.AsSpan();
        for (var next = rest.IndexOfAny(Commas); next >= 0; next = rest.IndexOfAny(Commas))
        {
            count++;
            rest = rest[(next + 1)..];
        }

        return count;
    }
}
