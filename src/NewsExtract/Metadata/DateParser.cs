using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>Reads the date formats pages use in metadata: ISO 8601 with or without offset, RFC 1123, and dates in URLs.</summary>
internal static partial class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "r", "ddd, d MMM yyyy HH:mm:ss zzz",
    ];

    /// <summary>Parses a date, keeping its offset; a date without one is taken as UTC. Years outside 1990–2100 are refused.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > 64)
        {
            return null;
        }

        // "10.12.2022, 07:00:03", "01-11-2023 10:29": the invariant culture would read the month first; with dots and
        // dashes pages write the day first (with slashes, machine-written metadata mostly follows the invariant culture).
        if (DayFirst().IsMatch(text))
        {
            return DateText.Find(text) is { } dayFirst ? new DateTimeOffset(dayFirst.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        }

        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out var exact)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out exact))
        {
            return Plausible(exact);
        }

        // "2019-11-19T10:20:00+0100": an offset without a colon.
        var match = CompactOffset().Match(text);
        if (match.Success && DateTimeOffset.TryParse(match.Groups[1].Value + match.Groups[2].Value + ":" + match.Groups[3].Value, CultureInfo.InvariantCulture, styles, out exact))
        {
            return Plausible(exact);
        }

        // Anything else that holds a calendar date ("2022-05-04T03:00:00 UTC", "10.12.2022, 07:00:03"): the day, at midnight.
        return DateText.Find(text) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    /// <summary>A date written in a URL path as /yyyy/mm/dd/ or /yyyy-mm-dd.</summary>
    public static DateTimeOffset? FromUrl(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return null;
        }

        var match = UrlDate().Match(url.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return Plausible(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));
    }

    private static DateTimeOffset? Plausible(DateTimeOffset date) => date.Year is >= 1990 and <= 2100 ? date : null;

    [GeneratedRegex(@"^\d{1,2}([.-])\d{1,2}\1\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(.*?)([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"/(?<y>(19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(/|$|-|\.)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
