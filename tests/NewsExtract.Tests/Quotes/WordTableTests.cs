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
}
