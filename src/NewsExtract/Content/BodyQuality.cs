using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// The one score the body fallback compares its candidates by, whatever path produced them: how much running text a
/// body holds. Each distinct paragraph adds its characters outside links, in full when it ends like a sentence and
/// by half when it does not (a subhead, a label, a teaser's headline); lines too short to be prose add nothing.
/// Language-independent: length, links and punctuation only.
/// </summary>
internal static class BodyQuality
{
    /// <summary>A paragraph shorter than this is a label, a button or a date, not prose.</summary>
    private const int MinParagraphChars = ProseMass.MinProseChars;

    /// <summary>What a paragraph that does not end like a sentence counts for, per character.</summary>
    private const double NonSentenceWeight = 0.5;

    /// <summary>The quality of a body made of the given blocks.</summary>
    public static double Of(IEnumerable<Block> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var quality = 0.0;
        foreach (var block in blocks)
        {
            if (seen.Add(block.Text))
            {
                quality += Of(block.Text, block.LinkChars);
            }
        }

        return quality;
    }

    /// <summary>The quality of a body made of the given paragraphs, which carry no links (structured data, script state).</summary>
    public static double Of(IEnumerable<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var quality = 0.0;
        foreach (var paragraph in paragraphs)
        {
            if (seen.Add(paragraph))
            {
                quality += Of(paragraph, 0);
            }
        }

        return quality;
    }

    /// <summary>What one block adds to the quality of a body it is in.</summary>
    public static double Of(Block block) => Of(block.Text, block.LinkChars);

    private static double Of(string text, int linkChars)
    {
        if (text.Length < MinParagraphChars)
        {
            return 0;
        }

        var ownChars = Math.Max(0, text.Length - linkChars);
        return TextNormalizer.EndsLikeSentence(text) ? ownChars : ownChars * NonSentenceWeight;
    }
}
