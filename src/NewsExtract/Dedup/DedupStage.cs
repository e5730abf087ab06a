using FuzzySharp;
using NewsExtract.Metadata;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Dedup;

/// <summary>
/// Removes the blocks that repeat the headline (the title an earlier stage found), then merges duplicated blocks with
/// the <see cref="BlockMerger"/>.
/// </summary>
/// <param name="similarity">How alike two blocks must be to count as copies, 0.5 to 1.</param>
/// <param name="markup">
/// Whether the blocks come from a page's own markup. There, short lines and the cells and items of tables and lists
/// repeat by design (a results table, a recipe plan, the same question in a series of interviews): only prose is
/// merged, under the merger's rules for markup. Scraped text has no such structure to tell by, and its copies are
/// whole pages: every line takes part.
/// </param>
internal sealed class DedupStage(double similarity, bool markup) : IExtractionStage
{
    /// <summary>FuzzySharp ratio (0–100) above which a short block is taken for the headline.</summary>
    private const int HeadlineRatio = 90;

    /// <summary>A block of the page's markup with fewer words is not merged as a copy: short lines repeat by design.</summary>
    private const int MinProseWords = 8;

    private readonly BlockMerger merger = new(similarity, markupRules: markup);

    public void Run(ExtractionContext context)
    {
        var headline = RemoveHeadlineRepeats(context, context.Require<MetadataBuilder>().Title);
        var kept = markup
            ? context.KeptBlocks.Where(IsProse).ToList()
            : context.KeptBlocks.ToList();
        var bodyStart = headline is null ? 0 : kept.FindIndex(b => b.Order > headline.Order);
        foreach (var merge in merger.Merge(kept, Math.Max(0, bodyStart), headline is not null, context.CancellationToken))
        {
            context.Merges.Add(merge);
        }
    }

    private static bool IsProse(Block block) =>
        block.Kind is not (BlockKind.TableCell or BlockKind.ListItem) && TextNormalizer.HasWords(block.Text, MinProseWords);

    /// <summary>
    /// Whether two texts' lengths leave FuzzySharp's ratio room to reach <see cref="HeadlineRatio"/>: the ratio is
    /// (sum of lengths − edit distance) / sum of lengths, rounded, and the distance is at least the difference of the
    /// lengths, so texts of very different lengths cannot reach it and need no quadratic comparison.
    /// </summary>
    private static bool MayReachRatio(string a, string b)
    {
        var sum = a.Length + b.Length;
        return sum > 0 && 100.0 * (sum - Math.Abs(a.Length - b.Length)) / sum >= HeadlineRatio - 0.5;
    }

    /// <summary>Removes the blocks that repeat the headline; returns the first of them, where the headline stood.</summary>
    private static Block? RemoveHeadlineRepeats(ExtractionContext context, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var normalizedTitle = TextNormalizer.ForComparison(title);
        if (normalizedTitle.Length == 0)
        {
            return null;
        }

        Block? headline = null;
        foreach (var block in context.Blocks)
        {
            if (!block.Kept || block.Text.Length > title.Length * 2 + 20)
            {
                continue;
            }

            var normalized = TextNormalizer.ForComparison(block.Text);
            var isExact = normalized == normalizedTitle;
            if (!isExact && !(block.Kind is BlockKind.Heading or BlockKind.Line && MayReachRatio(normalized, normalizedTitle) && Fuzz.Ratio(normalized, normalizedTitle) >= HeadlineRatio))
            {
                continue;
            }

            block.Remove(RemovalReason.Headline, headline is null ? RemovalRules.Headline : RemovalRules.HeadlineRepeated);
            if (headline is null)
            {
                // The page's own headline: where the title was read, not a repeat of it.
                headline = block;
            }
            else
            {
                context.Merges.Add(new Merge(block.Text, null, isExact ? 1.0 : Fuzz.Ratio(normalized, normalizedTitle) / 100.0, MergeRule.Headline) { Dropped = block });
            }
        }

        return headline;
    }
}
