using AngleSharp.Html.Parser;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Parsing;

public sealed class HtmlFrontEndTests
{
    private static ExtractionContext Read(string html)
    {
        var context = new ExtractionContext(ExtractionOptions.Default, null, CancellationToken.None);
        var document = new HtmlParser().ParseDocument(html);
        context.Document = document;
        new HtmlFrontEnd().Read(document, context);
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
    public void Read_PageNestedTwentyThousandLevels_DoesNotOverflowTheStack()
    {
        const int depth = 20_000;
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body>";

        var context = Read(html);

        Assert.Contains(context.Blocks, b => b.Text == "Deep text.");
        Assert.All(context.Blocks, b => Assert.True(b.ContainerPath.Length <= HtmlFrontEnd.MaxContainerPath));
    }
}
