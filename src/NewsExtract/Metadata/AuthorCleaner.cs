using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>Turns bylines as pages write them ("By Jane Doe and John Roe, Staff Writers | Nov 3") into a list of names.</summary>
internal static partial class AuthorCleaner
{
    private const int MaxNameChars = 60;
    private const int MaxNameWords = 5;

    public static IEnumerable<string> Clean(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline) || byline.Length > 300)
        {
            yield break;
        }

        var text = TextNormalizer.CollapseWhitespace(byline).Replace('\n', ' ');
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            yield break;
        }

        text = Prefix().Replace(text, string.Empty);
        text = DateTail().Replace(text, string.Empty);
        foreach (var part in Separators().Split(text))
        {
            var name = Role().Replace(part, string.Empty).Trim(' ', '.', ',', ';', ':', '-', '–', '—', '|', '@', '(', ')');
            name = Prefix().Replace(name, string.Empty).Trim();
            if (name.Length is < 2 or > MaxNameChars || TextNormalizer.CountWords(name) > MaxNameWords
                || !char.IsLetter(name[0]) || NotAName().IsMatch(name))
            {
                continue;
            }

            yield return name;
        }
    }

    [GeneratedRegex(@"^\s*(by|von|par|por|di|door|av|af)\s*[:\-]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(\||•|·|—|–|-|,)?\s*(updated|published|posted|am|on)?\s*:?\s*(\d{1,2}[./]\d{1,2}[./]\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(,\s*\d{4})?|\d{4}-\d{2}-\d{2}).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateTail();

    [GeneratedRegex(@"\s*(?:,|;|\||/|&|\band\b|\bund\b|\bet\b|\by\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\b(staff|senior|chief|contributing|special)?\s*(writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"^(staff|admin|administrator|editor|editors|the editors|news desk|newsdesk|guest|anonymous|unknown|null|undefined|more|follow|email|twitter|facebook)$|https?:|www\.|\d{3,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();
}
