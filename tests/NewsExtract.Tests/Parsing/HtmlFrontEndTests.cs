using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Parsing;

public sealed class HtmlFrontEndTests
{
    private static readonly int MaxBlocks = ExtractionOptions.Default.MaxBlocks;

    private static ExtractionContext Read(string html)
    {
        var context = new ExtractionContext(html, null, CancellationToken.None);
        new HtmlFrontEnd(MaxBlocks).Run(context);
        return context;
    }

    [Fact]
    public void Read_Paragraphs_BecomeBlocksInReadingOrder()
    {
        var context = Read("<body><h1>Title</h1><div><p>First <b>bold</b> text.</p><p>Second.</p></div><ul><li>Item</li></ul></body>");

        Assert.Equal(["Title", "First bold text.", "Second.", "Item"], context.Blocks.Select(b => b.Text));
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.ListItem], context.Blocks.Select(b => b.Kind));
        Assert.Equal(1, context.Blocks[0].HeadingLevel);
    }

    [Fact]
    public void Read_ScriptsStylesAndHiddenElements_AreSkipped()
    {
        var context = Read("<body><script>var x = 1;</script><style>p{}</style><p hidden>Hidden</p><p style='display: none'>Gone</p><p>Shown</p></body>");

        Assert.Equal(["Shown"], context.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_ScreenReaderLabelsAndTooltips_AreSkipped()
    {
        var context = Read("<body><p>Read <span class='sr-only'>(opens in a new window)</span>the report<span class='tooltip'>Definition of report</span>.</p></body>");

        Assert.Equal(["Read the report."], context.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_DoubleLineBreaks_SplitParagraphs()
    {
        var context = Read("<body><div>First paragraph.<br><br>Second paragraph.<br>Same paragraph.</div></body>");

        Assert.Equal(["First paragraph.", "Second paragraph.\nSame paragraph."], context.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_LinkText_CountsTowardsLinkDensity()
    {
        var context = Read("<body><p><a href='/x'>Read this</a> now</p></body>");

        Assert.Equal("Read this now", context.Blocks[0].Text);
        Assert.Equal(8, context.Blocks[0].LinkChars);
    }

    [Fact]
    public void Read_NavigationAndFooter_AreMarkedAsFurniture()
    {
        var context = Read("<body><nav><a href='/'>Home</a></nav><p>Body</p><footer>Footer</footer></body>");

        Assert.Equal([true, false, true], context.Blocks.Select(b => b.InPageFurniture));
    }

    [Fact]
    public void Read_HeaderInsideArticle_HeadsTheArticleNotThePage()
    {
        var context = Read("<body><header><a href='/'>Home</a></header><article><header><p>Standfirst</p></header><p>Body</p></article></body>");

        Assert.Equal([true, false, false], context.Blocks.Select(b => b.InPageFurniture));
        Assert.Equal([false, true, false], context.Blocks.Select(b => b.InSectionHeader));
    }

    [Fact]
    public void Read_PageNestedTwentyThousandLevels_DoesNotOverflowTheStack()
    {
        const int depth = 20_000;
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body>";

        var context = Read(html);

        Assert.Contains(context.Blocks, b => b.Text == "Deep text.");
        Assert.All(context.Blocks, b => Assert.True(b.ContainerPath.Length <= HtmlWalker.MaxContainerPath));
    }

    private const string PageWithHeadAndSkippedParts =
        "<html lang='en'><head><title>T</title><meta name='author' content='A'><script type='application/ld+json'>{}</script></head>"
        + "<body><div><p>One <b>bold</b></p><noscript><p>Fallback</p></noscript><div hidden><span class='byline'>By X</span></div>"
        + "<svg><g><path/></g></svg><button><span>Tap</span></button><p>Two</p></div></body></html>";

    [Fact]
    public void Read_WithObserver_ShowsEveryElementInDocumentOrder()
    {
        var document = new HtmlParser().ParseDocument(PageWithHeadAndSkippedParts);
        var context = new ExtractionContext(PageWithHeadAndSkippedParts, null, CancellationToken.None);
        var observer = new RecordingObserver();

        new HtmlFrontEnd(MaxBlocks).Read(document, context, observer);

        Assert.Equal(document.All.Select(e => e.LocalName), observer.Seen.Select(e => e.LocalName));
        Assert.Equal(document.All, observer.Seen);
        Assert.Equal(["One bold", "Two"], context.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_WithObserverPastMaxBlocks_StillShowsEveryElement()
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 30).Select(i => $"<p>Paragraph {i}</p>"));
        var document = new HtmlParser().ParseDocument($"<html><body>{paragraphs}<div><h1>Late headline</h1></div></body></html>");
        var context = new ExtractionContext(string.Empty, null, CancellationToken.None);
        var observer = new RecordingObserver();

        new HtmlFrontEnd(maxBlocks: 10).Read(document, context, observer);

        Assert.Equal(10, context.Blocks.Count);
        Assert.Equal(document.All, observer.Seen);
    }

    [Fact]
    public void Run_Page_HandsOnTheTreeAndTheObserver()
    {
        var context = new ExtractionContext("<html><body><p>Text.</p></body></html>", null, CancellationToken.None);
        var frontEnd = new HtmlFrontEnd(MaxBlocks, (_, c) => c.Set(new RecordingObserver()));

        frontEnd.Run(context);

        var document = context.Require<HtmlPage>().Document;
        Assert.Equal(document.All, context.Require<RecordingObserver>().Seen);
        Assert.Null(context.Find<NoscriptPage>());
    }

    [Theory]
    [InlineData("<html><head><noscript><link rel=stylesheet href=a.css></noscript></head><body><p>Text.</p></body></html>", true)]
    [InlineData("<html><body><div><noscript><p>Article.</p></noscript></div></body></html>", true)]
    [InlineData("<html><body><NOSCRIPT>Enable scripts.</NOSCRIPT></body></html>", true)]
    [InlineData("<html><body><div hidden><noscript>Enable scripts.</noscript></div><p>Text.</p></body></html>", true)]
    [InlineData("<html><body><p>No fallback content.</p><script>x()</script></body></html>", false)]
    public void Run_PageWithNoscript_KeepsTheTreeForASecondReading(string html, bool expected)
    {
        var context = new ExtractionContext(html, null, CancellationToken.None);

        new HtmlFrontEnd(MaxBlocks, (_, c) => c.Set(new RecordingObserver())).Run(context);

        var document = context.Require<HtmlPage>().Document;
        Assert.Equal(document.QuerySelector("noscript") is not null, context.Find<NoscriptPage>() is not null);
        Assert.Equal(expected, context.Find<NoscriptPage>() is not null);
    }

    [Fact]
    public void Run_SecondReading_ReadsTheNoscriptContentOfTheKeptTree()
    {
        var first = new ExtractionContext("<html><body><div id='app'></div><noscript><p>The article for readers without scripts.</p></noscript></body></html>", null, CancellationToken.None);
        new HtmlFrontEnd(MaxBlocks, (_, c) => c.Set(new RecordingObserver())).Run(first);
        var second = new ExtractionContext(first.Input, null, CancellationToken.None);
        second.Set(first.Require<NoscriptPage>());

        new HtmlFrontEnd(MaxBlocks, readNoscript: true).Run(second);

        Assert.Empty(first.Blocks);
        Assert.Equal(["The article for readers without scripts."], second.Blocks.Select(b => b.Text));
        Assert.Same(first.Require<HtmlPage>().Document, second.Require<HtmlPage>().Document);
    }

    [Theory]
    [InlineData("xmp")]
    [InlineData("XMP")]
    [InlineData("noembed")]
    [InlineData("noframes")]
    public void Run_RawTextABrowserShows_IsStillRead(string tag)
    {
        var context = new ExtractionContext($"<html><head><style>p {{ color: red }}</style></head><body><{tag}>Shown as <b>text</b>.</{tag}><p>Text.</p></body></html>", null, CancellationToken.None);

        new HtmlFrontEnd(MaxBlocks).Run(context);

        Assert.Contains("Shown as <b>text</b>.", context.Blocks.Select(b => b.Text));
        Assert.Equal("p { color: red }", context.Require<HtmlPage>().Document.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void Run_PageWithoutRawTextABrowserShows_KeepsNoStyleSheetText()
    {
        var context = new ExtractionContext("<html><head><style>p { color: red }</style></head><body><script>var a = 1;</script><p>Text.</p><!-- note --></body></html>", null, CancellationToken.None);

        new HtmlFrontEnd(MaxBlocks).Run(context);

        var document = context.Require<HtmlPage>().Document;
        Assert.Equal(["Text."], context.Blocks.Select(b => b.Text));
        Assert.Empty(document.QuerySelector("style")!.TextContent);
        Assert.Equal("var a = 1;", document.QuerySelector("script")!.TextContent);
    }

    [Fact]
    public void Run_SecondReadingWithoutAFirst_FailsLoudly()
    {
        var context = new ExtractionContext("<p>Text.</p>", null, CancellationToken.None);
        var frontEnd = new HtmlFrontEnd(MaxBlocks, readNoscript: true);
        context.CurrentStage = frontEnd;

        var error = Assert.Throws<MissingStageResultException>(() => frontEnd.Run(context));

        Assert.Equal(typeof(NoscriptPage), error.Result);
        Assert.Contains(nameof(HtmlFrontEnd), error.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingObserver : IElementObserver
    {
        public List<IElement> Seen { get; } = [];

        public void Observe(IElement element, string tag, in ElementAttributes attributes) => Seen.Add(element);
    }
}
