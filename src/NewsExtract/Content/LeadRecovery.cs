using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Brings back the standfirst that stands between the headline and the chosen region: many templates put the lead
/// (the intro, the teaser text of the article itself) in the article's header or in a wrapper of its own, outside the
/// container that scored best. Between the headline and the first line of the region, one or two blocks of running
/// text without links are the article's; a teaser rail there would bring more of them, or links.
/// </summary>
internal static class LeadRecovery
{
    /// <summary>
    /// A lead is longer than a summary line: shorter lines there are kickers, dates, bylines, credits, and the dek, the
    /// one-line summary under the headline that repeats the page's description (cut at about this length for search
    /// results) and that several gold standards leave out of the body. An intro paragraph runs longer.
    /// </summary>
    private const int MinLeadChars = 160;

    /// <summary>More candidates than this between headline and region are something else (teasers, a listing): none is taken.</summary>
    private const int MaxLeads = 2;

    /// <param name="blocks">The page's blocks, the region already chosen.</param>
    /// <param name="headline">The index of the headline block (<see cref="ProseMass.Headline"/>), or -1.</param>
    /// <param name="unlikely">Containers marked as furniture or inside one.</param>
    public static void Restore(List<Block> blocks, int headline, bool[] unlikely)
    {
        if (headline < 0)
        {
            return;
        }

        Span<int> leads = stackalloc int[MaxLeads];
        var count = 0;
        var next = headline + 1;
        for (; next < blocks.Count && !blocks[next].Kept; next++)
        {
            var block = blocks[next];
            if (block.RemovalRule != RemovalRules.OutsideRegion || !IsLead(block, unlikely))
            {
                continue;
            }

            if (count == MaxLeads)
            {
                return;
            }

            leads[count++] = next;
        }

        // Only when the region follows: a headline after the whole region is some other story's.
        if (next == blocks.Count)
        {
            return;
        }

        foreach (var index in leads[..count])
        {
            blocks[index].Restore();
        }
    }

    private static bool IsLead(Block block, bool[] unlikely) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Heading && !block.InPageFurniture && block.LinkChars == 0
        && block.Text.Length >= MinLeadChars && TextNormalizer.EndsLikeSentence(block.Text)
        && block.ContainerPath.Length > 0 && !unlikely[block.ContainerPath[^1]];
}
