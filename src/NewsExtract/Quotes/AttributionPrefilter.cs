using System.Buffers;

namespace NewsExtract.Quotes;

/// <summary>
/// Tells, without tokenising, whether a paragraph may hold a quote or reported speech: a quotation mark or a word
/// that can be a cue. Most paragraphs of an article have neither, and are then read for names only.
/// </summary>
internal static class AttributionPrefilter
{
    private static readonly SearchValues<char> Marks = SearchValues.Create(QuoteSpanScanner.DoubleMarks + "‘‚");

    public static bool MayQuote(string text, Lexicon lexicon)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Marks) >= 0 || OpensSingleQuote(span))
        {
            return true;
        }

        // Each word looked up as it is, without allocating it; cue words are short, so longer words are passed over.
        return lexicon.HasTrigger(span);
    }

    /// <summary>A straight single mark after a space and before a letter: 'We will not …'.</summary>
    private static bool OpensSingleQuote(ReadOnlySpan<char> span)
    {
        var i = span.IndexOf('\'');
        while (i >= 0)
        {
            if ((i == 0 || char.IsWhiteSpace(span[i - 1])) && i + 1 < span.Length && char.IsLetter(span[i + 1]))
            {
                return true;
            }

            var next = span[(i + 1)..].IndexOf('\'');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }
}
