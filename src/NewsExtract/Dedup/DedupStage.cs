using FuzzySharp;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Dedup;

/// <summary>Removes the headline where the body repeats it, then merges duplicated blocks with the <see cref="BlockMerger"/>.</summary>
internal sealed class DedupStage : IExtractionStage
{
    /// <summary>FuzzySharp ratio (0–100) above which a short block is taken for the headline.</summary>
    private const int HeadlineRatio = 90;

    public void Run(ExtractionContext context)
    {
        if (!context.Options.MergeDuplicates)
        {
            return;
        }

        RemoveHeadlineRepeats(context);
        var kept = context.KeptBlocks.ToList();
        var merger = new BlockMerger(context.Options.DuplicateSimilarity);
        foreach (var merge in merger.Merge(kept))
        {
            context.Merges.Add(merge);
        }
    }

    private static void RemoveHeadlineRepeats(ExtractionContext context)
    {
        var title = context.Metadata.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            return;
        }

        var normalizedTitle = TextNormalizer.ForComparison(title);
        if (normalizedTitle.Length == 0)
        {
            return;
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
            if (!isExact && !(block.Kind is BlockKind.Heading or BlockKind.Line && Fuzz.Ratio(normalized, normalizedTitle) >= HeadlineRatio))
            {
                continue;
            }

            block.Remove(RemovalReason.Headline);
            if (headline is null)
            {
                // The page's own headline: where the title was read, not a repeat of it.
                headline = block;
            }
            else
            {
                context.Merges.Add(new Merge(block.Text, null, isExact ? 1.0 : Fuzz.Ratio(normalized, normalizedTitle) / 100.0, "headline"));
            }
        }
    }
}
