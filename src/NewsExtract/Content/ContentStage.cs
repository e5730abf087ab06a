using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Chooses the article's blocks on the HTML path: scores the containers by the paragraphs inside them (length,
/// commas, class and id hints, link density), takes the best one with its worthy siblings, then drops the parts of
/// it that are page furniture. Plain text has no containers: every block that survived cleaning is content.
/// </summary>
internal sealed class ContentStage(HintMatcher positive, HintMatcher negative, HintMatcher furniture, HintMatcher keep) : IExtractionStage
{
    /// <summary>Blocks shorter than this add nothing to their containers' scores.</summary>
    private const int MinScoringChars = 25;

    /// <summary>How many levels up a paragraph's score reaches.</summary>
    private const int ScoreLevels = 5;

    private const double HintWeight = 25;

    /// <summary>A list item made of a link is dropped only from a list that is nearly all links (related stories, navigation).</summary>
    private const double LinkListDensity = 0.8;

    /// <summary>With the precision focus, a line shorter than this that is no sentence is left out.</summary>
    private const int DoubtfulLineChars = 80;

    /// <summary>With the precision focus, a block shorter than this carrying an address or a handle is left out.</summary>
    private const int DoubtfulNoteChars = 400;

    /// <summary>How far above the article's container a second part of it is looked for.</summary>
    private const int SplitSearchLevels = 6;

    /// <summary>A second part of a split article holds at least this much prose.</summary>
    private const int MinSplitPartChars = 100;

    /// <summary>A region this short makes the choice doubtful: the page is scored again with its furniture-marked parts.</summary>
    private const int ShortRegionChars = 500;

    /// <summary>A class string worn by this many elements marks a repeated template (cards, comments), not the article.</summary>
    private const int MinRepeats = 3;


    public void Run(ExtractionContext context)
    {
        if (context.IsPlainText || context.Containers.Count == 0)
        {
            return;
        }

        var containers = context.Containers;
        var repeated = RepeatedHints(containers);
        var hints = new HintAnswers(containers, positive, negative, furniture, keep);

        // Comment threads, sidebars and the like score nothing; if that leaves no candidate, score everything.
        var unlikely = Unlikely(containers, hints);
        var scores = Score(context, unlikely, repeated, hints);
        var top = ChooseTop(containers, scores);
        if (top < 0 || scores.TextChars[top] < ShortRegionChars)
        {
            var allScores = Score(context, null, repeated, hints);
            var allTop = ChooseTop(containers, allScores);
            if (allTop >= 0 && (top < 0 || allScores.TextChars[allTop] > scores.TextChars[top] * 2))
            {
                (scores, top) = (allScores, allTop);
            }
        }

        if (top < 0)
        {
            // Not one block reads like a paragraph: a very short page, whose text is all there is.
            foreach (var block in context.Blocks)
            {
                if (block.InPageFurniture || block.LinkDensity > 0.5)
                {
                    block.Remove(RemovalReason.OutsideContent);
                }
            }

            return;
        }

        var included = IncludedContainers(containers, scores, top, hints);
        AddSplitParts(context, containers, scores, unlikely, top, included);
        var parent = containers[top].ParentId;

        // Containers come in document order, parents before children: one pass decides for each whether it lies in
        // the chosen region and whether some element between it and the region is page furniture.
        var inRegion = new bool[containers.Count];
        var cutOff = new bool[containers.Count];
        var focus = context.Options.Focus;
        for (var id = 0; id < containers.Count; id++)
        {
            var up = containers[id].ParentId;
            if (included.Contains(id))
            {
                inRegion[id] = true;
            }
            else if (up >= 0 && inRegion[up])
            {
                inRegion[id] = true;
                cutOff[id] = cutOff[up] || IsFurnitureInside(containers[id], scores, focus, hints);
            }
        }

        var regionIsFurniture = true;
        foreach (var block in context.Blocks)
        {
            if (block.ContainerPath.Length > 0 && inRegion[block.ContainerPath[^1]] && !block.InPageFurniture)
            {
                regionIsFurniture = false;
                break;
            }
        }

        foreach (var block in context.Blocks)
        {
            if (!block.Kept)
            {
                continue;
            }

            var nearest = block.ContainerPath.Length > 0 ? block.ContainerPath[^1] : -1;
            if (nearest < 0 || !inRegion[nearest])
            {
                if (!(nearest == parent && nearest >= 0 && IsWorthyLooseParagraph(block)))
                {
                    block.Remove(RemovalReason.OutsideContent);
                }

                continue;
            }

            if (cutOff[nearest] || (block.InPageFurniture && !regionIsFurniture))
            {
                block.Remove(RemovalReason.OutsideContent);
            }
            else if (block.Kind == BlockKind.Caption && focus != ExtractionFocus.Recall)
            {
                block.Remove(RemovalReason.Metadata);
            }
            else if (IsLinkHeavy(block, focus) && (block.Kind != BlockKind.ListItem || scores.LinkDensity(nearest) > LinkListDensity))
            {
                block.Remove(RemovalReason.LinkHeavy);
            }
            else if (focus == ExtractionFocus.Precision && IsDoubtful(block))
            {
                block.Remove(RemovalReason.OutsideContent);
            }
        }
    }

    /// <summary>
    /// An article interrupted by a figure or an embed often continues in a second wrapper of the same template, a
    /// cousin of the first rather than a sibling. Wrappers with exactly the class of the one holding most of the
    /// article's prose, near it in the tree, are parts of the article too.
    /// </summary>
    private void AddSplitParts(ExtractionContext context, List<Container> containers, ContainerScores scores, bool[] unlikely, int top, HashSet<int> included)
    {
        var proseByContainer = new Dictionary<int, int>();
        foreach (var block in context.Blocks)
        {
            if (block.Kept && block.ContainerPath.Length > 0 && block.Kind == BlockKind.Paragraph && block.Text.Length >= MinScoringChars)
            {
                var nearest = block.ContainerPath[^1];
                proseByContainer[nearest] = proseByContainer.GetValueOrDefault(nearest) + block.Text.Length;
            }
        }

        var template = proseByContainer
            .Where(pair => IsWithin(containers, pair.Key, top) && !string.IsNullOrWhiteSpace(containers[pair.Key].Hints))
            .OrderByDescending(pair => pair.Value)
            .Select(pair => containers[pair.Key].Hints)
            .FirstOrDefault();
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
            if (containers[id].Hints == template && !IsWithin(containers, id, top) && IsWithin(containers, id, scope)
                && !unlikely[id] && prose >= MinSplitPartChars && scores.LinkDensity(id) < 0.3)
            {
                included.Add(id);
            }
        }
    }

    /// <summary>Whether <paramref name="id"/> is <paramref name="ancestor"/> or inside it.</summary>
    private static bool IsWithin(List<Container> containers, int id, int ancestor) => id == ancestor || IsAncestor(containers, ancestor, id);

    /// <summary>Containers marked as furniture, or inside one; the page's main structural elements never are.</summary>
    private static bool[] Unlikely(List<Container> containers, HintAnswers hints)
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
    private static HashSet<string> RepeatedHints(List<Container> containers)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var container in containers)
        {
            if (!string.IsNullOrWhiteSpace(container.Hints))
            {
                counts[container.Hints] = counts.GetValueOrDefault(container.Hints) + 1;
            }
        }

        return counts.Where(pair => pair.Value >= MinRepeats).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static ContainerScores Score(ExtractionContext context, bool[]? unlikely, HashSet<string> repeated, HintAnswers hints)
    {
        var containers = context.Containers;
        var scores = new ContainerScores(containers.Count);
        foreach (var block in context.Blocks)
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
            }
        }

        return scores;
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

    private static double HintScore(Container container, HintAnswers hints)
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

    private static int ChooseTop(List<Container> containers, ContainerScores scores)
    {
        var top = -1;
        var best = double.MinValue;
        for (var id = 0; id < containers.Count; id++)
        {
            if (scores.Scored[id] && scores.FinalScore(id) > best)
            {
                best = scores.FinalScore(id);
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

        // An ancestor scoring nearly as well while holding much more text is the article; the candidate only its lead.
        var topChars = scores.TextChars[top];
        for (var ancestor = containers[top].ParentId; ancestor >= 0; ancestor = containers[ancestor].ParentId)
        {
            if (scores.Scored[ancestor] && scores.FinalScore(ancestor) >= best * 0.75 && scores.TextChars[ancestor] >= topChars * 1.5)
            {
                top = ancestor;
            }
        }

        // A candidate that is nearly all of its parent's text is better seen as the parent (headline, images, lead).
        var chars = scores.TextChars[top];
        while (containers[top].ParentId >= 0)
        {
            var parent = containers[top].ParentId;
            if (scores.TextChars[parent] > chars * 1.1 || containers[parent].Tag == "body")
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

    private static HashSet<int> IncludedContainers(List<Container> containers, ContainerScores scores, int top, HintAnswers hints)
    {
        var included = new HashSet<int> { top };
        var parent = containers[top].ParentId;
        if (parent < 0)
        {
            return included;
        }

        var threshold = Math.Max(10, scores.FinalScore(top) * 0.2);
        for (var id = top + 1; id < containers.Count; id++)
        {
            if (containers[id].ParentId != parent || !scores.Scored[id])
            {
                continue;
            }

            var bonus = HintScore(containers[id], hints) > 0 ? scores.FinalScore(top) * 0.2 : 0;
            if (scores.FinalScore(id) + bonus >= threshold)
            {
                included.Add(id);
            }
        }

        for (var id = parent + 1; id < top; id++)
        {
            if (containers[id].ParentId == parent && scores.Scored[id] && scores.FinalScore(id) + (HintScore(containers[id], hints) > 0 ? scores.FinalScore(top) * 0.2 : 0) >= threshold)
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

    private static bool IsFurnitureInside(Container container, ContainerScores scores, ExtractionFocus focus, HintAnswers hints)
    {
        if (focus == ExtractionFocus.Recall || container.IsArticleBody)
        {
            return container.Tag is "nav" or "aside" or "footer";
        }

        if (container.Tag is "nav" or "aside" or "footer")
        {
            return true;
        }

        if (container.Tag == "form")
        {
            return scores.LinkDensity(container.Id) > 0.3;
        }

        return hints.Furniture(container.Id) && !hints.Positive(container.Id) && !hints.Keep(container.Id);
    }

    /// <summary>
    /// What the precision focus leaves out besides: short lines that are not sentences (labels, credits, subheads)
    /// and short blocks carrying an address or a handle (author notes, promotions).
    /// </summary>
    private static bool IsDoubtful(Block block)
    {
        if (block.Kind is BlockKind.Preformatted or BlockKind.TableCell)
        {
            return false;
        }

        var text = block.Text;
        if (text.Length < DoubtfulLineChars && !TextNormalizer.EndsLikeSentence(text))
        {
            return true;
        }

        return text.Length < DoubtfulNoteChars
            && (text.Contains('@') || text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase));
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

    /// <summary>
    /// Each container's answer from each hint list, looked up when first asked: the stage asks about the same
    /// containers several times (unlikely, scored, scored again, siblings, furniture inside the region).
    /// </summary>
    private sealed class HintAnswers(List<Container> containers, HintMatcher positive, HintMatcher negative, HintMatcher furniture, HintMatcher keep)
    {
        private readonly sbyte[] positiveAnswers = new sbyte[containers.Count];
        private readonly sbyte[] negativeAnswers = new sbyte[containers.Count];
        private readonly sbyte[] furnitureAnswers = new sbyte[containers.Count];
        private readonly sbyte[] keepAnswers = new sbyte[containers.Count];

        public bool Positive(int id) => Answer(positiveAnswers, positive, id);

        public bool Negative(int id) => Answer(negativeAnswers, negative, id);

        public bool Furniture(int id) => Answer(furnitureAnswers, furniture, id);

        public bool Keep(int id) => Answer(keepAnswers, keep, id);

        private bool Answer(sbyte[] answers, HintMatcher matcher, int id)
        {
            if (answers[id] == 0)
            {
                answers[id] = matcher.Matches(containers[id]) ? (sbyte)1 : (sbyte)-1;
            }

            return answers[id] > 0;
        }
    }
}
