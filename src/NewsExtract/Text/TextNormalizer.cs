using System.Buffers;
using System.Globalization;

namespace NewsExtract.Text;

/// <summary>Normalises text for comparison: case, whitespace, punctuation, quotation-mark styles and digits folded away.</summary>
internal static class TextNormalizer
{
    /// <summary>Text up to this long is normalised in a buffer on the stack (1 KB); longer text in a pooled one.</summary>
    private const int MaxStackChars = 512;

    /// <summary>
    /// Lower-cased letters and digits (every script's digits as ASCII digits), words separated by one space; punctuation, quotation
    /// marks and symbols dropped.
    /// </summary>
    public static string ForComparison(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        // The result is never longer than the input (a space is only written for a character that wrote nothing),
        // so one buffer of the input's length holds it: on the stack for block-sized text, pooled for longer.
        char[]? rented = null;
        var buffer = text.Length <= MaxStackChars ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = ForComparison(text, buffer);
        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// <see cref="ForComparison(ReadOnlySpan{char})"/> into <paramref name="destination"/>, at least as long as the
    /// text and not overlapping it; returns the length written. Callers that only look the result up need no string.
    /// </summary>
    public static int ForComparison(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        var otherLetters = false;
        foreach (var c in text)
        {
            char folded;
            if (c < '\u0080')
            {
                // ASCII, nearly all of the text on most pages: letters and digits without the Unicode tables.
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    folded = (char)(c | 0x20);
                }
                else if ((uint)(c - '0') <= 9)
                {
                    folded = c;
                }
                else
                {
                    // An apostrophe sits inside a word ("don't"): dropped without splitting it.
                    pendingSpace |= c != '\'';
                    continue;
                }
            }
            else if (char.IsLetter(c))
            {
                // Latin, Greek, Cyrillic, Hebrew, Arabic: from a table. Other scripts' letters are lower-cased below,
                // all at once: one call into the casing tables per text, not one per letter.
                if (c < LowerCaseTableSize)
                {
                    folded = LowerCase.Table[c];
                }
                else
                {
                    folded = c;
                    otherLetters = true;
                }
            }
            else if (char.IsDigit(c))
            {
                var value = (int)char.GetNumericValue(c);
                folded = value is >= 0 and <= 9 ? (char)('0' + value) : c;
            }
            else
            {
                // Apostrophes and soft hyphens sit inside words ("Russia’s"): drop them without splitting the word.
                pendingSpace |= c is not ('’' or '\u00AD' or '\u200B');
                continue;
            }

            if (pendingSpace && length > 0)
            {
                destination[length++] = ' ';
            }

            pendingSpace = false;
            destination[length++] = folded;
        }

        if (otherLetters)
        {
            LowerInvariantInPlace(destination[..length]);
        }

        return length;
    }

    /// <summary>The characters below this have their invariant lower case in <see cref="LowerCase.Table"/>.</summary>
    private const int LowerCaseTableSize = 0x800;

    /// <summary>
    /// Invariant lower case of U+0000 to U+07FF, taken from the runtime's own casing once, when a text first needs
    /// it: a lookup instead of a call into ICU for every accented letter.
    /// </summary>
    private static class LowerCase
    {
        public static readonly char[] Table = Build();

        private static char[] Build()
        {
            // No surrogates in this range: each character is cased on its own, as char.ToLowerInvariant cases it.
            var source = new char[LowerCaseTableSize];
            for (var i = 0; i < source.Length; i++)
            {
                source[i] = (char)i;
            }

            var table = new char[LowerCaseTableSize];
            source.AsSpan().ToLowerInvariant(table);
            return table;
        }
    }

    /// <summary>
    /// The text lower-cased as <see cref="char.ToLowerInvariant(char)"/> would lower-case each character: the text
    /// holds letters of the Basic Multilingual Plane only (surrogates are not letters), which invariant casing maps
    /// one by one, so casing the whole span gives the same characters.
    /// </summary>
    private static void LowerInvariantInPlace(Span<char> text)
    {
        // ToLowerInvariant does not write over its own input: the text goes through a copy.
        char[]? rented = null;
        var copy = text.Length <= MaxStackChars ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        text.CopyTo(copy);
        copy[..text.Length].ToLowerInvariant(text);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Collapses runs of whitespace to one space (keeping single newlines) and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        char[]? rented = null;
        var buffer = text.Length <= MaxStackChars ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = CollapseWhitespace(text, buffer);

        // Text that is already collapsed, as most is, comes back as it was, without a copy. (A lone tab becomes a
        // space at the same length: the characters are compared, not only the lengths.)
        var result = length == text.Length && buffer[..length].SequenceEqual(text) ? text : new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// <see cref="CollapseWhitespace(string)"/> into <paramref name="destination"/>, which may be the memory of
    /// <paramref name="text"/> itself (each character is written at or before the position it was read from);
    /// returns the length written.
    /// </summary>
    public static int CollapseWhitespace(ReadOnlySpan<char> text, Span<char> destination) =>
        default(WhitespaceCollapser).Write(text, destination, 0);

    /// <summary>Counts words: runs of letters or digits.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>Whether the text has at least <paramref name="count"/> words (see <see cref="CountWords"/>), read only as far as needed.</summary>
    public static bool HasWords(ReadOnlySpan<char> text, int count)
    {
        var found = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord && ++found >= count)
            {
                return true;
            }

            inWord = isWordChar;
        }

        return found >= count;
    }

    /// <summary>Whether the text ends like a sentence: terminal punctuation, possibly followed by a closing quotation mark or bracket.</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        while (!text.IsEmpty && IsClosingMark(text[^1]))
        {
            text = text[..^1];
        }

        return !text.IsEmpty && text[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '。' or '！' or '？';
    }

    private static bool IsClosingMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.ClosePunctuation
        || c is '"' or '\'' or '»' or '«' or '“' or '”';
}
