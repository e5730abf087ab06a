using NewsExtract.Pipeline;

namespace NewsExtract.Metadata;

/// <summary>
/// The metadata of plain text, which has only its lines: the headline is found by <see cref="TextTitleFinder"/>, the
/// date is a date line right around it. What stands before the headline is the page around the article (navigation,
/// teasers of other articles) and goes, unless it holds running prose, or half as much text as follows the headline
/// and tells of the same things (then the headline may be a subhead, and nothing is thrown away on its word).
/// </summary>
internal sealed class TextTitleStage : IExtractionStage
{
    public static TextTitleStage Default { get; } = new();

    /// <summary>What stands before the headline is dropped when it has less than this share of the text after it (in characters: scripts without spaces count too).</summary>
    private const double MaxProseShareBeforeHeadline = 0.5;

    public void Run(ExtractionContext context)
    {
        var metadata = context.Set(new MetadataBuilder());
        var blocks = context.Blocks;
        var title = TextTitleFinder.Find(blocks);
        if (title < 0)
        {
            return;
        }

        metadata.Title = blocks[title].Text;
        if (TextTitleFinder.BylineUnder(blocks, title) is >= 0 and var byline)
        {
            blocks[byline].Remove(RemovalReason.Metadata, RemovalRules.Byline);
        }

        metadata.Published = DateFinder.FindInText(blocks, metadata.Title);
        if (!HoldsRunningProse(blocks, title)
            && (KeptChars(blocks, 0, title) < KeptChars(blocks, title + 1, blocks.Count) * MaxProseShareBeforeHeadline
                || !WordOverlap.Shares(blocks, 0, title, title)))
        {
            for (var i = 0; i < title; i++)
            {
                blocks[i].Remove(RemovalReason.OutsideContent, RemovalRules.BeforeHeadline);
            }
        }
    }

    /// <summary>
    /// Whether two prose blocks follow each other before the headline (removed lines between them aside): running
    /// text, which teasers (a headline and one paragraph each, which may be cut short: "…") and navigation are not. Then the headline may be a
    /// subhead, and what stands before it may be the article's start.
    /// </summary>
    private static bool HoldsRunningProse(List<Block> blocks, int title)
    {
        var previousWasProse = false;
        for (var i = 0; i < title; i++)
        {
            if (!blocks[i].Kept)
            {
                continue;
            }

            var prose = !TextTitleFinder.IsTitleLike(blocks[i].Text) && TextTitleFinder.IsProse(blocks[i]);
            if (prose && previousWasProse)
            {
                return true;
            }

            previousWasProse = prose && !ProseSections.IsCut(blocks[i].Text);
        }

        return false;
    }

    private static int KeptChars(List<Block> blocks, int start, int end)
    {
        var chars = 0;
        for (var i = start; i < end; i++)
        {
            if (blocks[i].Kept)
            {
                chars += blocks[i].Text.Length;
            }
        }

        return chars;
    }
}
