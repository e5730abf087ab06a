using NewsExtract.Cleaning;
using NewsExtract.Content;
using NewsExtract.Dedup;
using NewsExtract.Metadata;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Tests.Architecture;

namespace NewsExtract.Tests.Pipeline;

/// <summary>How the stages are put together: the two pipelines, their order, and what a stage out of order does.</summary>
public sealed class ExtractionPipelineTests
{
    private const string Page = """
        <html><head><title>Ferry review ordered</title></head><body><article><h1>Ferry review ordered</h1>
        <p>The harbour authority has ordered an independent review of safety on the night ferries after two crew members were injured.</p>
        <p>"We owe it to the crews," the harbour master said on Monday, adding that the findings would be made public.</p>
        </article></body></html>
        """;

    private static readonly int MaxBlocks = ExtractionOptions.Default.MaxBlocks;

    [Fact]
    public void Run_DedupWithoutATitleStageBeforeIt_FailsLoudly()
    {
        var pipeline = new ExtractionPipeline(new TextFrontEnd(MaxBlocks), new DedupStage(0.9, markup: false));

        var error = Assert.Throws<MissingStageResultException>(() => pipeline.Run(new ExtractionContext("A line.\n\nA line.", null, CancellationToken.None)));

        Assert.Equal(typeof(MetadataBuilder), error.Result);
        Assert.Contains(nameof(DedupStage), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PageDiagnosticsAfterTheTreeIsReleased_FailsLoudly()
    {
        var pipeline = new ExtractionPipeline(
            new HtmlFrontEnd(MaxBlocks, MetadataStage.Collect), MetadataStage.Default, DocumentRelease.Default, PageDiagnosticsStage.Default);

        var error = Assert.Throws<MissingStageResultException>(() => pipeline.Run(new ExtractionContext("<p>Short.</p>", null, CancellationToken.None)));

        Assert.Equal(typeof(HtmlPage), error.Result);
    }

    [Fact]
    public void Run_MetadataWithoutTheCollectorOnTheWalk_FailsLoudly()
    {
        var pipeline = new ExtractionPipeline(new HtmlFrontEnd(MaxBlocks), MetadataStage.Default);

        var error = Assert.Throws<MissingStageResultException>(() => pipeline.Run(new ExtractionContext(Page, null, CancellationToken.None)));

        Assert.Equal(typeof(MetadataElements), error.Result);
    }

    [Fact]
    public void Run_EveryDefaultPipeline_FindsWhatEachStageNeeds()
    {
        var extractor = ArticleExtractor.Default;
        var html = new ExtractionContext(Page, null, CancellationToken.None);
        var text = new ExtractionContext("Ferry review ordered\n\nThe harbour authority has ordered an independent review of safety on the night ferries.", null, CancellationToken.None);
        var noscript = new ExtractionContext(Page, null, CancellationToken.None);
        noscript.Set(new NoscriptPage(HtmlFrontEnd.CreateParser().ParseDocument(Page)));

        extractor.Pipelines.Html.Run(html);
        extractor.Pipelines.Text.Run(text);
        extractor.Pipelines.NoscriptRetry.Run(noscript);

        Assert.Equal("Ferry review ordered", html.Require<MetadataBuilder>().Title);
        Assert.Equal("Ferry review ordered", text.Require<MetadataBuilder>().Title);
        Assert.Equal(html.KeptBlocks.Select(b => b.Text), noscript.KeptBlocks.Select(b => b.Text));
        Assert.Single(html.Quotes);
    }

    [Fact]
    public void Pipelines_EachStartWithTheirFrontEnd()
    {
        var pipelines = ArticleExtractor.Default.Pipelines;

        Assert.IsType<HtmlFrontEnd>(pipelines.Html.Stages[0]);
        Assert.IsType<TextFrontEnd>(pipelines.Text.Stages[0]);
        Assert.IsType<HtmlFrontEnd>(pipelines.NoscriptRetry.Stages[0]);
        Assert.Equal(pipelines.Html.Stages.Skip(1), pipelines.NoscriptRetry.Stages.Skip(1));
        Assert.Equal(pipelines.Html.Stages.OfType<CleaningStage>(), pipelines.Text.Stages.OfType<CleaningStage>());
        Assert.DoesNotContain(pipelines.Text.Stages, s => s is ContentStage or MetadataStage or PageDiagnosticsStage or DocumentRelease);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Build_OptionsThatTurnAStageOff_LeaveItOut(bool mergeDuplicates, bool extractQuotes)
    {
        var pipelines = new ArticleExtractor(ExtractionOptions.Default with { MergeDuplicates = mergeDuplicates, ExtractQuotes = extractQuotes }).Pipelines;

        foreach (var pipeline in new[] { pipelines.Html, pipelines.Text })
        {
            Assert.Equal(mergeDuplicates, pipeline.Stages.Any(s => s is DedupStage));
            Assert.Equal(extractQuotes, pipeline.Stages.Any(s => s.GetType().Name == "QuotesStage"));
        }
    }

    [Fact]
    public void Context_HoldsNoSettingsAndNoInputKind()
    {
        var properties = typeof(ExtractionContext).GetProperties().Select(p => p.Name).ToList();

        Assert.DoesNotContain("Options", properties);
        Assert.DoesNotContain("IsPlainText", properties);
        Assert.DoesNotContain("Document", properties);
    }

    [Fact]
    public void Readme_HowItWorks_ShowsThePipelinesAsBuilt()
    {
        var readme = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        static string NameOf(IExtractionStage stage) => stage.GetType().Name is var name && name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^5] : name;
        string[] Shown(string label) =>
            readme.Single(l => l.StartsWith(label + ":", StringComparison.Ordinal))[(label.Length + 1)..].Split('→', StringSplitOptions.TrimEntries);

        Assert.Equal(ArticleExtractor.Default.Pipelines.Html.Stages.Select(NameOf), Shown("HTML"));
        Assert.Equal(ArticleExtractor.Default.Pipelines.Text.Stages.Select(NameOf), Shown("Plain text"));
    }
}
