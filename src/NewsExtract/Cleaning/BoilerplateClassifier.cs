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

    private readonly FrozenSet<string> phrases;
    private readonly string[] prefixes;
    private readonly string[] fragments;

    private readonly FrozenSet<string> shareWords;

    public BoilerplateClassifier(IEnumerable<string> entries, IEnumerable<string>? shareWords = null)
    {
        this.shareWords = (shareWords ?? []).Select(w => TextNormalizer.ForComparison(w)).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var starts = new List<string>();
        var inner = new List<string>();
        foreach (var entry in entries)
        {
            if (entry.Length > 2 && entry[0] == '*' && entry[^1] == '*')
            {
                inner.Add(" " + TextNormalizer.ForComparison(entry.AsSpan(1, entry.Length - 2)) + " ");
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

        phrases = exact.ToFrozenSet(StringComparer.Ordinal);
        prefixes = [.. starts];
        fragments = [.. inner];
    }

    /// <summary>The classifier with the word lists shipped in the library.</summary>
    public static BoilerplateClassifier Default { get; } = new(PhraseList.Load("boilerplate"), PhraseList.Load("share-words"));

    public bool IsBoilerplate(string text)
    {
        if (IsDebris(text))
        {
            return true;
        }

        if (text.Length > MaxPrefixMatchChars)
        {
            return false;
        }

        var normalized = TextNormalizer.ForComparison(text);
        if (normalized.Length == 0)
        {
            // Nothing but symbols and punctuation ("|", "•", "»").
            return true;
        }

        if (text.Length <= MaxPhraseChars && (phrases.Contains(normalized) || IsShareBar(normalized)))
        {
            return true;
        }

        if (fragments.Length > 0)
        {
            var padded = " " + normalized + " ";
            foreach (var fragment in fragments)
            {
                if (padded.Contains(fragment, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        foreach (var prefix in prefixes)
        {
            if (prefix.Length > 0 && char.IsLetterOrDigit(prefix[0])
                    ? StartsWithWords(normalized, prefix)
                    : text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
    private bool IsShareBar(string normalized)
    {
        if (shareWords.Count == 0)
        {
            return false;
        }

        var words = normalized.Split(' ');
        return words.Length >= 2 && words.All(shareWords.Contains);
    }

    private static bool StartsWithWords(string normalized, string prefix) =>
        normalized.StartsWith(prefix, StringComparison.Ordinal)
        && (normalized.Length == prefix.Length || normalized[prefix.Length] == ' ');
}
