using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Text;

/// <summary>
/// Finds a calendar date written in text, in the forms pages write them: ISO and its variants (2021-11-02,
/// 2021/11/02), day first with dots (02.11.2021, 2. 11. 21), slashes (02/11/2021, month first on American English
/// pages), month names in many languages (2. November 2021, 2 de noviembre de 2021, November 2, 2021, 2 Nov 2021),
/// and East Asian year-month-day (2021年11月2日). Every part is checked: a real day of a real month, in a plausible year.
/// </summary>
internal static partial class DateText
{
    /// <summary>Dates before this year are not news on the web.</summary>
    private const int MinYear = 1995;
    private const int MaxYear = 2100;

    /// <summary>Text longer than this is searched in its first part only: a date that labels a page stands early.</summary>
    private const int MaxSearchChars = 400;

    private static readonly FrozenDictionary<string, int> Months = LoadMonths();

    /// <summary>The earliest date in <paramref name="text"/>, or <see langword="null"/>.</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="monthFirst">Whether an ambiguous date with slashes (03/04/2021) puts the month first, as American English does.</param>
    public static DateOnly? Find(string? text, bool monthFirst = false) => FindWithIndex(text, monthFirst)?.Date;

    /// <summary>The earliest date in <paramref name="text"/> and where it starts.</summary>
    public static (DateOnly Date, int Index)? FindWithIndex(string? text, bool monthFirst = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Every form has a number in it: text without a digit (most lines searched) needs no pattern run.
        if (!HasDigits(text.AsSpan(0, Math.Min(text.Length, MaxSearchChars))))
        {
            return null;
        }

        var span = text.Length > MaxSearchChars ? text[..MaxSearchChars] : text;
        (DateOnly Date, int Index)? best = null;
        Consider(Numeric().Match(span), monthFirst, ref best);
        if (HasLetters(span))
        {
            Consider(DayMonthName().Match(span), monthFirst, ref best);
            Consider(MonthNameDay().Match(span), monthFirst, ref best);
        }

        return best;
    }

    /// <summary>Whether the text holds a decimal digit of any script, as the patterns' <c>\d</c> matches.</summary>
    public static bool HasDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the earliest valid date among the matches of one pattern.</summary>
    private static void Consider(Match match, bool monthFirst, ref (DateOnly Date, int Index)? best)
    {
        for (; match.Success; match = match.NextMatch())
        {
            if (best is { } found && match.Index >= found.Index)
            {
                return;
            }

            if (Read(match, monthFirst) is { } date)
            {
                best = (date, match.Index);
                return;
            }
        }
    }

    private static DateOnly? Read(Match match, bool monthFirst)
    {
        int year, month, day;
        if (match.Groups["name"].Success)
        {
            if (!Months.TryGetValue(TextNormalizer.ForComparison(match.Groups["name"].ValueSpan), out month))
            {
                return null;
            }

            year = Number(match.Groups["y"]);
            day = Number(match.Groups["d"]);
        }
        else if (match.Groups["iy"].Success)
        {
            (year, month, day) = (Number(match.Groups["iy"]), Number(match.Groups["im"]), Number(match.Groups["id"]));
        }
        else
        {
            var first = Number(match.Groups["a"]);
            var second = Number(match.Groups["b"]);
            year = Number(match.Groups["y"]);
            if (match.Groups["y"].Length == 2)
            {
                year += 2000;
            }

            // Dots and dashes put the day first the world over; slashes do too, except in American English.
            var slashes = match.Groups["sep"].ValueSpan is "/";
            var swap = second > 12 || (slashes && monthFirst && first <= 12);
            (day, month) = swap ? (second, first) : (first, second);
        }

        return year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The group's number, or -1 (no valid date part) when it holds digits of another script: <c>\d</c> matches any decimal digit, <c>int.Parse</c> only ASCII ones.</summary>
    private static int Number(Group group) => int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;

    private static FrozenDictionary<string, int> LoadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in PhraseList.Load("months"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var number = int.Parse(words[0], NumberStyles.None, CultureInfo.InvariantCulture);
            foreach (var word in words.AsSpan(1))
            {
                months.TryAdd(TextNormalizer.ForComparison(word), number);
            }
        }

        return months.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Year first (2021-11-02, 2021/11/02, 2021. 11. 02., 2021年11月2日); or day and month first with dots, dashes or
    /// slashes and a four-digit year, or a two-digit year after dots (02.11.21).
    /// </summary>
    [GeneratedRegex(
        @"(?<![\d.,/-])(?:(?<iy>(?:19|20)\d{2})\s?(?:[-/.]\s?|年|년\s?)(?<im>[01]?\d)\s?(?:[-/.]\s?|月|월\s?)(?<id>[0-3]?\d)(?![\d])"
        + @"|(?<a>[0-3]?\d)(?<sep>[./-])\s?(?<b>[01]?\d)\k<sep>\s?(?<y>(?:19|20)\d{2})(?![\d])"
        + @"|(?<a>[0-3]\d)\.(?<b>[01]\d)\.(?<y>\d{2})(?![\d.]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    /// <summary>"2. November 2021", "2 Nov. 2021", "2nd of November, 2021", "2 de noviembre de 2021", "2-Nov-2021".</summary>
    [GeneratedRegex(
        @"(?<!\d)(?<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?(?:\s+\p{Ll}{2,3})?[\s\-/]+(?<name>\p{L}{3,12})\.?(?:\s+\p{Ll}{2,3})?[\s,\-/]+(?<y>(?:19|20)\d{2})(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthName();

    /// <summary>"November 2, 2021", "Nov. 2nd 2021".</summary>
    [GeneratedRegex(
        @"(?<![\p{L}])(?<name>\p{L}{3,12})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameDay();
}
