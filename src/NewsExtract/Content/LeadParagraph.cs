using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Takes back the article's lead (standfirst, intro, teaser text) when the page set it in an element of its own
/// between the headline and the body, outside the region the scorer chose. Between the headline and the body stand
/// only short lines (byline, date, credits, buttons) and that one paragraph of prose; a page whose region starts after
/// other prose, or with no headline before it, is left alone. Language-independent: the headline's level, length,
/// closing punctuation and link share only.
/// </summary>
internal static class LeadParagraph
{
    /// <summary>A lead is at least this long: shorter lines between headline and body are kickers, dates and labels.</summary>
    private const int MinLeadChars = 80;

    /// <summary>A paragraph longer than this before the body is the story's own text or another's, not a lead.</summary>
    private const int MaxLeadChars = 700;

    /// <summary>A lead links little: a line that is mostly links is a teaser of other stories.</summary>
    private const double MaxLeadLinkDensity = 0.2;

    /// <summary>The headline lies at most this many blocks before the body; further up is the page around the article.</summary>
    private const int MaxBlocksBack = 15;

    public static void Restore(List<Block> blocks, ExtractionFocus focus)
    {
        if (focus == ExtractionFocus.Precision)
        {
            return;
        }

        var start = FirstKeptText(blocks);
        if (start <= 0)
        {
            return;
        }

        Block? lead = null;
        for (var i = start - 1; i >= 0 && i >= start - MaxBlocksBack; i--)
        {
            var block = blocks[i];
            if (block.HeadingLevel == 1)
            {
                lead?.Restore();
                return;
            }

            if (block.Kept || block.Text.Length < MinLeadChars)
            {
                continue;
            }

            // One lead at most: a run of prose paragraphs before the body is content of its own, left alone.
            if (!IsLead(block) || lead is not null)
            {
                return;
            }

            lead = block;
        }
    }

    /// <summary>The first kept block that is no heading: where the body's text starts.</summary>
    private static int FirstKeptText(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kept && blocks[i].Kind != BlockKind.Heading)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLead(Block block) =>
        block.RemovalRule == RemovalRules.OutsideRegion && !block.InPageFurniture && block.Kind == BlockKind.Paragraph
        && block.Text.Length <= MaxLeadChars && block.LinkDensity <= MaxLeadLinkDensity && TextNormalizer.EndsLikeSentence(block.Text);
}
