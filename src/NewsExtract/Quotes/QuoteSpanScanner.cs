using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsExtract.Quotes;

/// <summary>
/// Finds quoted stretches in a paragraph, for every common style of marks — “…”, "…", ‘…’, «…», „…“, ‚…‘, 「…」 — and
/// the mismatched pairs real pages have (“…"). Marks nested inside a quote are part of it.
/// </summary>
internal static class QuoteSpanScanner
{
    /// <summary>Marks that are never apostrophes: they always open or close a quote.</summary>
    public const string DoubleMarks = "\"“”„«»「」『』‹›";

    /// <summary>Whether c is one of <see cref="DoubleMarks"/>.</summary>
    /// <remarks>A pattern rather than a search of the string: the tokenizer asks it of every character it reads.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDoubleMark(char c) => c < 128 ? c == '"' : c is '“' or '”' or '„' or '«' or '»' or '「' or '」' or '『' or '』' or '‹' or '›';

    /// <summary>Marks that only ever open a quote.</summary>
    public static bool IsOpeningOnly(char c) => c is '«' or '„' or '「' or '『' or '‹';

    /// <summary>Every character <see cref="IsOpener"/> may accept: the scan jumps from one to the next.</summary>
    private static readonly SearchValues<char> Openers = SearchValues.Create("«‹“„「『‚\"‘'");

    public static List<QuoteSpan> Scan(string text)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var candidate = text.AsSpan(i).IndexOfAny(Openers);
            if (candidate < 0)
            {
                break;
            }

            i += candidate;
            var c = text[i];
            if (!IsOpener(text, i))
            {
                i++;
                continue;
            }

            var close = FindCloser(text, i + 1, c);
            if (close < 0)
            {
                spans.Add(new QuoteSpan(i + 1, text.Length, Closed: false));
                break;
            }

            spans.Add(new QuoteSpan(i + 1, close, Closed: true));
            i = close + 1;
        }

        return spans;
    }

    /// <summary>Whether the paragraph starts with an opening mark (a quote continued from the paragraph before).</summary>
    public static bool StartsWithOpener(string text) => text.Length > 0 && IsOpener(text, 0);

    private static bool IsOpener(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        switch (c)
        {
            case '«' or '‹':
                // French sets the marks off with (no-break) spaces: « Nous irons ».
                return i + 1 < text.Length;
            case '“' or '„' or '「' or '『' or '‚':
                return !char.IsWhiteSpace(after);
            case '"':
                return (i == 0 || char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or ':' or '/' or '-') && !char.IsWhiteSpace(after);
            case '‘' or '\'':
                // An apostrophe sits between letters or after one: only a mark after a space or bracket opens a quote.
                return (i == 0 || char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '"' or '“' or ':') && (char.IsLetterOrDigit(after) || after is '…' or '.');
            default:
                return false;
        }
    }

    private static int FindCloser(string text, int from, char opener)
    {
        var possessive = -1;
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            if (!ClosesOpener(opener, c))
            {
                continue;
            }

            var before = text[j - 1];
            var after = j + 1 < text.Length ? text[j + 1] : ' ';
            if (opener is '‘' or '\'')
            {
                if (char.IsLetter(after) || char.IsWhiteSpace(before))
                {
                    // "don’t", "Russia’s": an apostrophe, not the closing mark.
                    continue;
                }

                if (before is 's' && char.IsWhiteSpace(after) && j + 2 < text.Length && char.IsLower(text[j + 2]))
                {
                    // "the players’ union": a plural possessive, unless no better closing mark follows.
                    possessive = possessive < 0 ? j : possessive;
                    continue;
                }
            }

            if (opener is '"' && char.IsWhiteSpace(before) && j + 1 < text.Length && !char.IsWhiteSpace(after) && !char.IsPunctuation(after))
            {
                // A straight mark after a space and before a word opens the next quote: this one was never closed.
                return possessive;
            }

            return j;
        }

        return possessive;
    }

    private static bool ClosesOpener(char opener, char c) => opener switch
    {
        '“' => c is '”' or '"' or '“',
        '"' => c is '"' or '”' or '“',
        '„' => c is '“' or '”' or '"',
        '«' => c is '»',
        '‹' => c is '›',
        '「' => c is '」',
        '『' => c is '』',
        '‚' => c is '‘' or '’',
        '‘' => c is '’' or '\'',
        '\'' => c is '\'' or '’',
        _ => false,
    };
}
