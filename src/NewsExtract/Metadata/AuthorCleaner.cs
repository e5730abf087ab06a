using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>Turns bylines as pages write them ("By Jane Doe and John Roe, Staff Writers | Nov 3") into a list of names.</summary>
internal static partial class AuthorCleaner
{
    private const int MaxNameChars = 60;
    private const int MaxNameWords = 5;

    /// <summary>What is trimmed from the ends of a name: punctuation and the separators around bylines.</summary>
    private static readonly char[] NameEdges = [' ', '.', ',', ';', ':', '-', '–', '—', '|', '(', ')'];

    /// <param name="byline">The byline or author field as written.</param>
    /// <param name="declared">
    /// Whether the name is one the publisher declares (JSON-LD, meta tags): a lone lower-case word there is an
    /// agency's or the site's short name ("dpa"), not a handle.
    /// </param>
    /// <param name="accountName">
    /// Whether the markup marks the text as the writer's name on the site (a link to their page, rel="author", or an
    /// hCard): a user name the site shows for its writer ("jroth", "Jana_Roth") is their byline there.
    /// </param>
    public static IEnumerable<string> Clean(string? byline, bool declared = false, bool accountName = false)
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

        if (WithoutLabels(text) is not { Length: > 0 } unlabelled)
        {
            yield break;
        }

        text = Prefix().Replace(unlabelled, string.Empty);
        if (text.Contains('@', StringComparison.Ordinal))
        {
            // "Jane Doe @janedoe": the handle beside a name is not part of it (a handle alone stays, for the name checks to refuse).
            text = HandleTail().Replace(text, string.Empty) is { Length: > 0 } named ? named : text;
        }

        if (DateText.HasDigits(text))
        {
            // Every date tail has a number in it; most bylines have none.
            text = DateTail().Replace(text, string.Empty);

            // Names hold no digits: a number after a name is a date or a count the markup set beside it, often with no
            // space between them ("Jane Doe22. Oktober 2019" where an icon separated them on screen).
            text = NumberTail().Replace(text, string.Empty);
        }

        foreach (var part in Separators().Split(text))
        {
            // "Jane Doe, Staff Writer" loses the role; a name that starts with a role word ("Contributors to …") stays whole.
            var withoutRole = Role().Replace(part, string.Empty);
            var name = (withoutRole.Trim().Length > 0 || Role().Match(part).Value.Trim().Split(' ').Length <= 2 ? withoutRole : part)
                .Trim(NameEdges);
            name = Prefix().Replace(name, string.Empty).Trim();
            if (name.Length is < 2 or > MaxNameChars || TextNormalizer.CountWords(name) > MaxNameWords
                || !char.IsLetter(name[0]) || NotAName().IsMatch(name) || (!accountName && IsHandle(name, declared)) || name.Contains('@'))
            {
                continue;
            }

            yield return name;
        }
    }

    /// <summary>The longest line read as a byline in the page's text.</summary>
    private const int MaxBylineLineChars = 120;

    /// <summary>
    /// The names in a line of the page's text that is a byline: short, not a sentence, and starting with a label or a
    /// prefix word ("Von Jana Roth", "Autor: Jana Roth", "Auteur : Jana Roth"); nothing for any other line.
    /// </summary>
    public static IEnumerable<string> FromLine(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxBylineLineChars || TextNormalizer.EndsLikeSentence(text))
        {
            return [];
        }

        var rest = WithoutLabels(text);
        if (rest.Length < text.Length || Prefix().IsMatch(rest))
        {
            return Clean(text);
        }

        // "Ein Artikel von Jana Roth | 27.01.2022": a prefix after a few lead words, where the line is no credit and
        // what follows it is written as names.
        if (LeadThenPrefix().Match(text) is { Success: true } lead && !Cleaning.CreditLineDetector.IsCreditLine(text))
        {
            var names = Clean(text[lead.Length..]).ToList();
            if (names.Count > 0 && names.TrueForAll(WrittenAsName))
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>
    /// The names in a line anywhere in the article that a label introduces ("Autor: Jana Roth", "Verfasst von Jana
    /// Roth", "Autorin/Autor Jana Roth" at the article's foot): far from the headline a prefix alone ("von", "by") or
    /// a bare label word ("Post Office Box") starts too many other lines, so the label must be followed by a colon or
    /// a prefix, or name the writer's role; and every name must be written as one (two words or more, each capitalised).
    /// </summary>
    public static IEnumerable<string> FromLabelledLine(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxBylineLineChars || TextNormalizer.EndsLikeSentence(text))
        {
            return [];
        }

        var rest = WithoutLabels(text);
        if (rest.Length == text.Length
            || (text.AsSpan(0, text.Length - rest.Length).IndexOf(':') < 0 && !Prefix().IsMatch(rest) && !AuthorNouns.Contains(FirstWord(text))))
        {
            return [];
        }

        var names = new List<string>();
        foreach (var name in Clean(text))
        {
            // "Author: Jane Doe Published: 24 May": the next label ends the name.
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kept = words.Length;
            while (kept > 0 && Labels.Contains(words[kept - 1]))
            {
                kept--;
            }

            var trimmed = string.Join(' ', words, 0, kept);
            if (!WrittenAsName(trimmed) || trimmed.Contains(':', StringComparison.Ordinal))
            {
                return [];
            }

            if (!names.Contains(trimmed))
            {
                names.Add(trimmed);
            }
        }

        return names;
    }

    private static ReadOnlySpan<char> FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(0, end);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuthorNouns =
        PhraseList.Load("byline-author-nouns").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Two words or more, each starting with a capital: how names are written, unlike the rest of a line.</summary>
    private static bool WrittenAsName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && Array.TrueForAll(words, word => char.IsUpper(word[0]));
    }

    /// <summary>Whether a line is a byline's label or prefix alone ("Autor:", "Von:", "By"), the name set apart from it in a line of its own.</summary>
    public static bool IsLabelLine(string text) =>
        IsBylineLabel(text) || (text.Length <= MaxNameChars && text.Trim().Length > 0 && Prefix().Replace(text.Trim(), string.Empty).Trim().Length == 0);

    /// <summary>Whether a text is a byline's label alone ("Written by", "Verfasst von", "Author:"): what names the writer next to it.</summary>
    public static bool IsBylineLabel(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > MaxNameChars)
        {
            return false;
        }

        var rest = WithoutLabels(trimmed);
        return rest.Length == 0 || (rest.Length < trimmed.Length && Prefix().Replace(rest, string.Empty).Trim().Length == 0);
    }

    /// <summary>
    /// The byline without the label words at its start ("Post author By Jane Doe" → "By Jane Doe"), also where the
    /// markup ran a label into the name ("AuthorJane Doe"); empty when the byline is labels only ("Posted on" →
    /// "on", "Name *" → "*", left for the name checks to refuse).
    /// </summary>
    private static string WithoutLabels(string text)
    {
        for (var stripped = 0; stripped < MaxLabelWords; stripped++)
        {
            var end = 0;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end == 0)
            {
                return text;
            }

            var word = text.AsSpan(0, end);
            if (Labels.Contains(word))
            {
                text = text[end..].TrimStart(' ', ':', '/');
                continue;
            }

            // A label run into a capitalised name, with no space between them.
            var glued = -1;
            for (var i = 2; i < end; i++)
            {
                if (char.IsUpper(text[i]) && char.IsLower(text[i - 1]) && Labels.Contains(word[..i]))
                {
                    glued = i;
                    break;
                }
            }

            if (glued < 0)
            {
                return text;
            }

            text = text[glued..];
        }

        return text;
    }

    /// <summary>How many label words are stripped from a byline's start at most.</summary>
    private const int MaxLabelWords = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels =
        PhraseList.Load("byline-labels").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A social-media handle rather than a name: "@jdoe", "jane_doe", "janedoe", "JaneDoe".</summary>
    private static bool IsHandle(string name, bool declared)
    {
        if (name.Contains('@') || name.Contains('_'))
        {
            return true;
        }

        if (name.Contains(' '))
        {
            return false;
        }

        // One word: all lower case (unless declared), or capitals inside it as in run-together names.
        return (!declared && name.Any(char.IsLower) && !name.Any(char.IsUpper)) || HasCapitalInside(name);
    }

    /// <summary>Whether a capital follows a lower-case letter ("JaneDoe").</summary>
    private static bool HasCapitalInside(string name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*((written|posted|reported|words|text|story)\s+by|by|von|par|por|di|door|av|af)\s*[:\-]?(\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?:\S+\s+){1,2}(?:by|von|par|por)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadThenPrefix();

    [GeneratedRegex(@"(?<=\p{L})\s+@\w+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HandleTail();

    [GeneratedRegex(@"(?<=\p{L}|\s)\d.*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberTail();

    [GeneratedRegex(@"\s*(\||•|·|—|–|-|,)?\s*(updated|published|posted|am|on)?\s*:?\s*(\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(,\s*\d{4})?|\d{4}-\d{2}-\d{2}).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateTail();

    [GeneratedRegex(@"\s*(?:,|;|\||/|&|\band\b|\bund\b|\bet\b|\by\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\b(staff|senior|chief|contributing|special)?\s*(writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"^(staff|admin|administrator|editor|editors|the editors|news desk|newsdesk|guest|anonymous|unknown|null|undefined|more|follow|email|twitter|facebook)$|https?:|www\.|\d{3,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();
}
