using AngleSharp.Html.Parser;
using NewsExtract.Metadata;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Pipeline;

public sealed class DocumentReleaseTests
{
    [Fact]
    public void Run_HtmlPage_DropsTheTreeButStaysHtml()
    {
        var document = new HtmlParser().ParseDocument("<html><body><p>Text.</p></body></html>");
        var context = new ExtractionContext(ExtractionOptions.Default, null, CancellationToken.None)
        {
            Document = document,
            MetadataElements = new MetadataElements(document),
        };

        DocumentRelease.Default.Run(context);

        Assert.Null(context.Document);
        Assert.Null(context.MetadataElements);
        Assert.False(context.IsPlainText);
    }

    [Fact]
    public void Run_PlainText_StaysPlainText()
    {
        var context = new ExtractionContext(ExtractionOptions.Default, null, CancellationToken.None);

        DocumentRelease.Default.Run(context);

        Assert.True(context.IsPlainText);
    }

    [Fact]
    public void Stages_DocumentRelease_ComesAfterEveryStageThatReadsTheTree()
    {
        var stages = ArticleExtractor.Default.Pipeline.Stages.Select(s => s.GetType().Name).ToList();
        var release = stages.IndexOf(nameof(DocumentRelease));

        Assert.Contains("MetadataStage", stages);
        Assert.Contains("PageDiagnosticsStage", stages);
        Assert.True(release > stages.IndexOf("MetadataStage"));
        Assert.True(release > stages.IndexOf("PageDiagnosticsStage"));
    }
}
