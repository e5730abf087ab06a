using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Chooses the article's blocks on the HTML path: scores the containers by the paragraphs inside them (length,
/// commas, class and id hints, link density), takes the best one with its worthy siblings, then drops the parts of
/// it that are page furniture. Plain text has no containers: every block that survived cleaning is content.
/// </summary>
internal sealed class ContentStage(HintMatcher positive, HintMatcher negative) : IExtractionStage
{
    /// <summary>Blocks shorter than this add nothing to their containers' scores.</summary>
    private const int MinScoringChars = 25;

    /// <summary>How many levels up a paragraph's score reaches.</summary>
    private const int ScoreLevels = 5;

    private const double HintWeight = 25;

    public void Run(ExtractionContext context)
    {
        if (context.IsPlainText || context.Containers.Count == 0)
        {
            return;
        }

        var containers = context.Containers;
        var scores = Score(context);
        var top = ChooseTop(containers, scores);
        if (top < 0)
        {
            // Not one block reads like a paragraph: there is no article here.
            foreach (var block in context.Blocks)
            {
                block.Remove(RemovalReason.OutsideContent);
            }

            return;
        }

        var included = IncludedContainers(containers, scores, top);
        var parent = containers[top].ParentId;
        var topIsFurniture = context.Blocks.Any(b => b.ContainerPath.Contains(top) && !b.InPageFurniture) is false;
        foreach (var block in context.Blocks)
        {
            if (!block.Kept)
            {
                continue;
            }

            var path = block.ContainerPath;
            var anchor = Array.FindLastIndex(path, included.Contains);
            if (anchor < 0)
            {
                if (!(path.Length > 0 && path[^1] == parent && IsWorthyLooseParagraph(block)))
                {
                    block.Remove(RemovalReason.OutsideContent);
                }

                continue;
            }

            if (block.InPageFurniture && !topIsFurniture)
            {
                block.Remove(RemovalReason.OutsideContent);
                continue;
            }

            for (var i = anchor + 1; i < path.Length; i++)
            {
                if (IsFurnitureInside(containers[path[i]], scores, context.Options.Focus))
                {
                    block.Remove(RemovalReason.OutsideContent);
                    break;
                }
            }

            if (!block.Kept)
            {
                continue;
            }

            if (block.Kind == BlockKind.Caption)
            {
                block.Remove(RemovalReason.Metadata);
            }
            else if (IsLinkHeavy(block, context.Options.Focus))
            {
                block.Remove(RemovalReason.LinkHeavy);
            }
        }
    }

    private ContainerScores Score(ExtractionContext context)
    {
        var containers = context.Containers;
        var scores = new ContainerScores(containers.Count);
        foreach (var block in context.Blocks)
        {
            var path = block.ContainerPath;
            for (var i = 0; i < path.Length; i++)
            {
                scores.TextChars[path[i]] += block.Text.Length;
                scores.LinkChars[path[i]] += block.LinkChars;
            }

            if (!block.Kept || block.InPageFurniture || block.Text.Length < MinScoringChars
                || block.Kind is BlockKind.Heading or BlockKind.Caption)
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
                    scores.Score[id] = InitialScore(containers[id]);
                }

                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores.Score[id] += blockScore / divider;
                scores.Paragraphs[id]++;
            }
        }

        return scores;
    }

    private double InitialScore(Container container)
    {
        double score = container.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "form" or "ol" or "ul" or "dl" => -3,
            "th" or "header" or "footer" or "nav" or "aside" => -5,
            _ => 0,
        };
        score += HintScore(container);
        return score;
    }

    private double HintScore(Container container)
    {
        var score = 0.0;
        if (container.IsArticleBody)
        {
            score += HintWeight;
        }

        if (negative.Matches(container.Hints))
        {
            score -= HintWeight;
        }

        if (positive.Matches(container.Hints))
        {
            score += HintWeight;
        }

        return score;
    }

    private static int ChooseTop(List<Container> containers, ContainerScores scores)
    {
        var top = -1;
        var best = double.MinValue;
        for (var id = 0; id < containers.Count; id++)
        {
            if (!scores.Scored[id])
            {
                continue;
            }

            var final = scores.FinalScore(id);
            if (final > best)
            {
                best = final;
                top = id;
            }
        }

        if (top < 0)
        {
            return top;
        }

        // When several strong candidates share an ancestor, the article is split across them: take the ancestor.
        var strong = new List<int>();
        for (var id = 0; id < containers.Count; id++)
        {
            if (id != top && scores.Scored[id] && scores.FinalScore(id) >= best * 0.75 && !IsAncestor(containers, id, top) && !IsAncestor(containers, top, id))
            {
                strong.Add(id);
            }
        }

        if (strong.Count >= 2)
        {
            for (var ancestor = containers[top].ParentId; ancestor >= 0; ancestor = containers[ancestor].ParentId)
            {
                if (strong.Count(s => IsAncestor(containers, ancestor, s)) >= 2)
                {
                    top = ancestor;
                    break;
                }
            }
        }

        // A candidate that is its parent's only content is better seen as the parent.
        while (containers[top].ParentId >= 0)
        {
            var parent = containers[top].ParentId;
            if (scores.TextChars[parent] > scores.TextChars[top] * 1.1 || containers[parent].Tag == "body")
            {
                break;
            }

            top = parent;
        }

        return top;
    }

    private static bool IsAncestor(List<Container> containers, int ancestor, int id)
    {
        for (var c = containers[id].ParentId; c >= 0; c = containers[c].ParentId)
        {
            if (c == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<int> IncludedContainers(List<Container> containers, ContainerScores scores, int top)
    {
        var included = new HashSet<int> { top };
        var parent = containers[top].ParentId;
        if (parent < 0)
        {
            return included;
        }

        var threshold = Math.Max(10, scores.FinalScore(top) * 0.2);
        for (var id = 0; id < containers.Count; id++)
        {
            if (id == top || containers[id].ParentId != parent || !scores.Scored[id])
            {
                continue;
            }

            var bonus = HintScore(containers[id]) > 0 ? scores.FinalScore(top) * 0.2 : 0;
            if (scores.FinalScore(id) + bonus >= threshold)
            {
                included.Add(id);
            }
        }

        return included;
    }

    private static bool IsWorthyLooseParagraph(Block block)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return false;
        }

        return block.Text.Length > 80
            ? block.LinkDensity < 0.25
            : block.LinkChars == 0 && TextNormalizer.EndsLikeSentence(block.Text);
    }

    private bool IsFurnitureInside(Container container, ContainerScores scores, ExtractionFocus focus)
    {
        if (focus == ExtractionFocus.Recall || container.IsArticleBody)
        {
            return container.Tag is "nav" or "aside" or "footer";
        }

        if (container.Tag is "nav" or "aside" or "footer" or "form")
        {
            return container.Tag != "form" || scores.LinkDensity(container.Id) > 0.3;
        }

        return negative.Matches(container.Hints) && !positive.Matches(container.Hints);
    }

    private static bool IsLinkHeavy(Block block, ExtractionFocus focus)
    {
        var limit = focus switch
        {
            ExtractionFocus.Precision => 0.35,
            ExtractionFocus.Recall => 0.9,
            _ => 0.5,
        };
        return block.Text.Length < 300 && block.LinkDensity > limit;
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                count++;
            }
        }

        return count;
    }
}
