using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Trims the end of a body: after its last line of prose, headings and short lines that are no sentence ("Related
/// articles", "Read next:", "Print page", "Rate this article") introduce or label what was cut after them (the
/// link list, the teaser rail, the comment form) and are furniture themselves. Language-independent: kind, length
/// and the closing punctuation only.
/// </summary>
internal static class BodyTail
{
    /// <summary>A line shorter than this that does not end like a sentence is a label when nothing but labels follows it.</summary>
    private const int MaxLabelChars = 100;

    /// <summary>A line ending in a colon is a label ("Read more:") up to this many words; a longer one introduces an embed.</summary>
    private const int MaxColonLabelWords = 4;

    /// <summary>More trailing labels than this are a list of their own (facts, dates, results), not labels.</summary>
    private const int MaxTrailingLabels = 3;

    public static void Trim(List<Block> blocks, ExtractionFocus focus)
    {
        if (focus == ExtractionFocus.Recall)
        {
            return;
        }

        var labels = new List<Block>();
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (!block.Kept)
            {
                continue;
            }

            if (!IsLabel(block))
            {
                break;
            }

            labels.Add(block);
            if (labels.Count > MaxTrailingLabels)
            {
                return;
            }
        }

        foreach (var label in labels)
        {
            label.Remove(RemovalReason.OutsideContent, RemovalRules.TrailingLabel);
        }

        RemoveOrphanedIntroductions(blocks);
    }

    /// <summary>
    /// A label that introduces links ("Read also:", "Seen this?", a heading over related stories) goes when what
    /// follows it right away went as link text: it would otherwise stand alone in the body, introducing nothing.
    /// </summary>
    private static void RemoveOrphanedIntroductions(List<Block> blocks)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kept && blocks[i + 1].RemovedFor == RemovalReason.LinkHeavy && IsIntroduction(block))
            {
                block.Remove(RemovalReason.OutsideContent, RemovalRules.OrphanedIntroduction);
            }
        }
    }

    /// <summary>A label, or a short line that ends in a colon or a question of a few words: what introduces a list.</summary>
    private static bool IsIntroduction(Block block)
    {
        if (IsLabel(block))
        {
            return true;
        }

        var text = block.Text.AsSpan().TrimEnd();
        return text.Length < MaxLabelChars && block.Kind is not (BlockKind.ListItem or BlockKind.Preformatted or BlockKind.TableCell)
            && (text.EndsWith(':') || (text.EndsWith('?') && !TextNormalizer.HasWords(text, MaxColonLabelWords + 1)));
    }

    /// <summary>
    /// A heading, or a short line with no sentence in it: no full stop inside or at its end, or a colon after a few
    /// words that announces what was cut. List items and table cells are content's own structure.
    /// </summary>
    private static bool IsLabel(Block block)
    {
        if (block.Kind == BlockKind.Heading)
        {
            return true;
        }

        var text = block.Text.AsSpan().TrimEnd();
        if (text.Length >= MaxLabelChars || block.Kind is BlockKind.ListItem or BlockKind.Preformatted or BlockKind.TableCell)
        {
            return false;
        }

        if (text.EndsWith(':'))
        {
            return !TextNormalizer.HasWords(text, MaxColonLabelWords + 1);
        }

        return !TextNormalizer.EndsLikeSentence(text) && text.IndexOfAny(SentenceStops) < 0;
    }

    /// <summary>Marks that end a sentence inside a line (followed by more text), in the scripts that mark them.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create("。！？");
}
