using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class NameTokenizerTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    public static TheoryData<string> Sentences => new()
    {
        "Taylor Swift's first six albums were released through Big Machine, which was bought by Scooter Braun.",
        "The minister said on Monday that The Hague would rule.",
        "But In the end, President Joe Biden spoke — and U.S. officials (AP) agreed.",
        "He said so. She did not.",
        "  leading spaces and “Quoted Words” and «Les Mots» here  ",
        "The",
        "",
        "Der Bundeskanzler Olaf Scholz sagte, die Lage sei ernst.",
        "Владимир Путин заявил, что Россия готова.",
        "an ÉTAT of Éric Zemmour",
        "word\u00A0Name\u2009Other name",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_Sentence_KeepsWhatTheChunkWindowKeeps(string text) =>
        AssertSameTokens(ByChunkWindow(text), NameTokenizer.Read(text, Lexicon), text);

    [Fact]
    public void Read_RandomText_KeepsWhatTheChunkWindowKeeps()
    {
        // Seeded, so that a failure repeats; the pieces mix capitals, function words, marks, dashes and odd spaces.
        var random = new Random(20261128);
        string[] pieces = ["The", "But", "In", "the", "said", "Smith", "John", "—", "“We", "go,”", "(AP)", "U.S.", "of", "’s", "Mr.", "von",
            "Die", "and", "A", "\"", "«", "»", "x", "É", "ж", "Ж", "1", "-", "..."];
        string[] separators = [" ", "  ", "\u00A0", "\u2009", "\n"];
        for (var n = 0; n < 20000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)] + separators[random.Next(separators.Length)]);
            var text = string.Concat(parts);
            AssertSameTokens(ByChunkWindow(text), NameTokenizer.Read(text, Lexicon), text);
        }
    }

    /// <summary>
    /// The definition NameTokenizer.Read implements, read plainly: a window of three chunks (runs of non-space) over the text,
    /// keeping a chunk when it or the next is capitalised, a capitalised function word counting only before another
    /// capital, with a gap token wherever chunks were left out.
    /// </summary>
    private static TokenList ByChunkWindow(string text)
    {
        var chunks = new List<(int Start, int End, bool Capital, bool Function)>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            var letter = -1;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                letter = letter < 0 && char.IsLetterOrDigit(text[i]) ? i : letter;
                i++;
            }

            var capital = letter >= 0 && char.IsUpper(text[letter]);
            var core = text[start..i].Trim().AsSpan();
            var from = 0;
            while (from < core.Length && !char.IsLetterOrDigit(core[from]))
            {
                from++;
            }

            var to = core.Length;
            while (to > from && !char.IsLetterOrDigit(core[to - 1]))
            {
                to--;
            }

            chunks.Add((start, i, capital, capital && (Lexicon.ClassesOf(core[from..to]) & WordClass.Function) != 0));
        }

        bool Counts(int k) => k < chunks.Count && chunks[k].Capital && !(chunks[k].Function && !(k + 1 < chunks.Count && chunks[k + 1].Capital));

        var tokens = new TokenList(0);
        var gap = false;
        for (var k = 0; k < chunks.Count; k++)
        {
            if (!Counts(k) && !Counts(k + 1))
            {
                gap = true;
                continue;
            }

            if (gap && tokens.Count > 0)
            {
                tokens.Add(Token.GapAt(tokens[^1].End));
            }

            var before = tokens.Count;
            Token.AddRange(tokens, text, chunks[k].Start, chunks[k].End);
            gap = tokens.Count == before;
        }

        return tokens;
    }

    private static void AssertSameTokens(TokenList expected, TokenList actual, string text)
    {
        Assert.True(expected.Count == actual.Count, $"[{text}]: {Describe(expected)} but got {Describe(actual)}");
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.True(
                expected[k].Start == actual[k].Start && expected[k].End == actual[k].End && expected[k].Word == actual[k].Word
                    && expected[k].Trailing == actual[k].Trailing && expected[k].Leading == actual[k].Leading,
                $"[{text}]: {Describe(expected)} but got {Describe(actual)}");
        }
    }

    private static string Describe(TokenList tokens) =>
        string.Join(" | ", Enumerable.Range(0, tokens.Count).Select(k => $"{tokens[k].Leading}{tokens[k].Word}{tokens[k].Trailing}@{tokens[k].Start}"));
}
