using NewsExtract.Dedup;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Dedup;

public sealed class BlockMergerTests
{
    private static readonly string[] Article =
    [
        "The harbour authority has ordered an independent review of safety on the night ferries after two crew members were injured.",
        "\"We owe it to our crews and passengers to understand exactly what went wrong,\" said Ingrid Solheim, the director of operations.",
        "The review will look at weather procedures, staffing levels and the age of the fleet, according to a statement on Monday.",
        "Solheim said the findings would be made public before the summer timetable begins in June next year.",
    ];

    private static (List<Block> Blocks, List<Merge> Merges) Merge(IEnumerable<string> texts, double similarity = 0.9)
    {
        var blocks = texts.Select((t, i) => new Block(i, t, BlockKind.Line)).ToList();
        var merges = new BlockMerger(similarity).Merge(blocks);
        return (blocks, merges);
    }

    private static IEnumerable<string> Kept(List<Block> blocks) => blocks.Where(b => b.Kept).Select(b => b.Text);

    [Fact]
    public void Merge_PageWithTwoCopies_KeepsOneCopy()
    {
        var (blocks, merges) = Merge(Article.Concat(Article));

        Assert.Equal(Article, Kept(blocks));
        Assert.Equal(4, merges.Count);
        Assert.All(merges, m => Assert.Equal(MergeRule.Exact, m.Rule));
    }

    [Fact]
    public void Merge_TeaserCopyBeforeTheArticle_KeepsTheArticleOrder()
    {
        var (blocks, _) = Merge(new[] { Article[2], Article[0] }.Concat(Article));

        Assert.Equal(Article, Kept(blocks));
    }

    [Fact]
    public void Merge_CopyWithAnEditedWord_IsMergedIntoTheOriginal()
    {
        var edited = Article[0].Replace("independent", "external", StringComparison.Ordinal);

        var (blocks, merges) = Merge(Article.Append(edited));

        Assert.Equal(Article, Kept(blocks));
        Assert.Equal(MergeRule.Near, Assert.Single(merges).Rule);
    }

    [Fact]
    public void Merge_PullQuoteLiftedFromAParagraph_IsDroppedWhereItStands()
    {
        var pullQuote = "We owe it to our crews and passengers to understand exactly what went wrong";

        var (blocks, merges) = Merge([Article[0], pullQuote, Article[1], Article[2], Article[3]]);

        Assert.Equal(Article, Kept(blocks));
        var merge = Assert.Single(merges);
        Assert.Equal(MergeRule.Contained, merge.Rule);
        Assert.Same(blocks[2], merge.Kept);
    }

    [Fact]
    public void Merge_TruncatedTeaser_KeepsTheFullParagraph()
    {
        var teaser = Article[0][..80] + "…";

        var (blocks, _) = Merge(new[] { teaser }.Concat(Article));

        Assert.Equal(Article, Kept(blocks));
    }

    [Fact]
    public void Merge_ArticleWithoutDuplicates_PassesThroughUntouched()
    {
        var (blocks, merges) = Merge(Article);

        Assert.Equal(Article, Kept(blocks));
        Assert.Empty(merges);
    }

    [Fact]
    public void Merge_DifferentParagraphsSharingAPhrase_AreBothKept()
    {
        string[] texts =
        [
            "The minister said the budget would rise by four percent next year, mostly for schools and hospitals in the north.",
            "The opposition said the budget would rise by far less than promised once inflation was taken into account next year.",
        ];

        var (blocks, merges) = Merge(texts);

        Assert.Equal(texts, Kept(blocks));
        Assert.Empty(merges);
    }

    [Fact]
    public void Merge_WholeSentenceBeforeTheParagraphThatHoldsIt_IsKeptAtBothPlaces()
    {
        // Written twice by its author (a summary line, a sentence the next paragraph opens with): a pull quote
        // repeats what was said before, it does not say it first.
        const string sentence = "The review will look at weather procedures, staffing levels and the age of the fleet.";
        string[] texts = [Article[0], sentence, Article[1], Article[2], Article[3]];

        var (blocks, merges) = Merge(texts);

        Assert.Equal(texts, Kept(blocks));
        Assert.Empty(merges);
    }

    [Fact]
    public void Merge_WholeSentenceAfterTheParagraphThatHoldsIt_IsDroppedAsAPullQuote()
    {
        const string sentence = "The review will look at weather procedures, staffing levels and the age of the fleet.";

        var (blocks, merges) = Merge([Article[0], Article[1], Article[2], sentence, Article[3]]);

        Assert.Equal(Article, Kept(blocks));
        Assert.Equal(MergeRule.Contained, Assert.Single(merges).Rule);
    }
}
