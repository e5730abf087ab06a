using NewsExtract.Cleaning;
using NewsExtract.Content;
using NewsExtract.Pipeline;

namespace NewsExtract.Explanations;

/// <summary>
/// Turns the state an explained extraction ended in into the public <see cref="ExtractionExplanation"/>: each
/// block's fate and rule, the merges placed on their blocks, the region's score beside its runners-up.
/// </summary>
internal static class ExplanationBuilder
{
    /// <summary>How many containers besides the chosen one are listed as runners-up.</summary>
    private const int RunnersUp = 6;

    /// <summary>How many enclosing elements describe a block's place.</summary>
    private const int ContainerLevels = 3;

    /// <summary>How many class words describe an element.</summary>
    private const int HintWords = 3;

    public static ExtractionExplanation Build(ExtractionContext context, Article article, PageFormat format, BoilerplateClassifier boilerplate)
    {
        var merges = new Dictionary<Block, Merge>(ReferenceEqualityComparer.Instance);
        foreach (var merge in context.Merges)
        {
            if (merge.Dropped is { } dropped)
            {
                merges[dropped] = merge;
            }
        }

        var blocks = new List<ExplainedBlock>(context.Blocks.Count);
        var paragraph = 0;
        foreach (var block in context.Blocks)
        {
            var merge = merges.GetValueOrDefault(block);
            blocks.Add(new ExplainedBlock
            {
                Order = block.Order,
                Text = block.Text,
                Tag = block.Tag,
                Fate = FateOf(block),
                Rule = block.Kept ? null : (merge is null ? RuleOf(block, boilerplate) : merge.Rule.ToString().ToLowerInvariant()),
                ParagraphIndex = block.Kept ? paragraph++ : -1,
                MergedInto = merge?.Kept?.Order,
                Similarity = merge is null ? null : Math.Round(merge.Similarity, 3),
                Container = PathOf(context.Containers, block.ContainerPath),
            });
        }

        return new ExtractionExplanation
        {
            Article = article,
            Format = format,
            Blocks = blocks,
            Regions = context.Find<RegionChoiceRecorder>()?.Choice is { } region ? Candidates(context.Containers, region) : [],
        };
    }

    private static BlockFate FateOf(Block block) => block.RemovedFor switch
    {
        null => BlockFate.Kept,
        RemovalReason.Boilerplate => BlockFate.Boilerplate,
        RemovalReason.Metadata => BlockFate.Metadata,
        RemovalReason.Headline => BlockFate.Headline,
        RemovalReason.Duplicate => BlockFate.Duplicate,
        RemovalReason.LinkHeavy => BlockFate.LinkHeavy,
        _ => block.RemovalRule is RemovalRules.OutsideRegion or RemovalRules.ReplacedByFallbackBody ? BlockFate.OutsideRegion : BlockFate.Furniture,
    };

    /// <summary>The rule in words; a boilerplate phrase is looked up again to name the list entry that matched.</summary>
    private static string? RuleOf(Block block, BoilerplateClassifier boilerplate) =>
        block.RemovalRule == RemovalRules.BoilerplatePhrase
            ? boilerplate.Describe(block.Text) ?? block.RemovalRule
            : block.RemovalRule ?? block.RemovedFor?.ToString();

    /// <summary>The chosen region, then the best-scoring other containers.</summary>
    private static List<RegionCandidate> Candidates(List<Container> containers, RegionChoiceResult region)
    {
        var scores = region.Scores;
        var others = Enumerable.Range(0, containers.Count)
            .Where(id => id != region.Top && scores.Scored[id])
            .OrderByDescending(scores.FinalScore)
            .Take(RunnersUp);
        return [.. new[] { region.Top }.Concat(others).Select(id => new RegionCandidate(
            PathOf(containers, Ancestry(containers, id)),
            Math.Round(scores.FinalScore(id), 1),
            scores.TextChars[id],
            Math.Round(scores.LinkDensity(id), 3),
            id == region.Top,
            region.Included.Contains(id)))];
    }

    /// <summary>The container and its nearest ancestors, outermost first.</summary>
    private static int[] Ancestry(List<Container> containers, int id)
    {
        var path = new List<int>();
        for (var c = id; c >= 0 && path.Count < ContainerLevels; c = containers[c].ParentId)
        {
            path.Insert(0, c);
        }

        return [.. path];
    }

    /// <summary>The nearest containers of a path as <c>tag#id.class &gt; tag.class</c>.</summary>
    private static string PathOf(List<Container> containers, int[] path) =>
        string.Join(" > ", path.Skip(Math.Max(0, path.Length - ContainerLevels)).Where(id => id >= 0 && id < containers.Count).Select(id => Describe(containers[id])));

    private static string Describe(Container container)
    {
        var id = container.IdWords.Length > 0 ? "#" + string.Join('-', container.IdWords) : string.Empty;
        var hints = container.Hints.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(HintWords).Select(h => "." + h);
        return container.Tag + id + string.Concat(hints);
    }
}
