using System.Buffers;
using NewsExtract.Parsing;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>Looks for the words of a hint list inside the class, id, role and itemprop text of an element.</summary>
internal sealed class HintMatcher
{
    /// <summary>A hint this long or longer may stand inside an id word ("sidebarleft"); a shorter one must be the whole word or its plural.</summary>
    private const int MinEmbeddedChars = 6;

    /// <summary>An id of more words than this is read as a slug of a heading or title, not as a furniture name.</summary>
    private const int MaxFurnitureIdWords = 3;

    private readonly string[] words;
    private readonly SearchValues<string> values;

    private readonly bool idByWords;

    /// <param name="words">The hint words.</param>
    /// <param name="idByWords">Whether ids are matched word by word (for furniture hints: an id made from a heading, "shared-history", is no share bar) rather than as substrings.</param>
    public HintMatcher(IEnumerable<string> words, bool idByWords)
    {
        this.idByWords = idByWords;
        this.words = [.. words];
        values = SearchValues.Create(this.words, StringComparison.Ordinal);
    }

    public static HintMatcher Positive { get; } = new(PhraseList.Load("hints.positive"), idByWords: false);

    public static HintMatcher Negative { get; } = new(PhraseList.Load("hints.negative").Concat(PhraseList.Load("hints.furniture")), idByWords: true);

    public static HintMatcher Furniture { get; } = new(PhraseList.Load("hints.furniture"), idByWords: true);

    public static HintMatcher Keep { get; } = new(PhraseList.Load("hints.keep"), idByWords: true);

    /// <summary>Whether a hint word stands anywhere in the class, role and itemprop text, or as a word of the id.</summary>
    public bool Matches(Container container) =>
        Matches(container.Hints) || (idByWords ? MatchesId(container.IdWords) : container.IdWords.Any(Matches));

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
            foreach (var word in words)
            {
                if (idWord == word || (idWord.Length == word.Length + 1 && idWord[^1] == 's' && idWord.StartsWith(word, StringComparison.Ordinal))
                    || (word.Length >= MinEmbeddedChars && idWord.Contains(word, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
