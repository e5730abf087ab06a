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

    public static bool IsDateline(string text) =>
        text.Length <= MaxChars && TextNormalizer.CountWords(text) <= MaxWords
        && (!TextNormalizer.EndsLikeSentence(text) || TextNormalizer.CountWords(text) <= MaxSentenceLikeWords)
        && (NumericDate().IsMatch(text) || (Year().IsMatch(text) && Time().IsMatch(text)));

    [GeneratedRegex(@"\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,2}[:h.]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Time();
}
