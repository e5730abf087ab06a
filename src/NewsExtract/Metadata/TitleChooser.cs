using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>
/// Picks the headline: the structured headline (JSON-LD) or the metadata title (Dublin Core, OpenGraph, Twitter)
/// as the publisher wrote it; failing those, the document title with the site name cut off.
/// </summary>
internal static class TitleChooser
{
    private static readonly string[] FlatSeparators = [" | ", " - ", " – ", " — ", " · ", " • ", " :: ", " ~ "];
    private static readonly string[] HierarchicalSeparators = [" / ", " > ", " » ", " « ", " \\ "];

    /// <summary>Titles shorter or longer than this are suspect: a lone h1 is preferred to them.</summary>
    private const int MinPlausibleChars = 15;
    private const int MaxPlausibleChars = 150;

    public static string? Choose(string? documentTitle, string? metaTitle, string? structuredHeadline, IReadOnlyList<string> headings, string? siteName)
    {
        if ((Clean(structuredHeadline) ?? Clean(metaTitle)) is { } published)
        {
            return published;
        }

        var title = Clean(documentTitle);
        return title is null ? Clean(headings.FirstOrDefault()) : FromDocumentTitle(title, headings, siteName);
    }

    /// <summary>The headline inside a document title such as "Headline | Site", "Site - Headline" or "Section: Headline".</summary>
    internal static string FromDocumentTitle(string title, IReadOnlyList<string> headings, string? siteName)
    {
        if (siteName is not null && StripKnownSiteName(title, siteName) is { } stripped)
        {
            return stripped;
        }

        var separators = FlatSeparators.Concat(HierarchicalSeparators).ToArray();
        var hierarchical = HierarchicalSeparators.Any(s => title.Contains(s, StringComparison.Ordinal));
        var (lastIndex, _) = Last(title, separators);
        string current;
        if (lastIndex >= 0)
        {
            current = title[..lastIndex].Trim();
            if (TextNormalizer.CountWords(current) < 3 && !CutOnlySiteName(title, current))
            {
                var (firstIndex, firstSeparator) = First(title, separators);
                var head = title[..firstIndex];
                current = LooksLikeName(head) ? title[(firstIndex + firstSeparator.Length)..].Trim() : title;
            }
        }
        else if (title.Contains(": ", StringComparison.Ordinal))
        {
            // "Section: Headline", unless a heading of the page is the whole title.
            var folded = TextNormalizer.ForComparison(title);
            if (headings.Any(h => TextNormalizer.ForComparison(h) == folded))
            {
                return title;
            }

            current = title[(title.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
            if (TextNormalizer.CountWords(current) < 3)
            {
                current = title[(title.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
            }
            else if (TextNormalizer.CountWords(title.AsSpan(0, title.IndexOf(": ", StringComparison.Ordinal))) > 5)
            {
                current = title;
            }
        }
        else if (title.Length is < MinPlausibleChars or > MaxPlausibleChars && headings.Count == 1)
        {
            current = Clean(headings[0]) ?? title;
        }
        else
        {
            current = title;
        }

        // Cutting left too little: a short headline keeps its title whole, unless only the site name was cut.
        var words = TextNormalizer.CountWords(current);
        var wordsWithoutSeparators = TextNormalizer.CountWords(title);
        if (words <= 4 && (!hierarchical || words != wordsWithoutSeparators - 1) && current != title && !CutOnlySiteName(title, current))
        {
            return title;
        }

        return current;
    }

    /// <summary>Removes the site name where it stands before the first or after the last separator.</summary>
    private static string? StripKnownSiteName(string title, string siteName)
    {
        var site = TextNormalizer.ForComparison(siteName);
        if (site.Length == 0)
        {
            return null;
        }

        var separators = FlatSeparators.Concat(HierarchicalSeparators).Append(": ").ToArray();
        var (lastIndex, lastSeparator) = Last(title, separators);
        if (lastIndex > 0 && SameSite(title[(lastIndex + lastSeparator.Length)..], site))
        {
            return title[..lastIndex].Trim();
        }

        var (firstIndex, firstSeparator) = First(title, separators);
        if (firstIndex > 0 && SameSite(title[..firstIndex], site))
        {
            return title[(firstIndex + firstSeparator.Length)..].Trim();
        }

        return null;
    }

    private static bool SameSite(string part, string foldedSite)
    {
        var folded = TextNormalizer.ForComparison(part);
        return folded.Length > 0 && folded.Replace(" ", string.Empty, StringComparison.Ordinal) == foldedSite.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Whether what was cut is a short name-like part (a site or section name), as in "Hermitian matrix - Wikipedia".</summary>
    private static bool CutOnlySiteName(string title, string current)
    {
        var rest = title.Replace(current, string.Empty, StringComparison.Ordinal).Trim(' ', '|', '-', '–', '—', '·', '•', ':', '/', '>', '»', '«', '\\', '~');
        return rest.Length > 0 && TextNormalizer.CountWords(rest) <= 3 && LooksLikeName(rest) && TextNormalizer.CountWords(current) >= 2;
    }

    private static (int Index, string Separator) Last(string title, string[] separators)
    {
        var best = (Index: -1, Separator: string.Empty);
        foreach (var separator in separators)
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > best.Index)
            {
                best = (index, separator);
            }
        }

        return best;
    }

    private static (int Index, string Separator) First(string title, string[] separators)
    {
        var best = (Index: int.MaxValue, Separator: string.Empty);
        foreach (var separator in separators)
        {
            var index = title.IndexOf(separator, StringComparison.Ordinal);
            if (index >= 0 && index < best.Index)
            {
                best = (index, separator);
            }
        }

        return best.Index == int.MaxValue ? (-1, string.Empty) : best;
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

    /// <summary>Every word capitalised or not a letter at all, as site names are written ("BBC", "The Guardian").</summary>
    private static bool LooksLikeName(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]));
}
