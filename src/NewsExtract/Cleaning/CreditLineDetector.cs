using System.Buffers;
using System.Collections.Frozen;
using NewsExtract.Text;

namespace NewsExtract.Cleaning;

/// <summary>
/// Recognises a photo or source credit standing as a line of its own ("Photo: Reuters", "Foto: picture alliance / dpa",
/// "Crédit photo : AFP", "Photo by Jane Roe/AP", "© Reuters") by its shape first: a short line with no sentence in
/// it, opening with a label, then a colon, a slash or a short linking word, then a few names or agencies. The labels
/// come from <c>Resources/credit-labels.txt</c>; the shape alone decides for a copyright sign.
/// </summary>
internal static class CreditLineDetector
{
    /// <summary>A credit line is short: the label and a few names.</summary>
    private const int MaxChars = 120;

    /// <summary>At most this many words may follow the label: names, an agency, a "via".</summary>
    private const int MaxNameWords = 10;

    /// <summary>Names closed with a full stop are this few at most.</summary>
    private const int MaxNameWordsBeforeStop = 4;

    /// <summary>A label is a word or three; an agency named in capitals is short; a linking word ("by", "von", "par") shorter.</summary>
    private const int MaxLabelChars = 30;
    private const int MaxAgencyChars = 12;
    private const int MaxLinkerChars = 4;

    private static readonly SearchValues<char> Separators = SearchValues.Create(":/|©");

    private static readonly FrozenSet<string> Labels = PhraseList.LoadNormalized("credit-labels");

    /// <summary>The longest label, in words: a line's opening words are looked up up to this many.</summary>
    private static readonly int MaxLabelWords = Labels.Max(l => l.Count(c => c == ' ') + 1);

    public static bool IsCreditLine(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length is 0 or > MaxChars)
        {
            return false;
        }

        // "(Photo: Reuters)", "[Image: Getty]": the whole line in brackets.
        if (line[0] is '(' or '[' && line[^1] is ')' or ']')
        {
            line = line[1..^1].Trim();
        }

        if (line.Length > 0 && line[0] is '©')
        {
            return Names(line[1..]);
        }

        // "Foto: dpa", "Crédit photo : AFP", "Bild / Keystone", "Photo © AP": a label, a separator, names.
        var separator = line.IndexOfAny(Separators);
        if (separator > 0 && IsLabel(line[..separator]))
        {
            return Names(line[(separator + 1)..]);
        }

        // "Photo by Jane Roe/AP", "Photo AFP": a label, then a linking word or an agency.
        var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(words.Length - 1, MaxLabelWords); count > 0; count--)
        {
            if (IsLabel(string.Join(' ', words.Take(count))))
            {
                return AfterLabel(string.Join(' ', words.Skip(count)));
            }
        }

        return false;
    }

    private static bool IsLabel(ReadOnlySpan<char> text) => text.Length <= MaxLabelChars && Labels.Contains(TextNormalizer.ForComparison(text.Trim()));

    /// <summary>What follows a label without a separator: a short linking word and names ("by Jane Roe/AP"), or an agency in capitals ("AFP").</summary>
    private static bool AfterLabel(string rest)
    {
        // After a linking word the names are capitalised ("Photo by Jane Roe/AP"): "Bilder von der Pressekonferenz
        // sind …" is a sentence.
        var space = rest.IndexOf(' ');
        if (space is > 0 and <= MaxLinkerChars && rest[..space].All(char.IsLower))
        {
            var names = rest.AsSpan(space + 1).TrimStart();
            return names.Length > 0 && (char.IsUpper(names[0]) || char.IsDigit(names[0])) && Names(names);
        }

        return rest.Length is > 1 and <= MaxAgencyChars && rest.All(c => char.IsUpper(c) || char.IsDigit(c));
    }

    /// <summary>A few names, agencies or handles: no sentence, nothing longer than names run.</summary>
    private static bool Names(ReadOnlySpan<char> text)
    {
        var names = text.Trim();
        if (names.Length == 0 || !char.IsLetterOrDigit(names[0]) && names[0] is not ('@' or '(' or '©'))
        {
            return false;
        }

        // A closing full stop is allowed after a few names ("Foto: dpa."), not after a clause.
        var words = TextNormalizer.CountWords(names);
        var stop = names[^1] == '.' && words > MaxNameWordsBeforeStop;
        return !stop && (words is >= 1 and <= MaxNameWords && !TextNormalizer.EndsLikeSentence(names.TrimEnd('.')) && names.IndexOfAny(',', ';') < 0 || CommaSeparatedNames(names, words));
    }

    /// <summary>"Reuters, AP" and "Jana Roth, dpa": a comma between short names is a list of credits, not a clause.</summary>
    private static bool CommaSeparatedNames(ReadOnlySpan<char> names, int words)
    {
        if (words > MaxNameWords || TextNormalizer.EndsLikeSentence(names))
        {
            return false;
        }

        foreach (var part in names.ToString().Split([',', ';']))
        {
            if (TextNormalizer.CountWords(part) > 3)
            {
                return false;
            }
        }

        return true;
    }
}
