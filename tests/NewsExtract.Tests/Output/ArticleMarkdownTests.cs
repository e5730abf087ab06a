using System.Text;
using CsCheck;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsExtract.Output;
using Xunit.Abstractions;

namespace NewsExtract.Tests.Output;

/// <summary>The Markdown writer, proved by reading its output back with Markdig (CommonMark and pipe tables).</summary>
public sealed class ArticleMarkdownTests(ITestOutputHelper output)
{
    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly MarkdownOptions BlocksOnly = new() { IncludeTitle = false, IncludeByline = false };

    /// <summary>The blocks Markdig reads from the Markdown, as (kind, text, level, rows).</summary>
    private static List<ArticleBlock> ReadBack(string markdown)
    {
        var result = new List<ArticleBlock>();
        foreach (var block in Markdown.Parse(markdown, Markdig))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    result.Add(new ArticleBlock { Kind = ArticleBlockKind.Heading, Text = Inline(heading.Inline), Level = heading.Level });
                    break;
                case ParagraphBlock { Inline: { FirstChild: EmphasisInline emphasis } inline } when emphasis.NextSibling is null && inline.FirstChild == inline.LastChild:
                    result.Add(new ArticleBlock { Kind = ArticleBlockKind.FigureCaption, Text = Inline(emphasis) });
                    break;
                case ParagraphBlock paragraph:
                    result.Add(new ArticleBlock { Kind = ArticleBlockKind.Paragraph, Text = Inline(paragraph.Inline) });
                    break;
                case ListBlock list:
                    result.AddRange(list.OfType<ListItemBlock>().Select(item => new ArticleBlock { Kind = ArticleBlockKind.ListItem, Text = Inline(((ParagraphBlock)item[0]).Inline) }));
                    break;
                case QuoteBlock quote:
                    result.Add(new ArticleBlock { Kind = ArticleBlockKind.BlockQuote, Text = Inline(((ParagraphBlock)quote[0]).Inline) });
                    break;
                case FencedCodeBlock code:
                    result.Add(new ArticleBlock { Kind = ArticleBlockKind.Preformatted, Text = code.Lines.ToString() });
                    break;
                case Table table:
                    var rows = table.OfType<TableRow>().Select(row => (IReadOnlyList<string>)[.. row.OfType<TableCell>().Select(cell => cell.Count == 0 ? string.Empty : Inline(((ParagraphBlock)cell[0]).Inline))]).ToList();
                    result.Add(new ArticleBlock { Kind = ArticleBlockKind.Table, Text = string.Join('\n', rows.Select(r => string.Join('\t', r))), Rows = rows });
                    break;
                default:
                    result.Add(new ArticleBlock { Kind = (ArticleBlockKind)(-1), Text = block.GetType().Name });
                    break;
            }
        }

        return result;
    }

    private static string Inline(ContainerInline? container)
    {
        var text = new StringBuilder();
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                LineBreakInline => "\n",
                ContainerInline nested => Inline(nested),
                _ => $"<{inline.GetType().Name}>",
            });
        }

        return text.ToString();
    }

    private static bool SameBlocks(IReadOnlyList<ArticleBlock> expected, IReadOnlyList<ArticleBlock> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p =>
            p.First.Kind == p.Second.Kind && p.First.Text == p.Second.Text && p.First.Level == p.Second.Level
            && p.First.Rows.Count == p.Second.Rows.Count && p.First.Rows.Zip(p.Second.Rows).All(r => r.First.SequenceEqual(r.Second)));

    private static Article WithBlocks(params ArticleBlock[] blocks) => new() { Blocks = blocks, Paragraphs = [.. blocks.Select(b => b.Text)] };

    [Theory]
    [InlineData("* not a list item")]
    [InlineData("1. not an ordered list")]
    [InlineData("2024) not one either")]
    [InlineData("# not a heading")]
    [InlineData("> not a quote")]
    [InlineData("- nor a bullet")]
    [InlineData("+ nor this")]
    [InlineData("---")]
    [InlineData("=====")]
    [InlineData("A *starred* word, an _under_ one, [a link](x) and <b>a tag</b>")]
    [InlineData("AT&T and &amp; and &#38; and a \\ backslash and `code` and a | pipe")]
    public void Write_ParagraphThatLooksLikeMarkup_ReadsBackAsTheSameParagraph(string text)
    {
        var paragraph = new ArticleBlock { Kind = ArticleBlockKind.Paragraph, Text = text };

        var markdown = ArticleMarkdown.Write(WithBlocks(paragraph), BlocksOnly);

        Assert.True(SameBlocks([paragraph], ReadBack(markdown)), markdown);
    }

    [Fact]
    public void Write_EveryKindOfBlock_ReadsBackAsTheSameBlocks()
    {
        ArticleBlock[] blocks =
        [
            new() { Kind = ArticleBlockKind.Paragraph, Text = "The council met on Monday." },
            new() { Kind = ArticleBlockKind.Heading, Text = "What happens next", Level = 2 },
            new() { Kind = ArticleBlockKind.ListItem, Text = "Works start in May" },
            new() { Kind = ArticleBlockKind.ListItem, Text = "1. The first phase" },
            new() { Kind = ArticleBlockKind.BlockQuote, Text = "We waited ten years, said the mayor." },
            new() { Kind = ArticleBlockKind.Table, Text = "Year\tCost\n2024\t£2m | est.", Rows = [["Year", "Cost"], ["2024", "£2m | est."]] },
            new() { Kind = ArticleBlockKind.FigureCaption, Text = "The barrier site (Photo: AP)" },
            new() { Kind = ArticleBlockKind.Preformatted, Text = "line one\n  line two with ``` inside" },
            new() { Kind = ArticleBlockKind.Heading, Text = "Closing #hashtag", Level = 4 },
        ];

        var markdown = ArticleMarkdown.Write(WithBlocks(blocks), BlocksOnly);

        var read = ReadBack(markdown);
        Assert.True(SameBlocks(blocks, read), markdown + "\n---\n" + string.Join("\n", read.Select(b => $"{b.Kind} {b.Level} {b.Text}")));
    }

    [Fact]
    public void Write_GeneratedBlocks_ReadBackAsTheSameBlocks()
    {
        string[] words = ["news", "a", "*", "_", "#", "1.", "2)", "-", "+", "=", ">", "<", "[", "]", "(x)", "!", "|", "~", "`", "\\", "&", "&amp;", "é", "2024.", "***", "---"];
        var word = Gen.Int[0, words.Length - 1].Select(i => words[i]);
        var text = word.Array[1, 8].Select(words => string.Join(' ', words));
        ArticleBlockKind[] kindList = [ArticleBlockKind.Paragraph, ArticleBlockKind.Heading, ArticleBlockKind.ListItem, ArticleBlockKind.BlockQuote, ArticleBlockKind.FigureCaption, ArticleBlockKind.Table];
        var kinds = Gen.Int[0, kindList.Length - 1].Select(i => kindList[i]);
        var block = Gen.Select(kinds, text, text, Gen.Int[1, 6], (kind, first, second, level) => kind switch
        {
            ArticleBlockKind.Heading => new ArticleBlock { Kind = kind, Text = first, Level = level },
            ArticleBlockKind.Table => new ArticleBlock { Kind = kind, Text = first + "\t" + second, Rows = [[first, second]] },
            _ => new ArticleBlock { Kind = kind, Text = first },
        });

        block.Array[1, 6].Sample(blocks =>
        {
            var markdown = ArticleMarkdown.Write(WithBlocks(blocks), BlocksOnly);
            var same = SameBlocks(blocks, ReadBack(markdown));
            if (!same)
            {
                output.WriteLine(markdown);
            }

            return same;
        }, iter: 2_000);
    }

    [Fact]
    public void Write_LinksInBlocks_ReadBackAsInlineLinksOverTheSameText()
    {
        string[] words = ["news", "a", "*", "_", "#", "1.", "2)", "-", "+", ">", "<", "[", "]", "(x)", "](y)", "!", "|", "`", "\\", "&", "&amp;", "é", "2024."];
        Uri[] urls = [new("https://news.example/a"), new("https://news.example/a_(b)?q=1&r=*x*"), new("https://news.example/x?a=1&amp;b=\\<c>"), new("http://other.example/")];
        var word = Gen.Int[0, words.Length - 1].Select(i => words[i]);
        ArticleBlockKind[] kindList = [ArticleBlockKind.Paragraph, ArticleBlockKind.Heading, ArticleBlockKind.ListItem, ArticleBlockKind.BlockQuote];
        var block = Gen.Select(Gen.Int[0, kindList.Length - 1], word.Array[2, 10], Gen.Int[0, 9], Gen.Int[1, 4], Gen.Int[0, urls.Length - 1], (kind, parts, from, count, url) =>
        {
            // A link over whole words: from the start of one word to the end of another.
            var first = from % parts.Length;
            var last = Math.Min(parts.Length - 1, first + count - 1);
            var start = parts.Take(first).Sum(p => p.Length + 1);
            var length = parts.Skip(first).Take(last - first + 1).Sum(p => p.Length + 1) - 1;
            return new ArticleBlock
            {
                Kind = kindList[kind],
                Text = string.Join(' ', parts),
                Level = kindList[kind] == ArticleBlockKind.Heading ? 2 : 0,
                Links = [new ArticleLink(start, length, urls[url])],
            };
        });

        block.Array[1, 4].Sample(blocks =>
        {
            var markdown = ArticleMarkdown.Write(WithBlocks(blocks), BlocksOnly);
            var links = Markdown.Parse(markdown, Markdig).Descendants<LinkInline>().Select(l => (Inline(l), l.Url)).ToList();
            var expected = blocks.SelectMany(b => b.Links.Select(l => (b.Text.Substring(l.Start, l.Length), (string?)l.Url.AbsoluteUri.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)))).ToList();
            var same = SameBlocks(blocks, ReadBack(markdown)) && links.SequenceEqual(expected);
            if (!same)
            {
                output.WriteLine(markdown);
            }

            return same;
        }, iter: 2_000);
    }

    [Fact]
    public void Extract_LinksInKeptBlocks_AreSpansOfTheirTextWithAbsoluteAddresses()
    {
        var prose = "The harbour council approved the long awaited flood barrier on Monday evening after a decade of debate, public meetings and two failed votes.";
        var html = $"""
            <html><head><title>Barrier approved</title></head><body><article>
            <h1>Barrier approved</h1>
            <p>{prose} Read <a href="/reports/barrier.pdf">the engineers'   report</a>, the <a href="https://other.example/vote">vote</a>
            and <a href="javascript:void(0)">nothing</a> or <a href="#top">the top</a>.</p>
            <p>{prose}</p>
            <a href="/whole"><p>{prose} A link around blocks is no link of either.</p><p>{prose} Nor of this one.</p></a>
            </article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html, new Uri("https://news.example/2024/05/barrier"));

        var linked = article.Blocks[0];
        Assert.Equal(2, linked.Links.Count);
        Assert.Equal("the engineers' report", linked.Text.Substring(linked.Links[0].Start, linked.Links[0].Length));
        Assert.Equal(new Uri("https://news.example/reports/barrier.pdf"), linked.Links[0].Url);
        Assert.Equal("vote", linked.Text.Substring(linked.Links[1].Start, linked.Links[1].Length));
        Assert.Equal(new Uri("https://other.example/vote"), linked.Links[1].Url);
        Assert.All(article.Blocks.Skip(1), block => Assert.Empty(block.Links));
        Assert.Contains("Read [the engineers' report](<https://news.example/reports/barrier.pdf>), the [vote](<https://other.example/vote>) and nothing", ArticleMarkdown.Write(article), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TitleBylineAndLinks_ComeAroundTheBody()
    {
        var article = WithBlocks(new ArticleBlock { Kind = ArticleBlockKind.Paragraph, Text = "Body." }) with
        {
            Title = "Barrier *approved*",
            Authors = ["Maria Lindqvist"],
            Url = new Uri("https://news.example/a"),
            Image = new Uri("https://news.example/a.jpg"),
        };

        var markdown = ArticleMarkdown.Write(article, new MarkdownOptions { IncludeLinks = true });

        Assert.StartsWith("# Barrier \\*approved\\*\n\n*By Maria Lindqvist*\n\nBody.\n\n![](<https://news.example/a.jpg>)\n\n", markdown, StringComparison.Ordinal);
        var document = Markdown.Parse(markdown, Markdig);
        Assert.Contains(document.Descendants<LinkInline>(), link => link.IsImage && link.Url == "https://news.example/a.jpg");
        Assert.Contains(document.Descendants<LinkInline>(), link => !link.IsImage && link.Url == "https://news.example/a");
    }

    [Fact]
    public void Write_AddressesThatAreNoWebAddresses_BecomeNoLinks()
    {
        var article = WithBlocks(new ArticleBlock { Kind = ArticleBlockKind.Paragraph, Text = "Body." }) with
        {
            Url = new Uri("javascript:alert(1)"),
            Image = new Uri("data:image/svg+xml,<svg onload=alert(1)>"),
        };

        var markdown = ArticleMarkdown.Write(article, new MarkdownOptions { IncludeLinks = true });

        Assert.Empty(Markdown.Parse(markdown, Markdig).Descendants<LinkInline>());
        Assert.DoesNotContain("alert", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PageWithStructure_KeepsItsBlocksAndTheirKinds()
    {
        var prose = "The harbour council approved the long awaited flood barrier on Monday evening after a decade of debate, public meetings and two failed votes.";
        var html = $"""
            <html><head><title>Barrier approved</title></head><body><article>
            <h1>Barrier approved</h1>
            <p>{prose}</p>
            <h2>What the plan says</h2>
            <p>{prose} The plan runs to three hundred pages.</p>
            <ul><li>{prose} First item.</li><li>{prose} Second item.</li></ul>
            <blockquote><p>We have waited ten long years for this barrier, and every winter the river came into our kitchens, a resident told the meeting.</p></blockquote>
            <table><tr><th>Year</th><th>Cost in millions of pounds for the barrier works</th></tr><tr><td>2024</td><td>Two million pounds for the first phase of the barrier</td></tr></table>
            <figure><img src="b.jpg"><figcaption>The barrier site seen from the river bank at dawn on Monday.</figcaption></figure>
            <p>{prose} The works start in May.</p>
            </article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        var kinds = article.Blocks.Select(b => b.Kind).ToList();
        Assert.Contains(ArticleBlockKind.Heading, kinds);
        Assert.Equal(2, article.Blocks.First(b => b.Kind == ArticleBlockKind.Heading).Level);
        Assert.Equal(2, kinds.Count(k => k == ArticleBlockKind.ListItem));
        Assert.Contains(ArticleBlockKind.BlockQuote, kinds);
        var table = Assert.Single(article.Blocks, b => b.Kind == ArticleBlockKind.Table);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("2024", table.Rows[1][0]);
        Assert.Equal(article.Paragraphs.Count, article.Blocks.Sum(b => b.Kind == ArticleBlockKind.Table ? b.Rows.Sum(r => r.Count) : 1));
    }
}
