using NewsExtract.Dedup;

namespace NewsExtract.Tests.Dedup;

public sealed class NearDuplicateIndexTests
{
    private static string Story(int seed, int words = 200)
    {
        var random = new Random(seed);
        string[] vocabulary = ["council", "harbour", "ferry", "budget", "school", "river", "bridge", "minister", "storm", "market", "festival", "library", "police", "court", "museum", "train", "airport", "hospital", "farmer", "election"];
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }

    [Fact]
    public void Add_SyndicatedCopyWithEditedWords_IsFoundAsNearDuplicate()
    {
        var index = new NearDuplicateIndex();
        var original = Story(1);
        var words = original.Split(' ');
        words[10] = "edited";
        words[150] = "changed";

        Assert.Empty(index.Add("a", original));
        Assert.Empty(index.Add("b", Story(2)));
        Assert.Equal(["a"], index.Add("c", string.Join(' ', words)));

        var group = Assert.Single(index.Groups());
        Assert.Equal("a", group.Representative);
        Assert.Equal(["a", "c"], group.Members);
    }

    [Fact]
    public void Add_DifferentArticles_FormNoGroup()
    {
        var index = new NearDuplicateIndex();
        for (var i = 0; i < 50; i++)
        {
            index.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Story(100 + i));
        }

        Assert.Empty(index.Groups());
    }

    [Fact]
    public void Add_SameIdTwice_Throws()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", Story(1));

        Assert.Throws<ArgumentException>(() => index.Add("a", Story(2)));
    }

    [Fact]
    public void Constructor_ThresholdOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(new NearDuplicateOptions { Threshold = 0.1 }));
    }
}
