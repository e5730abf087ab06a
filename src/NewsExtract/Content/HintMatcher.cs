using System.Buffers;
using System.Collections.Frozen;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>Looks for the words of a hint list inside the class, id, role and itemprop text of an element.</summary>
internal sealed class HintMatcher
{
    /// <summary>A hint this long or longer may stand inside an id word ("sidebarleft"); a shorter one must be the whole word or its plural.</summary>
    private const int MinEmbeddedChars = 6;

    /// <summary>An id of more words than this is read as a slug of a heading or title, not as a furniture name.</summary>
    private const int MaxFurnitureIdWords = 3;

    private readonly SearchValues<string> values;

    /// <summary>The words, for id words equal to one or to its plural.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> exactWords;

    /// <summary>The words long enough to be recognised inside a run-together id word, or <see langword="null"/> when there are none.</summary>
    private readonly SearchValues<string>? embeddedWords;

    private readonly bool idByWords;

    /// <param name="words">The hint words.</param>
    /// <param name="idByWords">Whether ids are matched word by word (for furniture hints: an id made from a heading, "shared-history", is no share bar) rather than as substrings.</param>
    public HintMatcher(IEnumerable<string> words, bool idByWords)
    {
        this.idByWords = idByWords;
        string[] list = [.. words];
        values = SearchValues.Create(list, StringComparison.Ordinal);
        exactWords = list.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var longWords = list.Where(w => w.Length >= MinEmbeddedChars).ToArray();
        embeddedWords = longWords.Length > 0 ? SearchValues.Create(longWords, StringComparison.Ordinal) : null;
    }

    public static HintMatcher Positive { get; } = new(PhraseList.Load("hints.positive"), idByWords: false);

    public static HintMatcher Negative { get; } = new(PhraseList.Load("hints.negative").Concat(PhraseList.Load("hints.furniture")), idByWords: true);

    public static HintMatcher Furniture { get; } = new(PhraseList.Load("hints.furniture"), idByWords: true);

    public static HintMatcher Keep { get; } = new(PhraseList.Load("hints.keep"), idByWords: true);

    public static HintMatcher Contested { get; } = new(PhraseList.Load("hints.contested"), idByWords: true);

    public static HintMatcher Box { get; } = new(PhraseList.Load("hints.box"), idByWords: true);

    /// <summary>Whether a hint word stands anywhere in the class, role and itemprop text, or as a word of the id.</summary>
    public bool Matches(Container container) =>
        MatchesHints(container.Hints) || (idByWords ? MatchesId(container.IdWords) : MatchesAny(container.IdWords));

    /// <summary>
    /// Class, role and itemprop joined by spaces: "  " (two spaces) when the element has none of them, as most have,
    /// which no word can be found in; that case is told by the length, without a search.
    /// </summary>
    private bool MatchesHints(string hints) => hints.Length > 2 && Matches(hints);

    private bool MatchesAny(string[] idWords)
    {
        foreach (var idWord in idWords)
        {
            if (Matches(idWord))
            {
                return true;
            }
        }

        return false;
    }

    public bool Matches(string hints) => hints.Length > 0 && hints.AsSpan().IndexOfAny(values) >= 0;

    private bool MatchesId(string[] idWords)
    {
        // "sharing-with-a-single-developer" is a heading's slug, not a share bar: ids of many words name content.
        if (idWords.Length > MaxFurnitureIdWords)
        {
            return false;
        }

        foreach (var idWord in idWords)
        {
            // The word itself, its plural ("comments"), or a long word inside it ("relatedposts").
            if (exactWords.Contains(idWord)
                || (idWord.Length > 1 && idWord[^1] == 's' && exactWords.Contains(idWord.AsSpan(0, idWord.Length - 1)))
                || (embeddedWords is not null && idWord.AsSpan().IndexOfAny(embeddedWords) >= 0))
            {
                return true;
            }
        }

        return false;
    }
}
