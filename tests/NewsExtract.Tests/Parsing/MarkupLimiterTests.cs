using System.IO.Compression;
using System.Text;
using AngleSharp.Dom;
using CsCheck;
using NewsExtract.Parsing;
using Xunit.Abstractions;

namespace NewsExtract.Tests.Parsing;

/// <summary>
/// The markup pre-scan: pages within the bounds come back untouched; past them, the tree AngleSharp builds from what
/// comes back stays within the depth bound (measured on AngleSharp's own tree) and keeps the text.
/// </summary>
public sealed class MarkupLimiterTests(ITestOutputHelper output)
{
    private const int Depth = 512;

    [Fact]
    public void Limit_VendoredCorpusPages_ReturnsEveryPageUntouchedWithAQuarterOfTheDepthBound()
    {
        var pages = Directory.GetFiles(TestPaths.Corpora, "*.html.gz", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var path in pages)
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            var html = ArticleExtractor.Decode(bytes.ToArray());

            var limited = MarkupLimiter.Limit(html, Depth / 4, 100_000);

            if (!ReferenceEquals(html, limited.Html))
            {
                int FirstDifference(int bound)
                {
                    var other = MarkupLimiter.Limit(html, bound, 100_000).Html;
                    var at = 0;
                    while (at < html.Length && at < other.Length && html[at] == other[at])
                    {
                        at++;
                    }

                    return at;
                }

                var from = FirstDifference(Depth / 8);
                var to = FirstDifference(Depth / 4);
                output.WriteLine($"{from} {to}");
                output.WriteLine(string.Join(" ", System.Text.RegularExpressions.Regex.Matches(html[from..to], "<[/a-zA-Z!][^\\s>]*").Select(m => m.Value)));
            }

            Assert.True(ReferenceEquals(html, limited.Html), $"{Path.GetFileName(path)} was limited (parsed depth {MaxDepth(Parse(html))})");
        }
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<span><b><i>", "")]
    [InlineData("<b><div>", "</b>")]
    [InlineData("<table><tr><td>", "")]
    [InlineData("<ul><li>", "")]
    [InlineData("<svg><g>", "")]
    public void Limit_DeepNesting_ParsesWithinTheBoundAndKeepsTheText(string open, string close)
    {
        var html = "<body>" + Repeat(open, 20_000) + "<p>the words at the bottom</p>" + Repeat(close, 20_000) + "<p>after</p>";

        var limited = MarkupLimiter.Limit(html, Depth, 1_000_000);

        Assert.True(limited.DepthLimited);
        var document = Parse(limited.Html);
        Assert.InRange(MaxDepth(document), 1, 2 * Depth + 8);
        Assert.Contains("the words at the bottom", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("after", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<SCRIPT>var a = 1;</SCRIPT>")]
    [InlineData("<Style>p { }</Style>")]
    [InlineData("<TEXTAREA>a</textarea>")]
    public void Limit_RawTextElementNamedInCapitals_EndsAtItsEndTagAndTheNestingAfterIsLimited(string rawText)
    {
        // The tokenizer reads tag names in any case: the scan must find the end tag so, or it would pass over the rest of the page.
        var html = "<body>" + rawText + Repeat("<div>", 20_000) + "<p>the words at the bottom</p>";

        var limited = MarkupLimiter.Limit(html, Depth, 1_000_000);

        Assert.True(limited.DepthLimited);
        Assert.InRange(MaxDepth(Parse(limited.Html)), 1, 2 * Depth + 8);
    }

    [Fact]
    public void Limit_FormattingElementsRebuiltAfterEveryParagraph_StayWithinTheBound()
    {
        // Each distinct <b> stays on the list of active formatting elements and is rebuilt inside every later paragraph.
        var html = "<body><p>" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<b id={i}>")) + "x</p>" + Repeat("<p>y</p>", 50);

        var limited = MarkupLimiter.Limit(html, Depth, 1_000_000);

        Assert.True(limited.DepthLimited);
        Assert.InRange(MaxDepth(Parse(limited.Html)), 1, 2 * Depth + 8);
    }

    [Fact]
    public void Limit_TooManyElements_CutsTheMarkupAtTheBound()
    {
        var html = "<body><p>kept</p>" + Repeat("<i>a</i>", 100_000);

        var limited = MarkupLimiter.Limit(html, Depth, 10_000);

        Assert.True(limited.ElementsLimited);
        Assert.StartsWith("<body><p>kept</p>", limited.Html, StringComparison.Ordinal);
        Assert.InRange(Parse(limited.Html).All.Length, 10_000, 10_010);
    }

    [Theory]
    [InlineData("<script>var s = '<div><div><div>';</script>")]
    [InlineData("<!-- <div><div><div> -->")]
    [InlineData("<textarea><div><div><div></textarea>")]
    [InlineData("<p title='<div><div><div>'>a</p>")]
    [InlineData("<div></div><div></div><div></div>")]
    [InlineData("<p>one<p>two<p>three")]
    [InlineData("<ul><li>one<li>two<li>three</ul>")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>")]
    [InlineData("<img><br><hr><input><meta><link>")]
    public void Limit_MarkupThatOpensNoDepth_IsNotLimited(string fragment)
    {
        // 500 repetitions with a depth bound of 8: one element opened per repetition and left open would pass it.
        var html = "<body>" + Repeat(fragment, 500);

        var limited = MarkupLimiter.Limit(html, 8, 1_000_000);

        Assert.Same(html, limited.Html);
    }

    [Fact]
    public void Limit_CancelledToken_Throws()
    {
        var html = Repeat("<i>a</i>", 100_000);

        Assert.Throws<OperationCanceledException>(() => MarkupLimiter.Limit(html, Depth, 1_000_000, new CancellationToken(canceled: true)));
    }

    /// <summary>
    /// Any tag soup of the elements whose rules the model follows: the tree the extractor's parser builds from the
    /// limited markup nests no deeper than twice the bound (the model is approximate where AngleSharp departs from the
    /// standard, as in a select; the parser's own bound, set at twice the pre-scan's, takes over there), and no letter
    /// of text is lost.
    /// </summary>
    [Fact]
    public void Limit_AnyTagSoup_BoundsTheParsedDepthAndKeepsEveryLetter()
    {
        string[] tokens =
        [
            "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<i class=x>", "</i>", "<a href=/x>", "</a>", "<span>", "</span>",
            "<li>", "<ul>", "</ul>", "<table>", "<td>", "<tr>", "</table>", "<h2>", "</h2>", "<font>", "<nobr>", "<select>",
            "<option>", "<svg>", "<g/>", "</svg>", "<br>", "<script>x</script>", "<!-- c -->", "<button>", "<dd>", "<em>",
            "word", " ", "<blockquote>", "</td>", "<object>", "</object>", "<custom-el>", "</custom-el>",
        ];
        const int bound = 6;
        Gen.Int[0, tokens.Length - 1].Array[0, 1000].Sample(
            picks =>
            {
                var html = "<body>" + string.Concat(picks.Select(p => tokens[p]));
                var limited = MarkupLimiter.Limit(html, bound, 1_000_000);
                var original = Parse(html);
                var parsed = HtmlFrontEnd.CreateParser(bound).ParseDocument(limited.Html);
                var holds = MaxDepth(parsed) <= 2 * bound + 2
                    && Letters(parsed) == Letters(original)
                    && (limited.DepthLimited || ReferenceEquals(limited.Html, html));
                if (!holds)
                {
                    output.WriteLine($"{html}\n-> {limited.Html}\ndepth {MaxDepth(original)} -> {MaxDepth(parsed)}, letters {Letters(original)} -> {Letters(parsed)}\n{DeepestPath(parsed)}");
                }

                return holds;
            },
            iter: 2_000);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static IDocument Parse(string html) => HtmlFrontEnd.CreateParser().ParseDocument(html);

    private static int Letters(IDocument document) => (document.Body?.TextContent ?? "").Count(char.IsLetter);

    private static string DeepestPath(IDocument document)
    {
        var deepest = document.All.MaxBy(e => e.GetAncestors().Count())!;
        return string.Join(" ", deepest.GetAncestors().OfType<IElement>().Reverse().Select(e => e.LocalName)) + " " + deepest.LocalName;
    }

    /// <summary>The depth of the deepest node, counted without recursion.</summary>
    internal static int MaxDepth(IDocument document)
    {
        var max = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in node.ChildNodes)
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }
}
