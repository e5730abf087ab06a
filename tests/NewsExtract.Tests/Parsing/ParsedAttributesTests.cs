using AngleSharp.Dom;
using NewsExtract.Parsing;

namespace NewsExtract.Tests.Parsing;

/// <summary>The parser keeps the attributes the library reads, and every attribute of a formatting element; it drops the rest.</summary>
public sealed class ParsedAttributesTests
{
    [Fact]
    public void Parse_ElementWithReadAndUnreadAttributes_KeepsOnlyTheReadOnes()
    {
        var div = Parse("<div CLASS='story' id='main' data-track='x' aria-label='y' onclick='z()'>Text</div>").QuerySelector("div")!;

        Assert.Equal("story", div.GetAttribute("class"));
        Assert.Equal("main", div.GetAttribute("id"));
        Assert.Null(div.GetAttribute("data-track"));
        Assert.Null(div.GetAttribute("aria-label"));
        Assert.Null(div.GetAttribute("onclick"));
    }

    [Fact]
    public void Parse_MetadataAttributes_AreKept()
    {
        var document = Parse(
            "<html lang='de'><head><meta property='og:title' content='T'><meta http-equiv='x' name='n'>"
            + "<script type='application/ld+json'>{}</script></head><body><time datetime='2024-01-02' title='t'>2. Januar</time>"
            + "<span itemprop='author' role='note' style='color:red' hidden>A</span><a href='/x' rel='author'>B</a></body></html>");

        Assert.Equal("de", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("og:title", document.QuerySelector("meta")!.GetAttribute("property"));
        Assert.Equal("T", document.QuerySelector("meta")!.GetAttribute("content"));
        Assert.Equal("application/ld+json", document.QuerySelector("script")!.GetAttribute("type"));
        Assert.Equal("2024-01-02", document.QuerySelector("time")!.GetAttribute("datetime"));
        var span = document.QuerySelector("span")!;
        Assert.Equal(["itemprop", "role", "style", "hidden"], span.Attributes.Select(a => a.Name));
        Assert.Equal("author", document.QuerySelector("a")!.GetAttribute("rel"));
    }

    [Fact]
    public void Parse_FormattingElement_KeepsEveryAttribute()
    {
        // The tree builder compares all of a formatting element's attributes when it rebuilds them: none may go.
        var bold = Parse("<p><b data-id='1' aria-hidden='true'>x</b></p>").QuerySelector("b")!;

        Assert.Equal("1", bold.GetAttribute("data-id"));
        Assert.Equal("true", bold.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void Parse_FontWithColourInsideSvg_StillLeavesTheSvg()
    {
        // A font with a colour, face or size breaks out of foreign content: its attributes decide the tree.
        var font = Parse("<svg><font color='red'>x</font></svg>").QuerySelector("font")!;

        Assert.Equal("body", font.ParentElement!.LocalName);
    }

    private static IDocument Parse(string html) => HtmlFrontEnd.CreateParser().ParseDocument(html);
}
