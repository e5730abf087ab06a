using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class LexiconTests
{
    [Fact]
    public void ClassesOf_EveryListedWord_GivesItsClasses()
    {
        var lexicon = Lexicon.Default;

        foreach (var word in lexicon.FunctionWords.Concat(lexicon.SingleWordCues).Concat(lexicon.FemaleWords).Concat(lexicon.Honorifics))
        {
            Assert.NotEqual(WordClass.None, lexicon.ClassesOf(word));
        }
    }

    [Theory]
    [InlineData("Said", "said")]
    [InlineData("ACCORDING", "according")]
    [InlineData("The", "the")]
    [InlineData("Élise", "élise")]
    public void ClassesOf_AnyCase_GivesTheClassesOfTheLowerCaseWord(string word, string lower)
    {
        Assert.NotEqual(WordClass.None, Lexicon.Default.ClassesOf(lower));
        Assert.Equal(Lexicon.Default.ClassesOf(lower), Lexicon.Default.ClassesOf(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sai")]
    [InlineData("saidx")]
    [InlineData("Kabulov")]
    public void ClassesOf_WordOnNoList_GivesNone(string word) =>
        Assert.Equal(WordClass.None, Lexicon.Default.ClassesOf(word));

    [Theory]
    [InlineData("Nothing here names anyone.", false)]
    [InlineData("The envoy said so.", true)]
    [InlineData("According to the ministry, talks went on.", true)]
    [InlineData("Er erklärte es.", true)]
    public void HasTrigger_TellsTextWithACueWord(string text, bool expected) =>
        Assert.Equal(expected, Lexicon.Default.HasTrigger(text));
}
