using NewsExtract.Content;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Explanations;

/// <summary><see cref="ArticleExtractor.Explain(string, Uri?, CancellationToken)"/>: what became of every block, and why.</summary>
public sealed class ExplainTests
{
    private static readonly string SamplePage = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html"));

    private static readonly Lazy<ExtractionExplanation> Sample = new(() => ArticleExtractor.Default.Explain(SamplePage));

    private static ExplainedBlock BlockStarting(string start) =>
        Assert.Single(Sample.Value.Blocks, b => b.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Explain_SamplePage_ArticleIsTheOneExtractReturns()
    {
        var extracted = ArticleExtractor.Default.Extract(SamplePage);

        var explained = Sample.Value.Article;

        Assert.Equal(extracted.Title, explained.Title);
        Assert.Equal(extracted.Paragraphs, explained.Paragraphs);
        Assert.Equal(extracted.Quotes, explained.Quotes);
        Assert.Equal(extracted.Diagnostics.Removed, explained.Diagnostics.Removed);
    }

    [Fact]
    public void Explain_SamplePage_ListsEveryBlockInReadingOrder_TheKeptOnesAsTheParagraphs()
    {
        var blocks = Sample.Value.Blocks;

        Assert.Equal(Enumerable.Range(0, blocks.Count), blocks.Select(b => b.Order));
        var kept = blocks.Where(b => b.Fate == BlockFate.Kept).ToList();
        Assert.Equal(Sample.Value.Article.Paragraphs, kept.Select(b => b.Text));
        Assert.Equal(Enumerable.Range(0, kept.Count), kept.Select(b => b.ParagraphIndex));
        Assert.All(blocks.Where(b => b.Fate != BlockFate.Kept), b => Assert.Equal(-1, b.ParagraphIndex));
        Assert.All(blocks.Where(b => b.Fate != BlockFate.Kept), b => Assert.False(string.IsNullOrEmpty(b.Rule)));
        Assert.Equal(blocks.Count, kept.Count + Sample.Value.Article.Diagnostics.Removed.Count);
    }

    [Fact]
    public void Explain_BoilerplatePhrase_NamesTheListEntryThatMatched()
    {
        var skipLink = BlockStarting("Skip to main content");

        Assert.Equal(BlockFate.Boilerplate, skipLink.Fate);
        Assert.Contains("skip to main content", skipLink.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_PhraseAddedToTheBuilder_IsNamedAsTheRule()
    {
        var extractor = new ArticleExtractorBuilder().AddBoilerplatePhrases(["Floods close*"]).Build();

        var link = Assert.Single(extractor.Explain(SamplePage).Blocks, b => b.Text.StartsWith("Floods close", StringComparison.Ordinal));

        Assert.Equal(BlockFate.Boilerplate, link.Fate);
        Assert.Equal("starts with \"floods close\"", link.Rule);
    }

    [Fact]
    public void Explain_PullQuote_IsADuplicateOfTheParagraphItRepeats_WithTheSimilarity()
    {
        var pullQuote = Assert.Single(Sample.Value.Blocks, b => b.Tag == "p" && b.Text == "“We have waited long enough, and every winter we have been lucky.”");
        var original = BlockStarting("“We have waited long enough, and every winter we have been lucky,” said");

        Assert.Equal(BlockFate.Duplicate, pullQuote.Fate);
        Assert.Equal(original.Order, pullQuote.MergedInto);
        Assert.Equal(BlockFate.Kept, original.Fate);
        Assert.InRange(pullQuote.Similarity ?? 0, 0.5, 1.0);
        Assert.Equal("contained", pullQuote.Rule);
        Assert.Null(original.MergedInto);
    }

    [Fact]
    public void Explain_SidebarOutsideTheArticle_IsOutsideTheRegion()
    {
        var sidebar = BlockStarting("Ferry timetable changes");

        Assert.Equal(BlockFate.OutsideRegion, sidebar.Fate);
        Assert.Equal(RemovalRules.OutsideRegion, sidebar.Rule);
        Assert.Contains("aside.sidebar", sidebar.Container, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AsideInsideTheArticleBody_IsFurniture()
    {
        var page = SamplePage.Replace(
            "<p>Berg said", "<aside class=\"factbox\"><p>The old town has flooded eleven times since 1990, four of them in the last five winters, the council's own records show.</p></aside><p>Berg said", StringComparison.Ordinal);

        var factbox = Assert.Single(ArticleExtractor.Default.Explain(page).Blocks, b => b.Text.StartsWith("The old town has flooded", StringComparison.Ordinal));

        Assert.Equal(BlockFate.Furniture, factbox.Fate);
        Assert.Equal(RemovalRules.FurnitureContainer, factbox.Rule);
        Assert.EndsWith("aside.factbox", factbox.Container, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_CaptionAndByline_AreMetadata_EachWithItsRule()
    {
        Assert.Equal((BlockFate.Metadata, "caption"), (BlockStarting("The riverside after the floods").Fate, BlockStarting("The riverside after the floods").Rule));
        Assert.Equal((BlockFate.Metadata, "byline"), (BlockStarting("By Maria Lindqvist").Fate, BlockStarting("By Maria Lindqvist").Rule));
    }

    [Fact]
    public void Explain_SamplePage_GivesTheChosenRegionFirst_ThenItsRunnersUp()
    {
        var regions = Sample.Value.Regions;

        Assert.True(regions.Count > 1);
        Assert.True(regions[0].Chosen);
        Assert.True(regions[0].Included);
        Assert.Single(regions, r => r.Chosen);
        Assert.EndsWith("article.article > div.article-body", regions[0].Container, StringComparison.Ordinal);
        Assert.Contains(regions.Skip(1), r => r.Container.EndsWith("article.article", StringComparison.Ordinal));
        Assert.All(regions, r => Assert.InRange(r.LinkDensity, 0, 1));
        var runnersUp = regions.Skip(1).Select(r => r.Score).ToList();
        Assert.Equal(runnersUp.OrderDescending(), runnersUp);
    }

    [Fact]
    public void Explain_ScrapedText_HasNoRegion_AndExplainsItsLines()
    {
        const string text = """
            Skip to main content
            Harbour ferries to run through the night
            The harbour authority will run ferries through the night from June, it said on Monday, after a year of complaints from shift workers.
            "Night workers have waited long enough," said the harbour master, Ellen Brandt.
            Share this article
            """;

        var explanation = ArticleExtractor.Default.Explain(text, PageFormat.PlainText);

        Assert.Equal(PageFormat.PlainText, explanation.Format);
        Assert.Empty(explanation.Regions);
        Assert.All(explanation.Blocks, b => Assert.Equal(string.Empty, b.Tag));
        Assert.Equal(BlockFate.Boilerplate, explanation.Blocks[0].Fate);
        Assert.Equal(BlockFate.Boilerplate, explanation.Blocks[^1].Fate);
        Assert.Equal(ArticleExtractor.Default.ExtractFromText(text).Paragraphs, explanation.Article.Paragraphs);
    }

    [Fact]
    public void Explain_ArticleOnlyInNoscript_ExplainsTheSecondReading()
    {
        const string html = """
            <html><body><div id="app"></div><script>render()</script>
            <noscript><article><p>The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument over how to protect the old town.</p>
            <p>Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said on Friday.</p></article></noscript>
            </body></html>
            """;

        var explanation = ArticleExtractor.Default.Explain(html);

        Assert.Equal(BodySource.Noscript, explanation.Article.Diagnostics.BodySource);
        Assert.Equal(2, explanation.Blocks.Count(b => b.Fate == BlockFate.Kept));
    }

    [Fact]
    public void ContentStage_RecordsTheRegionChoice_OnlyIntoARecorderOnTheContext()
    {
        var pipeline = ArticleExtractor.Default.Pipelines.Html;
        var ordinary = new ExtractionContext(SamplePage, null, CancellationToken.None);
        var explained = new ExtractionContext(SamplePage, null, CancellationToken.None);
        var recorder = explained.Set(new RegionChoiceRecorder());

        pipeline.Run(ordinary);
        pipeline.Run(explained);

        Assert.Null(ordinary.Find<RegionChoiceRecorder>());
        Assert.Null(ordinary.Find<RegionChoiceResult>());
        Assert.NotNull(recorder.Choice);
        Assert.True(recorder.Choice.Included.Contains(recorder.Choice.Top));
    }
}

