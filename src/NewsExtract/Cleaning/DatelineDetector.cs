using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Cleaning;

/// <summary>
/// Recognises datelines and stamps: short lines that are mostly a date or a time ("05/10/2018 - Posted by …",
/// "Monday 22 January 2018 at 0:13"), in any language, by their digits rather than their words.
/// </summary>
internal static partial class DatelineDetector
{
    private const int MaxChars = 150;
    private const int MaxWords = 20;

    /// <summary>A stamp may end with a full stop ("Updated 10:45 a.m.") when it is this short.</summary>
    private const int MaxSentenceLikeWords = 8;

    /// <summary>A line with a date written in words ("Veröffentlicht am 5. Mai 2021") is a dateline when it is this short.</summary>
    private const int MaxWordedDateWords = 8;

    /// <param name="text">The line.</param>
    /// <param name="wordedDates">
    /// Whether a short line with a date written in words counts too: in scraped text, where the date line under a
    /// headline is otherwise taken for a headline or a paragraph; a page's markup keeps such lines in its body more
    /// often (blog entries dated in the text).
    /// </param>
    public static bool IsDateline(string text, bool wordedDates = false)
    {
        // Every form below has a number in it; most lines have none.
        if (text.Length > MaxChars || !DateText.HasDigits(text))
        {
            return false;
        }

        var words = TextNormalizer.CountWords(text);
        return words <= MaxWords
            && (!TextNormalizer.EndsLikeSentence(text) || words <= MaxSentenceLikeWords)
            && (NumericDate().IsMatch(text) || (Year().IsMatch(text) && Time().IsMatch(text))
                || (wordedDates && words <= MaxWordedDateWords && DateText.Find(text) is not null));
    }

    [GeneratedRegex(@"\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,2}[:h.]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Time();
}
