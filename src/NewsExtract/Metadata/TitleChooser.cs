using FuzzySharp;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>
/// Picks the headline from its candidates: the document title with the site name cut off, checked against the h1
/// and the OpenGraph or JSON-LD headline.
/// </summary>
internal static class TitleChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " / ", " ~ "];

    public static string? Choose(string? documentTitle, string? metaTitle, string? structuredHeadline, IReadOnlyList<string> headings, string? siteName)
    {
        var headline = Clean(structuredHeadline) ?? Clean(metaTitle);
        var fromDocument = Clean(documentTitle);
        var stripped = fromDocument is null ? null : StripSiteName(fromDocument, siteName);
        var strippedMeta = headline is null ? null : StripSiteName(headline, siteName);

        // An h1 that matches a title candidate is the page's own headline, written in full.
        foreach (var heading in headings.Take(5))
        {
            var h = Clean(heading);
            if (h is null)
            {
                continue;
            }

            foreach (var candidate in new[] { stripped, strippedMeta, fromDocument, headline })
            {
                if (candidate is not null && Alike(h, candidate))
                {
                    return h;
                }
            }
        }

        return stripped ?? strippedMeta ?? Clean(headings.FirstOrDefault());
    }

    private static bool Alike(string a, string b)
    {
        var na = TextNormalizer.ForComparison(a);
        var nb = TextNormalizer.ForComparison(b);
        return na.Length > 0 && (na == nb || Fuzz.Ratio(na, nb) >= 90);
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = TextNormalizer.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(text)).Replace('\n', ' ');
        return cleaned.Length is 0 or > 400 ? null : cleaned;
    }

    /// <summary>Removes a site name before or after a separator ("Headline | Site", "Site - Headline").</summary>
    internal static string StripSiteName(string title, string? siteName)
    {
        foreach (var separator in Separators)
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }

            var before = title[..index].Trim();
            var after = title[(index + separator.Length)..].Trim();
            var siteFolded = siteName is null ? null : TextNormalizer.ForComparison(siteName);
            if (siteFolded is { Length: > 0 })
            {
                var first = title.IndexOf(separator, StringComparison.Ordinal);
                var head = title[..first].Trim();
                if (TextNormalizer.ForComparison(after) == siteFolded || IsSiteLike(after, siteFolded))
                {
                    return StripSiteName(before, siteName);
                }

                if (TextNormalizer.ForComparison(head) == siteFolded || IsSiteLike(head, siteFolded))
                {
                    return title[(first + separator.Length)..].Trim();
                }
            }

            // Without a known site name: the part after the last separator is the site when what stays is a real headline.
            if (TextNormalizer.CountWords(before) >= 3 && TextNormalizer.CountWords(after) <= 4)
            {
                return before;
            }

            if (TextNormalizer.CountWords(after) >= 3 && TextNormalizer.CountWords(before) <= 2 && LooksLikeName(title[..title.IndexOf(separator, StringComparison.Ordinal)]))
            {
                var first = title.IndexOf(separator, StringComparison.Ordinal);
                return title[(first + separator.Length)..].Trim();
            }
        }

        return title;
    }

    /// <summary>Every word capitalised or not a letter at all, as site names are written ("BBC", "The Guardian").</summary>
    private static bool LooksLikeName(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]));

    private static bool IsSiteLike(string part, string siteFolded)
    {
        var folded = TextNormalizer.ForComparison(part);
        return folded.Length > 0 && (folded.Replace(" ", string.Empty, StringComparison.Ordinal) == siteFolded.Replace(" ", string.Empty, StringComparison.Ordinal)
            || (folded.Length <= 40 && Fuzz.PartialRatio(folded, siteFolded) >= 90));
    }
}
