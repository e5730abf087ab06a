using System.Globalization;
using System.Text;

namespace NewsExtract.Text;

/// <summary>Normalises text for comparison: case, whitespace, punctuation, quotation-mark styles and digits folded away.</summary>
internal static class TextNormalizer
{
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

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                var value = (int)char.GetNumericValue(c);
                builder.Append(value is >= 0 and <= 9 ? (char)('0' + value) : c);
            }
            else if (c is '\'' or '’' or '\u00AD' or '\u200B')
            {
                // Apostrophes and soft hyphens sit inside words ("don't", "Russia’s"): drop them without splitting the word.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Collapses runs of whitespace to one space (keeping single newlines) and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingNewline = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                pendingNewline = true;
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = true;
            }
            else if (char.IsControl(c) || c is '\uFFFD' or '\uFEFF')
            {
                // Control characters and replacement marks are debris of binary or mis-decoded input, not text.
            }
            else
            {
                if (builder.Length > 0)
                {
                    if (pendingNewline)
                    {
                        builder.Append('\n');
                    }
                    else if (pendingSpace)
                    {
                        builder.Append(' ');
                    }
                }

                pendingSpace = pendingNewline = false;
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

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
