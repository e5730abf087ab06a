using System.Collections.Frozen;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>A word of a paragraph, with the punctuation around it noted.</summary>
/// <param name="Word">The word without surrounding punctuation.</param>
/// <param name="Start">Offset of the word in the text.</param>
/// <param name="End">Offset just past the word and any punctuation attached to it.</param>
/// <param name="Trailing">Punctuation attached after the word ("," in "Kabulov,"), or empty.</param>
/// <param name="Leading">Punctuation attached before the word ("“" in "“We"), or empty.</param>
internal sealed record Token(string Word, int Start, int End, string Trailing, string Leading)
{
    private static readonly FrozenSet<string> Abbreviations = PhraseList.Load("abbreviations").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Lower { get; } = Word.ToLowerInvariant();

    public bool IsCapitalized => char.IsUpper(Word[0]);

    /// <summary>Whether a comma, semicolon, colon, dash or sentence end follows the word.</summary>
    public bool EndsClause => Trailing.Length > 0 && Trailing.AsSpan().IndexOfAny(",;:.!?—–") >= 0;

    /// <summary>Whether a full stop, question or exclamation mark follows the word.</summary>
    public bool EndsSentence => Trailing.Length > 0 && Trailing.AsSpan().IndexOfAny(".!?") >= 0;

    /// <summary>Whether a comma follows the word.</summary>
    public bool HasComma => Trailing.Contains(',');

    /// <summary>"Garrow’s", "parents’": a possessor, never a speaker itself.</summary>
    public bool IsPossessive => Word.Length > 2 && (Word.EndsWith("’s", StringComparison.Ordinal) || Word.EndsWith("'s", StringComparison.Ordinal)
        || Trailing.StartsWith('’') || Trailing.StartsWith('\''));

    /// <summary>Whether a quotation mark is attached before the word: the word opens a quoted stretch.</summary>
    public bool OpensQuote => Leading.Length > 0 && Leading.AsSpan().IndexOfAny(QuoteSpanScanner.DoubleMarks) >= 0;

    /// <summary>The word without a possessive ending ("Russia’s" → "Russia").</summary>
    public string Bare => Word.EndsWith("’s", StringComparison.Ordinal) || Word.EndsWith("'s", StringComparison.Ordinal) ? Word[..^2] : Word;

    /// <summary>
    /// Splits text[start..end) into tokens at whitespace and at double quotation marks (which are never part of a
    /// word, unlike apostrophes), so that <c>said:"The</c> gives two words.
    /// </summary>
    public static List<Token> Of(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var chunkStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            // Pieces of the chunk between double marks; the marks go to the piece after (leading) or before (trailing).
            var pieceStart = chunkStart;
            while (pieceStart < i)
            {
                var leadStart = pieceStart;
                while (pieceStart < i && QuoteSpanScanner.IsDoubleMark(text[pieceStart]))
                {
                    pieceStart++;
                }

                var pieceEnd = pieceStart;
                while (pieceEnd < i && !QuoteSpanScanner.IsDoubleMark(text[pieceEnd]))
                {
                    pieceEnd++;
                }

                var marksEnd = pieceEnd;
                while (marksEnd < i && QuoteSpanScanner.IsDoubleMark(text[marksEnd]) && (marksEnd + 1 >= i || !char.IsLetterOrDigit(text[marksEnd + 1])))
                {
                    marksEnd++;
                }

                Add(tokens, text, leadStart, pieceStart, pieceEnd, marksEnd);
                pieceStart = marksEnd;
            }
        }

        return tokens;
    }

    /// <summary>"U.S.", "J.", "Gen.": a full stop that belongs to the word.</summary>
    internal static bool IsAbbreviation(string word)
    {
        var body = word[..^1];
        return body.Contains('.') || (body.Length == 1 && char.IsUpper(body[0])) || Abbreviations.Contains(body);
    }

    private static void Add(List<Token> tokens, string text, int leadStart, int wordStart, int wordEnd, int end)
    {
        var core = text.AsSpan(wordStart, wordEnd - wordStart);
        var lead = 0;
        while (lead < core.Length && !char.IsLetterOrDigit(core[lead]))
        {
            lead++;
        }

        var trail = core.Length;
        while (trail > lead && !char.IsLetterOrDigit(core[trail - 1]) && core[trail - 1] != '.')
        {
            trail--;
        }

        if (trail <= lead)
        {
            // Punctuation alone ("—", "…", "«"): it ends the word before.
            if (tokens.Count > 0 && core.Length > 0 && !QuoteSpanScanner.IsOpeningOnly(core[0]))
            {
                var last = tokens[^1];
                tokens[^1] = last with { Trailing = last.Trailing + text[wordStart..end], End = end };
            }

            return;
        }

        var word = core[lead..trail].ToString();
        var trailing = string.Concat(core[trail..], text.AsSpan(wordEnd, end - wordEnd));
        var leading = string.Concat(text.AsSpan(leadStart, wordStart - leadStart), core[..lead]);

        // A final full stop belongs to the word only when it is an abbreviation ("Gen.", "U.S."), kept for the name.
        if (word.EndsWith('.') && !IsAbbreviation(word))
        {
            trailing = "." + trailing;
            word = word[..^1];
        }

        if (word.Length > 0)
        {
            tokens.Add(new Token(word, wordStart + lead, end, trailing, leading));
        }
    }
}
