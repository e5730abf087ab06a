using NewsExtract.Parsing;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Parsing;

public sealed class TextFrontEndTests
{
    private static List<Block> Read(string text)
    {
        var context = new ExtractionContext(text, null, CancellationToken.None);
        new TextFrontEnd(ExtractionOptions.Default.MaxBlocks).Run(context);
        return context.Blocks;
    }

    [Fact]
    public void Read_LinesSeparatedByBlankLines_MakesOneBlockPerLine()
    {
        var blocks = Read("Skip to main content\nLatest news\n\nA headline\n\nThe first paragraph.");

        Assert.Equal(["Skip to main content", "Latest news", "A headline", "The first paragraph."], blocks.Select(b => b.Text));
        Assert.Equal([0, 1, 2, 3], blocks.Select(b => b.Order));
    }

    [Fact]
    public void Read_HardWrappedParagraph_JoinsItsLines()
    {
        var blocks = Read("The council voted on Thursday night to build a movable flood barrier along\nthe riverside, ending ten years of argument.\n\nNext paragraph.");

        Assert.Equal(2, blocks.Count);
        Assert.Equal("The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument.", blocks[0].Text);
    }

    [Fact]
    public void Read_ShortLinesInARow_StaySeparate()
    {
        var blocks = Read("Home\nNews\nSport");

        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Read_WindowsLineEndingsAndExtraSpaces_AreNormalised()
    {
        var blocks = Read("  First   line  \r\n\r\nSecond\tline\r\n");

        Assert.Equal(["First line", "Second line"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_MoreLinesThanMaxBlocks_StopsAtTheLimit()
    {
        var context = new ExtractionContext(string.Join("\n\n", Enumerable.Range(0, 100).Select(i => $"Line {i}.")), null, CancellationToken.None);

        new TextFrontEnd(maxBlocks: 10).Run(context);

        Assert.Equal(10, context.Blocks.Count);
    }
}
