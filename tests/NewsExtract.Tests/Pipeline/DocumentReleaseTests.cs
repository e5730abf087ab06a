using NewsExtract.Metadata;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Pipeline;

public sealed class DocumentReleaseTests
{
    private static ExtractionContext FrontEndRun(string html)
    {
        var context = new ExtractionContext(html, null, CancellationToken.None);
        new HtmlFrontEnd(ExtractionOptions.Default.MaxBlocks, MetadataStage.Collect).Run(context);
        return context;
    }

    [Fact]
    public void Run_AfterTheFrontEnd_DropsTheTreeAndTheElementsReadFromIt()
    {
        var context = FrontEndRun("<html><body><p>Text.</p></body></html>");
        context.Set(new MetadataBuilder { Title = "Title" });

        DocumentRelease.Default.Run(context);

        Assert.Null(context.Find<HtmlPage>());
        Assert.Null(context.Find<MetadataElements>());
        Assert.Equal("Title", context.Require<MetadataBuilder>().Title);
        Assert.Equal("Text.", Assert.Single(context.Blocks).Text);
    }

    [Fact]
    public void Run_PageWithNoscript_KeepsTheTreeForTheSecondReading()
    {
        var context = FrontEndRun("<html><body><noscript><p>Text.</p></noscript></body></html>");

        DocumentRelease.Default.Run(context);

        Assert.Null(context.Find<HtmlPage>());
        Assert.NotNull(context.Find<NoscriptPage>());
    }

    [Fact]
    public void Stages_DocumentRelease_ComesAfterEveryStageThatReadsTheTree()
    {
        var stages = ArticleExtractor.Default.Pipelines.Html.Stages.Select(s => s.GetType().Name).ToList();
        var release = stages.IndexOf(nameof(DocumentRelease));

        Assert.True(release > stages.IndexOf(nameof(MetadataStage)));
        Assert.True(release > stages.IndexOf("PageDiagnosticsStage"));
    }
}
