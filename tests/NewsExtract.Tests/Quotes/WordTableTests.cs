using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class WordTableTests
{
    [Fact]
    public void Find_EveryListedWord_GivesItsClasses()
    {
        var words = Enumerable.Range(0, 3000).ToDictionary(i => $"w{i}x", i => (WordClass)(1 << (i % 20)));
        var table = new WordTable(words);

        foreach (var (word, classes) in words)
        {
            Assert.Equal(classes, table.Find(word));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("said")]
    [InlineData("sai")]
    [InlineData("saidx")]
    [InlineData("Said")]
    public void Find_WordNotListed_GivesNone(string word)
    {
        var table = new WordTable(new Dictionary<string, WordClass> { ["says"] = WordClass.SingleCue, ["told"] = WordClass.SingleCue });

        Assert.Equal(WordClass.None, table.Find(word));
    }

    [Fact]
    public void Find_EmptyTable_GivesNone() =>
        Assert.Equal(WordClass.None, new WordTable(new Dictionary<string, WordClass>()).Find("the"));

    [Theory]
    [InlineData("spokeswoman")]
    [InlineData("spokespersons")]
    [InlineData("gewerkschaftschefin")]
    [InlineData("")]
    public void Find_WordOfAnyLength_GivesItsClasses(string word)
    {
        var table = new WordTable(new Dictionary<string, WordClass> { [word] = WordClass.Female, ["said"] = WordClass.SingleCue });

        Assert.Equal(WordClass.Female, table.Find(word));
        Assert.Equal(WordClass.SingleCue, table.Find("said"));
        Assert.Equal(WordClass.None, table.Find(word + "x"));
    }

    [Fact]
    public void Lexicon_EveryListedWord_IsFoundWithItsClasses()
    {
        var lexicon = Lexicon.Default;

        foreach (var word in lexicon.FunctionWords.Concat(lexicon.SingleWordCues).Concat(lexicon.FemaleWords).Concat(lexicon.Honorifics))
        {
            Assert.NotEqual(WordClass.None, lexicon.ClassesOf(word.ToLowerInvariant()));
        }
    }
}
