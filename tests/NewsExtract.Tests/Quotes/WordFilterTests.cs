using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class WordFilterTests
{
    private static readonly string[] Words = ["said", "told", "according", "erklärte", "déclaré"];

    [Fact]
    public void MayContain_AddedWordInAnyCase_IsTrue()
    {
        var filter = new WordFilter(Words, 1 << 14);

        foreach (var word in Words)
        {
            Assert.True(filter.MayContain(word));
            Assert.True(filter.MayContain(word.ToUpperInvariant()));
        }
    }

    [Fact]
    public void NextCandidate_Text_FindsTheListedWordsWithinTheLengths()
    {
        var filter = new WordFilter(Words, 1 << 14);
        const string text = "He SAID, according to her, that it was Déclaré — and a told-you-so.";
        var found = new List<string>();
        var position = 0;

        while (filter.NextCandidate(text, 4, 9, ref position, out var word))
        {
            found.Add(text[word]);
        }

        Assert.Equal(["SAID", "according", "Déclaré", "told"], found.Where(w => Words.Contains(w.ToLowerInvariant())));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Constructor_SizeNotAPowerOfTwoFrom64_Throws(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordFilter(Words, size));
}
