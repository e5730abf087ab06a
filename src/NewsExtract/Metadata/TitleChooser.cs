using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>
/// Picks the headline. The title the publisher declares (JSON-LD headline, then Dublin Core, OpenGraph and Twitter
/// tags) is taken as written unless a second source shows which part of it is the headline: another declared title
/// equal to the part after a kicker ("Kicker: Headline"), or a visible <c>h1</c> equal to the part beside the site's
/// own name ("Headline | Site"). Without a declared title, the document title is read by its separators.
/// </summary>
internal static class TitleChooser
{
    private static readonly string[] FlatSeparators = [" | ", " - ", " – ", " — ", " · ", " • ", " :: ", " ~ ", " ǀ ", " › "];
    private static readonly string[] HierarchicalSeparators = [" / ", " > ", " » ", " « ", " \\ "];

    /// <summary>Every separator a title's parts are split at, the kicker's colon last.</summary>
    private static readonly string[] AllSeparators = [.. FlatSeparators, .. HierarchicalSeparators, ": "];

    /// <summary>The separators a publisher's suffix stands behind; a colon introduces a subtitle, not a suffix.</summary>
    private static readonly string[] SuffixSeparators = [.. FlatSeparators, .. HierarchicalSeparators];

    /// <summary>Titles shorter or longer than this are suspect: a lone h1 is preferred to them.</summary>
    private const int MinPlausibleChars = 15;
    private const int MaxPlausibleChars = 150;

    /// <summary>A headline left after cutting a kicker has at least this many words; the kicker at most <see cref="MaxKickerWords"/>.</summary>
    private const int MinHeadlineWords = 3;
    private const int MaxKickerWords = 8;

    /// <param name="documentTitle">The <c>&lt;title&gt;</c>.</param>
    /// <param name="declaredTitles">The titles the publisher declares, most trusted first (JSON-LD headline, then meta tags).</param>
    /// <param name="structuredName">The JSON-LD article's name where it differs from its headline (some pages put a description in the headline).</param>
    /// <param name="headings">The page's <c>h1</c> texts in document order (the document title's colon rule also reads its <c>h2</c> texts).</param>
    /// <param name="siteName">The site's name, if known.</param>
    /// <param name="subheadings">The page's <c>h2</c> texts, for the document title's colon rule: enumerated only when that rule asks.</param>
    /// <param name="host">The host of the page's address (or its canonical one), if known: a suffix that spells it is cut.</param>
    public static string? Choose(string? documentTitle, IReadOnlyList<string> declaredTitles, string? structuredName, IReadOnlyList<string> headings, string? siteName, IEnumerable<string>? subheadings = null, string? host = null) =>
        WithoutHostSuffix(ChooseTitle(documentTitle, declaredTitles, structuredName, headings, siteName, subheadings), host, declaredTitles.Count > 0 ? headings : null);

    private static string? ChooseTitle(string? documentTitle, IReadOnlyList<string> declaredTitles, string? structuredName, IReadOnlyList<string> headings, string? siteName, IEnumerable<string>? subheadings)
    {
        var declared = new List<string>(declaredTitles.Count);
        foreach (var candidate in declaredTitles)
        {
            if (Clean(candidate) is { } cleaned)
            {
                declared.Add(cleaned);
            }
        }

        var foldedHeadings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            if (TextNormalizer.ForComparison(heading) is { Length: > 0 } folded)
            {
                foldedHeadings.Add(folded);
            }
        }

        if (declared.Count > 0)
        {
            var published = declared[0];
            if (WithoutKicker(published, declared) is { } headline)
            {
                return headline;
            }

            if (foldedHeadings.Contains(TextNormalizer.ForComparison(published)))
            {
                return published;
            }

            if (siteName is not null && WithoutSiteName(published, siteName, foldedHeadings) is { } withoutSite)
            {
                return withoutSite;
            }

            // A headline no heading repeats, where the article's name is the page's heading: the headline holds a description.
            return Clean(structuredName) is { } name && foldedHeadings.Contains(TextNormalizer.ForComparison(name)) ? name : published;
        }

        var title = Clean(documentTitle);
        return title is null ? Clean(headings.FirstOrDefault()) : WithoutSuffix(title, foldedHeadings, siteName) ?? FromDocumentTitle(title, headings, siteName, subheadings);
    }

    /// <summary>
    /// "Headline | Site", "Headline - Section | Site", "Headline : 31.10.2023": the part before a separator is a heading
    /// of the page and the part after it names something (one word, or words that all start with a capital or no
    /// letter at all) rather than continuing the sentence. The publisher's suffix goes; the reader sees the heading.
    /// </summary>
    private static string? WithoutSuffix(string title, HashSet<string> foldedHeadings, string? siteName)
    {
        if (foldedHeadings.Count == 0)
        {
            return null;
        }

        var site = siteName is null ? string.Empty : TextNormalizer.ForComparison(siteName);
        foreach (var (head, tail) in Splits(title, SuffixSeparators))
        {
            if (TextNormalizer.CountWords(head) >= 2
                && (TextNormalizer.CountWords(tail) == 1 || LooksLikeName(tail))
                && foldedHeadings.Contains(TextNormalizer.ForComparison(head))
                && (site.Length == 0 || !SameSite(head, site)))
            {
                return head;
            }
        }

        return null;
    }

    /// <summary>
    /// "Headline - examplenews", "Headline | example-news.de": the part after the last separator spells the site's own address
    /// (a label of its host, or the host itself), so it is the site's name, whatever other name the site declares. A
    /// short title keeps its suffix, as <see cref="FromDocumentTitle"/> keeps it ("Mozilla - Wikipedia" is the page's
    /// own name); a title the publisher declares loses it only where a heading of the page shows the headline alone.
    /// </summary>
    internal static string? WithoutHostSuffix(string? title, string? host, IReadOnlyList<string>? headingsToAgree = null)
    {
        if (title is null || string.IsNullOrEmpty(host))
        {
            return title;
        }

        var (index, separator) = Last(title, HostSuffixSeparators);
        if (index <= 0)
        {
            return title;
        }

        var head = title[..index].Trim();
        if (TextNormalizer.CountWords(head) <= MaxWordsKeepingSuffix || !SpellsHost(title.AsSpan(index + separator.Length), host))
        {
            return title;
        }

        if (headingsToAgree is null)
        {
            return head;
        }

        var folded = TextNormalizer.ForComparison(head);
        foreach (var heading in headingsToAgree)
        {
            if (TextNormalizer.ForComparison(heading) == folded)
            {
                return head;
            }
        }

        return title;
    }

    /// <summary>A title part of this many words or fewer is too short to stand without the rest.</summary>
    private const int MaxWordsKeepingSuffix = 4;

    /// <summary>The separators a site's name stands behind, and " : " as some sites write it.</summary>
    private static readonly string[] HostSuffixSeparators = [.. SuffixSeparators, " : "];

    /// <summary>Whether a text, letters and digits alone, is the host ("example-news.de") or one of its labels before the last ("examplenews").</summary>
    private static bool SpellsHost(ReadOnlySpan<char> text, string host)
    {
        var compact = Compact(text);
        if (compact.Length < 3)
        {
            return false;
        }

        var name = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host.AsSpan(4) : host.AsSpan();
        if (compact == Compact(name))
        {
            return true;
        }

        var lastDot = name.LastIndexOf('.');
        foreach (var range in name[..Math.Max(0, lastDot)].Split('.'))
        {
            if (compact == Compact(name[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The letters and digits of a text, lower case.</summary>
    private static string Compact(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// "Headline | Site" or "Site - Headline", where the page's heading is the headline part and the rest is the
    /// site's name: the publisher put its name in the title it declares, the reader sees the headline.
    /// </summary>
    private static string? WithoutSiteName(string title, string siteName, HashSet<string> foldedHeadings)
    {
        var site = TextNormalizer.ForComparison(siteName);
        if (site.Length == 0)
        {
            return null;
        }

        foreach (var (head, tail) in Splits(title))
        {
            if (SameSite(tail, site) && foldedHeadings.Contains(TextNormalizer.ForComparison(head)))
            {
                return head;
            }

            if (SameSite(head, site) && foldedHeadings.Contains(TextNormalizer.ForComparison(tail)))
            {
                return tail;
            }
        }

        return null;
    }

    /// <summary>"Kicker: Headline" where another declared title is the headline alone: the publisher's own short form.</summary>
    private static string? WithoutKicker(string title, List<string> declared)
    {
        if (declared.Count < 2)
        {
            return null;
        }

        string[]? foldedDeclared = null;
        foreach (var (head, tail) in Splits(title))
        {
            if (TextNormalizer.CountWords(tail) < MinHeadlineWords || TextNormalizer.CountWords(head) > MaxKickerWords)
            {
                continue;
            }

            // The other declared titles are folded once, when a split first asks for them.
            foldedDeclared ??= [.. declared.Select(d => TextNormalizer.ForComparison(d))];
            var folded = TextNormalizer.ForComparison(tail);
            for (var i = 1; i < declared.Count; i++)
            {
                if (foldedDeclared[i] == folded)
                {
                    return declared[i];
                }
            }
        }

        return null;
    }

    /// <summary>Every split of a title at a separator into the part before and the part after it.</summary>
    private static IEnumerable<(string Head, string Tail)> Splits(string title, string[]? separators = null)
    {
        foreach (var separator in separators ?? AllSeparators)
        {
            for (var index = title.IndexOf(separator, StringComparison.Ordinal); index > 0; index = title.IndexOf(separator, index + 1, StringComparison.Ordinal))
            {
                var head = title[..index].Trim();
                var tail = title[(index + separator.Length)..].Trim();
                if (head.Length > 0 && tail.Length > 0)
                {
                    yield return (head, tail);
                }
            }
        }
    }

    /// <summary>The headline inside a document title such as "Headline | Site", "Site - Headline" or "Section: Headline".</summary>
    internal static string FromDocumentTitle(string title, IReadOnlyList<string> headings, string? siteName, IEnumerable<string>? subheadings = null)
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
            // "Section: Headline", unless a heading of the page (h1 or h2) is the whole title.
            var folded = TextNormalizer.ForComparison(title);
            if (headings.Concat(subheadings ?? []).Any(h => TextNormalizer.ForComparison(h) == folded))
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
        if (words <= MaxWordsKeepingSuffix && (!hierarchical || words != wordsWithoutSeparators - 1) && current != title && !CutOnlySiteName(title, current))
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
