using System.Collections.Frozen;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>A word of a sentence, with the punctuation around it noted.</summary>
/// <param name="Word">The word without surrounding punctuation.</param>
/// <param name="Start">Offset of the word in the text.</param>
/// <param name="End">Offset just past the word and any punctuation attached to it.</param>
/// <param name="Trailing">Punctuation attached after the word ("," in "Kabulov,"), or empty.</param>
internal sealed record Token(string Word, int Start, int End, string Trailing)
{
    public string Lower { get; } = Word.ToLowerInvariant();

    public bool IsCapitalized => Word.Length > 0 && char.IsUpper(Word[0]);

    /// <summary>Whether a comma, semicolon, colon or sentence end follows the word.</summary>
    public bool EndsClause => Trailing.IndexOfAny([',', ';', ':', '.', '!', '?', '—', '–']) >= 0;

    /// <summary>Splits text[start..end) into tokens at whitespace.</summary>
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

            var wordStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == wordStart)
            {
                continue;
            }

            var core = text.AsSpan(wordStart, i - wordStart);
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

            var word = core[lead..trail].ToString();
            var trailing = core[trail..].ToString();

            // A final full stop belongs to the word only when it is an abbreviation ("Gen.", "U.S."), kept for the name.
            if (word.EndsWith('.') && !IsAbbreviation(word))
            {
                trailing = "." + trailing;
                word = word[..^1];
            }

            if (word.Length > 0)
            {
                tokens.Add(new Token(word, wordStart + lead, i, trailing));
            }
        }

        return tokens;
    }

    private static readonly FrozenSet<string> Abbreviations = PhraseList.Load("abbreviations").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"U.S.", "J.", "Gen.": a full stop that belongs to the word.</summary>
    internal static bool IsAbbreviation(string word)
    {
        var body = word[..^1];
        return body.Contains('.') || (body.Length == 1 && char.IsUpper(body[0])) || Abbreviations.Contains(body);
    }
}
