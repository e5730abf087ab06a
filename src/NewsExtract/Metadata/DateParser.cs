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

        if (TryReadTimestamp(text, out var timestamp))
        {
            return Plausible(timestamp);
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

    /// <summary>
    /// The form nearly all metadata writes, "2022-05-04T03:00:00Z" or "2022-05-04T03:00:00+02:00", read without the
    /// format parser, as <c>TryParseExact</c> with <see cref="Formats"/> reads it; anything else, or a field out of
    /// range, is left to the parser.
    /// </summary>
    private static bool TryReadTimestamp(ReadOnlySpan<char> s, out DateTimeOffset date)
    {
        date = default;
        if (s.Length is not (20 or 25) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !Digits(s.Slice(0, 4), out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second)
            || year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var offset = 0;
        if (s.Length == 20)
        {
            if (s[19] != 'Z')
            {
                return false;
            }
        }
        else if (s[19] is not ('+' or '-') || s[22] != ':' || !Digits(s.Slice(20, 2), out var offsetHours) || !Digits(s.Slice(23, 2), out var offsetMinutes)
                 || offsetMinutes > 59 || (offset = offsetHours * 60 + offsetMinutes) > 14 * 60)
        {
            return false;
        }
        else if (s[19] == '-')
        {
            offset = -offset;
        }

        date = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offset));
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
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
