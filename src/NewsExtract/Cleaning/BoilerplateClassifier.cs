using System.Buffers;
using System.Text;
using System.Collections.Frozen;
using NewsExtract.Text;

namespace NewsExtract.Cleaning;

/// <summary>
/// Recognises blocks that are page furniture, not article: generic phrases in several languages ("Skip to main
/// content", "Share this post", "Anzeige", "Partager"), read from the <c>boilerplate.*.txt</c> word lists: a
/// phrase matches a whole block, <c>phrase*</c> the start of a short block, <c>*phrase*</c> anywhere in a short block.
/// </summary>
internal sealed class BoilerplateClassifier
{
    /// <summary>A prefix entry ("Read more: …") only matches blocks up to this long: a long block is prose.</summary>
    private const int MaxPrefixMatchChars = 250;

    /// <summary>No phrase in the lists is longer; longer blocks are not looked up at all.</summary>
    private const int MaxPhraseChars = 80;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> phrases;

    /// <summary>Prefixes that start with a letter or digit, by their first word: a block's first word finds the few that can match it.</summary>
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> prefixesByFirstWord;

    /// <summary>Prefixes of symbols ("©", "→"), matched against the text as written.</summary>
    private readonly string[] symbolPrefixes;

    /// <summary>The <c>*phrase*</c> entries in ASCII, each padded with a space on both sides, searched for all at once.</summary>
    private readonly SearchValues<string>? asciiFragments;

    /// <summary>The other <c>*phrase*</c> entries, padded likewise: looked for only in text that is not all ASCII.</summary>
    private readonly SearchValues<string>? otherFragments;

    /// <summary>Every <c>*phrase*</c> entry, padded: what an explanation searches for the one that matched.</summary>
    private readonly string[] fragments;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> shareWords;
    private readonly bool hasShareWords;

    /// <summary>Prefixes that mark a page's own closing credits ("Reporting by …") and stay in scraped text, where they are the article's last line.</summary>
    private readonly FrozenSet<string> markupOnlyPrefixes;

    /// <summary>The <c>*phrase*</c> closing credits ("… contributed to this report"), padded as the other fragments are.</summary>
    private readonly FrozenSet<string> markupOnlyFragments;

    /// <param name="entries">The phrases, <c>phrase*</c> prefixes and <c>*phrase*</c> fragments.</param>
    /// <param name="shareWords">Names of share buttons: a block of only these is a share bar.</param>
    /// <param name="markupOnlyPrefixes">
    /// <c>phrase*</c> prefixes and <c>*phrase*</c> fragments that count in a page's markup only, not in scraped text
    /// (closing credits: a page sets them apart from the story, a scrape of the story keeps them as its last line).
    /// </param>
    public BoilerplateClassifier(IEnumerable<string> entries, IEnumerable<string>? shareWords = null, IEnumerable<string>? markupOnlyPrefixes = null)
    {
        var markupOnly = (markupOnlyPrefixes ?? []).ToList();
        this.markupOnlyPrefixes = markupOnly.Where(e => e.EndsWith('*') && !IsFragmentEntry(e)).Select(e => TextNormalizer.ForComparison(e.AsSpan(0, e.Length - 1))).ToFrozenSet(StringComparer.Ordinal);
        markupOnlyFragments = markupOnly.Where(IsFragmentEntry).Select(PaddedFragment).ToFrozenSet(StringComparer.Ordinal);
        entries = entries.Concat(markupOnly);
        var shareWordSet = (shareWords ?? []).Select(w => TextNormalizer.ForComparison(w)).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        this.shareWords = shareWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
        hasShareWords = shareWordSet.Count > 0;
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var starts = new List<string>();
        var inner = new List<string>();
        foreach (var entry in entries)
        {
            if (IsFragmentEntry(entry))
            {
                inner.Add(PaddedFragment(entry));
                continue;
            }

            var isPrefix = entry.EndsWith('*');
            var normalized = TextNormalizer.ForComparison(isPrefix ? entry.AsSpan(0, entry.Length - 1) : entry);
            if (isPrefix)
            {
                // Prefixes made only of symbols ("©") normalise to nothing: keep them as written.
                starts.Add(normalized.Length > 0 ? normalized : entry[..^1].Trim());
            }
            else if (normalized.Length > 0)
            {
                exact.Add(normalized);
            }
        }

        phrases = exact.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var wordPrefixes = starts.Where(p => p.Length > 0 && char.IsLetterOrDigit(p[0])).ToList();
        symbolPrefixes = [.. starts.Except(wordPrefixes)];
        prefixesByFirstWord = wordPrefixes
            .GroupBy(FirstWord, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        // ASCII phrases alone allow a vectorised search; the others (Cyrillic, accented) need a slower one, which
        // ASCII text, most blocks on most pages, can skip: it cannot hold them.
        var ascii = inner.Where(f => Ascii.IsValid(f)).ToArray();
        var other = inner.Where(f => !Ascii.IsValid(f)).ToArray();
        fragments = [.. inner];
        asciiFragments = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.Ordinal) : null;
        otherFragments = other.Length > 0 ? SearchValues.Create(other, StringComparison.Ordinal) : null;
    }

    /// <summary>The classifier with the word lists shipped in the library.</summary>
    public static BoilerplateClassifier Default { get; } = new(PhraseList.Load("boilerplate"), PhraseList.Load("share-words"), PhraseList.Load("closing-credits"));

    /// <param name="text">The block's text.</param>
    /// <param name="scrapedText">Whether the block is a line of scraped text, where the markup-only prefixes do not count.</param>
    public bool IsBoilerplate(string text, bool scrapedText = false) => Match(text, scrapedText) != BoilerplateMatch.None;

    /// <summary>
    /// Which entry of the lists, or which other test, finds the text boilerplate, in words; <see langword="null"/>
    /// when none does. For explanations: slower than <see cref="IsBoilerplate"/>, and never on its path.
    /// </summary>
    public string? Describe(string text)
    {
        var match = Match(text);
        var normalized = match is BoilerplateMatch.Phrase or BoilerplateMatch.Fragment or BoilerplateMatch.Prefix ? TextNormalizer.ForComparison(text) : string.Empty;
        return match switch
        {
            BoilerplateMatch.None => null,
            BoilerplateMatch.Debris => "markup or web addresses shown as text",
            BoilerplateMatch.Symbols => "symbols and punctuation only",
            BoilerplateMatch.Phrase => $"the phrase \"{normalized}\"",
            BoilerplateMatch.ShareBar => "names of share buttons only",
            BoilerplateMatch.Fragment => $"contains \"{fragments.FirstOrDefault(f => $" {normalized} ".Contains(f, StringComparison.Ordinal))?.Trim()}\"",
            _ => $"starts with \"{PrefixOf(text, normalized)}\"",
        };
    }

    private static bool IsFragmentEntry(string entry) => entry.Length > 2 && entry[0] == '*' && entry[^1] == '*';

    private static string PaddedFragment(string entry) => " " + TextNormalizer.ForComparison(entry.AsSpan(1, entry.Length - 2)) + " ";

    /// <summary>Whether every fragment found in the text is a closing credit: rare, so the fragments are searched one by one.</summary>
    private bool OnlyMarkupOnlyFragmentsIn(ReadOnlySpan<char> padded)
    {
        if (markupOnlyFragments.Count == 0)
        {
            return false;
        }

        foreach (var fragment in fragments)
        {
            if (!markupOnlyFragments.Contains(fragment) && padded.IndexOf(fragment, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private string? PrefixOf(string text, string normalized) =>
        prefixesByFirstWord.Dictionary.Values.SelectMany(p => p).FirstOrDefault(p => StartsWithWords(normalized, p))
        ?? symbolPrefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal));

    private BoilerplateMatch Match(string text, bool scrapedText = false)
    {
        if (IsDebris(text))
        {
            return BoilerplateMatch.Debris;
        }

        if (text.Length > MaxPrefixMatchChars)
        {
            return BoilerplateMatch.None;
        }

        // The normalised text, with a space before and after it for the fragments, on the stack: a block is looked
        // up in every list without a string being made for it.
        Span<char> padded = stackalloc char[text.Length + 2];
        var length = TextNormalizer.ForComparison(text, padded[1..]);
        if (length == 0)
        {
            // Nothing but symbols and punctuation ("|", "•", "»").
            return BoilerplateMatch.Symbols;
        }

        padded[0] = ' ';
        padded[length + 1] = ' ';
        padded = padded[..(length + 2)];
        var normalized = padded[1..^1];
        if (text.Length <= MaxPhraseChars && phrases.Contains(normalized))
        {
            return BoilerplateMatch.Phrase;
        }

        if (text.Length <= MaxPhraseChars && IsShareBar(normalized))
        {
            return BoilerplateMatch.ShareBar;
        }

        if (((asciiFragments is not null && padded.IndexOfAny(asciiFragments) >= 0)
            || (otherFragments is not null && !Ascii.IsValid(padded) && padded.IndexOfAny(otherFragments) >= 0))
            && !(scrapedText && OnlyMarkupOnlyFragmentsIn(padded)))
        {
            return BoilerplateMatch.Fragment;
        }

        if (prefixesByFirstWord.TryGetValue(FirstWord(normalized), out var candidates))
        {
            foreach (var prefix in candidates)
            {
                if (StartsWithWords(normalized, prefix) && !(scrapedText && markupOnlyPrefixes.Contains(prefix)))
                {
                    return BoilerplateMatch.Prefix;
                }
            }
        }

        foreach (var prefix in symbolPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return BoilerplateMatch.Prefix;
            }
        }

        return BoilerplateMatch.None;
    }

    /// <summary>
    /// Markup shown as text ("&lt;img src=…&gt;" escaped by the page) or a run of addresses and numbers (an image
    /// slider's data): debris of the page's making, not prose.
    /// </summary>
    internal static bool IsDebris(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length > 2 && trimmed[0] == '<' && (char.IsLetter(trimmed[1]) || trimmed[1] is '/' or '!') && trimmed[^1] == '>')
        {
            return true;
        }

        // Most blocks hold no address at all: they are done without splitting.
        if (trimmed.IndexOf("http", StringComparison.OrdinalIgnoreCase) < 0 && trimmed.IndexOf("www.", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var urlChars = 0;
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                urlChars += word.Length;
            }
        }

        return urlChars > trimmed.Length / 2;
    }

    /// <summary>"Facebook Twitter Google+ Whatsapp": nothing but the names of share buttons.</summary>
    private bool IsShareBar(ReadOnlySpan<char> normalized)
    {
        if (!hasShareWords)
        {
            return false;
        }

        var words = 0;
        foreach (var range in normalized.Split(' '))
        {
            if (!shareWords.Contains(normalized[range]))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    private static bool StartsWithWords(ReadOnlySpan<char> normalized, string prefix) =>
        normalized.StartsWith(prefix, StringComparison.Ordinal)
        && (normalized.Length == prefix.Length || normalized[prefix.Length] == ' ');

    /// <summary>The text up to its first space: normalised text has single spaces between words and none at its ends.</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> normalized)
    {
        var space = normalized.IndexOf(' ');
        return space < 0 ? normalized : normalized[..space];
    }

    private static string FirstWord(string normalized) => FirstWord(normalized.AsSpan()).ToString();
}

/// <summary>Which test of the <see cref="BoilerplateClassifier"/> matched a block.</summary>
internal enum BoilerplateMatch
{
    None,
    Debris,
    Symbols,
    Phrase,
    ShareBar,
    Fragment,
    Prefix,
}
