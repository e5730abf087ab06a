using NewsExtract.Pipeline;

namespace NewsExtract.Metadata;

/// <summary>Whether a run of lines tells of the same things as the text after it.</summary>
internal enum Relatedness
{
    /// <summary>Too few longer words to judge.</summary>
    Unknown,
    Yes,
    No,
}

/// <summary>
/// Whether lines of plain text tell of the same things as the text after them, by the longer words they share: a
/// headline and standfirst share them with their article's first paragraphs, a teaser of another article does not.
/// </summary>
internal static class WordOverlap
{
    /// <summary>
    /// Whether the blocks from <paramref name="start"/> to <paramref name="end"/> share enough of their longer words
    /// with the text from <paramref name="next"/> on. Text without spaces (Chinese, Japanese) is compared by its
    /// pairs of neighbouring characters; a line with too few longer words to judge counts as sharing.
    /// </summary>
    public static bool Shares(IReadOnlyList<Block> blocks, int start, int end, int next) =>
        Of(blocks, start, end, next) != Relatedness.No;

    /// <summary>How the blocks from <paramref name="start"/> to <paramref name="end"/> relate by their longer words to the text from <paramref name="next"/> on.</summary>
    public static Relatedness Of(IReadOnlyList<Block> blocks, int start, int end, int next)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (blocks[i].Kept)
            {
                AddWords(blocks[i].Text, first);
            }
        }

        if (first.Count < MinWordsToCompare)
        {
            return Relatedness.Unknown;
        }

        var following = new HashSet<string>(StringComparer.Ordinal);
        var chars = 0;
        for (var i = next; i < blocks.Count && chars < MaxCharsCompared; i++)
        {
            if (blocks[i].Kept)
            {
                AddWords(blocks[i].Text, following);
                chars += blocks[i].Text.Length;
            }
        }

        return first.Count(following.Contains) >= first.Count * MinSharedWords ? Relatedness.Yes : Relatedness.No;
    }

    private static void AddWords(string text, HashSet<string> words)
    {
        foreach (var range in text.AsSpan().SplitAny(WordBreaks))
        {
            var word = text.AsSpan(range).Trim(WordTrim);
            if (AddPairs(word, words))
            {
                continue;
            }

            if (word.Length >= MinComparedWordChars && word.Length <= MaxComparedWordChars)
            {
                words.Add(word.ToString().ToLowerInvariant());
            }
        }
    }

    /// <summary>
    /// Adds the pairs of neighbouring characters of a script written without spaces (Chinese, Japanese, Thai; Korean
    /// syllables, whose words are too short to compare): such text has no words to split, and a headline shares
    /// its pairs with its article's paragraphs as a spaced one shares its words. Whether the token held any.
    /// </summary>
    private static bool AddPairs(ReadOnlySpan<char> token, HashSet<string> words)
    {
        var any = false;
        for (var i = 0; i + 1 < token.Length; i++)
        {
            if (IsUnspacedLetter(token[i]) && IsUnspacedLetter(token[i + 1]))
            {
                words.Add(token.Slice(i, 2).ToString());
                any = true;
            }
        }

        return any;
    }

    /// <summary>Han, kana, hangul syllables and Thai: letters of scripts that do not space their words, or space them short.</summary>
    private static bool IsUnspacedLetter(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3040' and <= '\u30FF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u0E00' and <= '\u0E7F');

    /// <summary>Words this long or longer are compared: shorter ones are mostly articles, pronouns, prepositions.</summary>
    private const int MinComparedWordChars = 5;

    /// <summary>A "word" longer than this is a run of text without spaces.</summary>
    private const int MaxComparedWordChars = 30;

    /// <summary>A section with fewer compared words is not judged by them.</summary>
    private const int MinWordsToCompare = 5;

    /// <summary>The text under the next line read for its words: its first paragraphs.</summary>
    private const int MaxCharsCompared = 4_000;

    /// <summary>
    /// Share of a standfirst's and headline's longer words found again in the article's first paragraphs: a quarter
    /// or more for nine in ten articles of the tuning corpora, for under one teaser of another article in twenty.
    /// </summary>
    private const double MinSharedWords = 0.25;

    private const string WordBreaks = " \t\n\u00A0";
    private const string WordTrim = ".,;:!?\"'“”„«»‚‘’()[]-–—…";
}
