using System.Globalization;
using NewsExtract.Dedup;

namespace NewsExtract.Tests.Dedup;

public sealed class NearDuplicateIndexTests
{
    private static string[] Story(int seed, int words = 300)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, words).Select(_ => "w" + random.Next(5_000).ToString(CultureInfo.InvariantCulture))];
    }

    private static string Text(IEnumerable<string> words) => string.Join(' ', words);

    /// <summary>Replaces every <paramref name="every"/>-th word from <paramref name="offset"/> on with a new one.</summary>
    private static string[] Edited(string[] words, int every, int offset = 0) =>
        [.. words.Select((w, i) => i % every == offset ? "edit" + i.ToString(CultureInfo.InvariantCulture) : w)];

    [Fact]
    public void Add_CopyWithEditedWords_JoinsTheFirstArticlesGroup()
    {
        var index = new NearDuplicateIndex();
        var original = Story(1);

        Assert.Null(index.Add("a", Text(original)));
        Assert.Null(index.Add("b", Text(Story(2))));
        var match = index.Add("c", Text(Edited(original, every: 20)));

        Assert.NotNull(match);
        Assert.Equal("a", match.Representative);
        var group = Assert.Single(index.Groups());
        Assert.Equal(["a", "c"], group.Members);
    }

    [Fact]
    public void Add_CopyCutToSeventyPercentWithBoilerplate_IsContainedInTheOriginal()
    {
        var index = new NearDuplicateIndex();
        var original = Story(3);
        index.Add("wire", Text(original));

        var copy = "Subscribe to our newsletter for the morning briefing. " + Text(Edited(original, every: 15).Take(210)) + " Copyright the site, all rights reserved.";
        var match = index.Add("site", copy);

        Assert.NotNull(match);
        Assert.True(match.Similarity.Containment > match.Similarity.Jaccard);
    }

    [Fact]
    public void Add_ChainOfDriftingCopies_IsConfirmedAgainstTheRepresentativeNotThroughMembers()
    {
        // Each copy edits a fresh eighth of the words of the one before: neighbours stay alike, the ends do not.
        var index = new NearDuplicateIndex();
        var words = Story(4);
        var joined = new List<bool>();
        for (var step = 0; step < 6; step++)
        {
            joined.Add(index.Add("copy" + step.ToString(CultureInfo.InvariantCulture), Text(words)) is not null);
            words = Edited(words, every: 8, offset: step);
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = words[i].StartsWith("edit", StringComparison.Ordinal) ? words[i] + "s" + step.ToString(CultureInfo.InvariantCulture) : words[i];
            }
        }

        var first = index.Groups().Single(g => g.Representative == "copy0");
        Assert.Contains("copy1", first.Members);
        Assert.DoesNotContain("copy5", first.Members);
        Assert.Contains(false, joined.Skip(1));
    }

    [Fact]
    public void Add_ShortQuoteOfALongArticle_IsNotACopy()
    {
        var index = new NearDuplicateIndex();
        var original = Story(5, words: 600);
        index.Add("long", Text(original));

        Assert.Null(index.Add("excerpt", Text(original.Take(120))));
    }

    [Fact]
    public void Add_DifferentArticles_FormNoGroup()
    {
        var index = new NearDuplicateIndex();
        for (var i = 0; i < 200; i++)
        {
            index.Add(i.ToString(CultureInfo.InvariantCulture), Text(Story(100 + i)));
        }

        Assert.Empty(index.Groups());
        Assert.Equal(200, index.Count);
    }

    [Fact]
    public void Add_TextShorterThanMinWords_IsLikeNothing()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("a", "Breaking news from the harbour tonight"));
        Assert.Null(index.Add("b", "Breaking news from the harbour tonight"));
        Assert.Empty(index.Groups());
    }

    [Fact]
    public void Add_SameIdTwice_Throws()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", Text(Story(1)));

        Assert.Throws<ArgumentException>(() => index.Add("a", Text(Story(2))));
    }

    [Fact]
    public async Task AddAsync_ThroughTheInterface_GroupsAsTheSynchronousCallsDo()
    {
        INearDuplicateIndex index = new NearDuplicateIndex();
        var original = Story(6);
        await index.AddAsync("a", NearDuplicateFingerprint.Create(Text(original)));
        var match = await index.AddAsync("b", NearDuplicateFingerprint.Create(Text(Edited(original, every: 25))));

        Assert.Equal("a", match?.Representative);
        var groups = new List<DuplicateGroup>();
        await foreach (var group in index.GetGroupsAsync())
        {
            groups.Add(group);
        }

        Assert.Equal(["a", "b"], Assert.Single(groups).Members);
    }

    [Fact]
    public void Fingerprint_RebuiltFromItsParts_ComparesAsTheOriginal()
    {
        var fingerprint = NearDuplicateFingerprint.Create(Text(Story(7)));
        var copy = new NearDuplicateFingerprint(fingerprint.Minima, fingerprint.ShingleCount);

        Assert.Equal(1.0, fingerprint.CompareTo(copy).Jaccard);
        Assert.Equal(NearDuplicateFingerprint.Bins * sizeof(ushort), fingerprint.Minima.Length * sizeof(ushort));
        Assert.Equal(298, fingerprint.ShingleCount);
    }

    [Theory]
    [InlineData(0.1, 20, 0.5)]
    [InlineData(0.8, 2, 0.5)]
    [InlineData(0.8, 20, 1.5)]
    [InlineData(double.NaN, 20, 0.5)]
    public void Constructor_OptionOutOfRange_Throws(double threshold, int minWords, double minLengthRatio)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(new NearDuplicateOptions { Threshold = threshold, MinWords = minWords, MinLengthRatio = minLengthRatio }));
    }
}
