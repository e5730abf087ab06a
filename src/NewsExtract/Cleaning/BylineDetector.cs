using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Cleaning;

/// <summary>
/// Recognises the lines around a story that are not the story: bylines ("By Jane Doe, Staff", "Von Jana Roth"),
/// photo credits at the end of a caption ("… (Image: Getty)"), and runs of page numbers ("1 2 3 4 5").
/// </summary>
internal static partial class BylineDetector
{
    private const int MaxBylineChars = 120;
    private const int MinPageNumbers = 4;

    /// <summary>A caption with a credit is short; longer blocks are prose and are not searched.</summary>
    private const int MaxCaptionChars = 400;

    /// <summary>A run of page numbers is short.</summary>
    private const int MaxPageNumbersChars = 200;

    public static bool IsByline(string text) =>
        text.Length <= MaxBylineChars && !TextNormalizer.EndsLikeSentence(text) && Byline().IsMatch(text);

    public static bool IsCredit(string text) => text.Length <= MaxCaptionChars && text.Length > 0 && text[^1] is ')' or ']' or '.' && Credit().IsMatch(text);

    public static bool IsPageNumbers(string text)
    {
        if (text.Length == 0 || text.Length > MaxPageNumbersChars || !(char.IsDigit(text[0]) || text[0] is '«' or '<' or '|' or '…'))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MinPageNumbers && words.All(w => w.All(c => char.IsDigit(c) || c is '.' or '|' or '…' or '»' or '«' or '>' or '<'));
    }

    [GeneratedRegex(@"^\s*(?i:by|von|par|por|di|door|av|af|от)\s*:?\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"[\(\[]\s*(image|images|photo|photos|picture|pictures|foto|fotos|bild|bilder|credit|crédit|quelle|source)\s*:[^\)\]]{1,80}[\)\]]\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
