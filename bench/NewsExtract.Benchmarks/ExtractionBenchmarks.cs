using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsExtract.Parsing;

namespace NewsExtract.Benchmarks;

/// <summary>
/// One run over the 181 scrapinghub pages: AngleSharp parsing alone (the floor every extractor on AngleSharp pays),
/// NewsExtract's full extraction with and without quotes, and SmartReader on the same decoded strings. Each
/// benchmark handles every page once per invocation, so times and allocations are per page.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusBenchmarkConfig))]
public class ExtractionBenchmarks
{
    private static readonly Uri PageUrl = new("https://news.example/story");

    private readonly ArticleExtractor full = ArticleExtractor.Default;
    private readonly ArticleExtractor noQuotes = new(ExtractionOptions.Default with { ExtractQuotes = false });
    private string[] pages = [];

    [GlobalSetup]
    public void Setup() => pages = Corpus.Scrapinghub();

    /// <summary>The floor: AngleSharp with the options the extractor parses with, nothing else.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Corpus.ScrapinghubPageCount, Description = "AngleSharp parse only")]
    public int ParseOnly()
    {
        var nodes = 0;
        foreach (var html in pages)
        {
            // Not disposed, as the extractor does not dispose its documents: the floor is the parse alone.
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
            var document = parser.ParseDocument(html);
            nodes += document.ChildElementCount;
        }

        return nodes;
    }

    /// <summary>
    /// The same parse with the settings the extractor parses with (AngleSharp's services less the attribute observer
    /// and the meta handler, no position tracking): the same tree, less work. Shown so the floor above stays plain AngleSharp.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Corpus.ScrapinghubPageCount, Description = "AngleSharp parse, lean")]
    public int ParseLean()
    {
        var nodes = 0;
        foreach (var html in pages)
        {
            var document = HtmlFrontEnd.CreateParser().ParseDocument(html);
            nodes += document.ChildElementCount;
        }

        return nodes;
    }

    /// <summary>The markup pre-scan that bounds the tree's depth and size before the parse, alone.</summary>
    [Benchmark(OperationsPerInvoke = Corpus.ScrapinghubPageCount, Description = "Markup pre-scan")]
    public int PreScan()
    {
        var length = 0;
        foreach (var html in pages)
        {
            length += Parsing.MarkupLimiter.Limit(html, ExtractionOptions.Default.MaxTreeDepth, ExtractionOptions.Default.MaxElements).Html.Length;
        }

        return length;
    }

    /// <summary>Metadata, body, merging and quotes: what <c>ArticleExtractor.Default.Extract</c> does.</summary>
    [Benchmark(OperationsPerInvoke = Corpus.ScrapinghubPageCount, Description = "NewsExtract full")]
    public int NewsExtract()
    {
        var paragraphs = 0;
        foreach (var html in pages)
        {
            paragraphs += full.Extract(html, PageUrl).Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>The same without quote extraction: the difference is what quotes cost (issue 5: under 10%).</summary>
    [Benchmark(OperationsPerInvoke = Corpus.ScrapinghubPageCount, Description = "NewsExtract no quotes")]
    public int NewsExtractNoQuotes()
    {
        var paragraphs = 0;
        foreach (var html in pages)
        {
            paragraphs += noQuotes.Extract(html, PageUrl).Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>SmartReader 0.11.1 (a Readability port on AngleSharp) on the same strings.</summary>
    [Benchmark(OperationsPerInvoke = Corpus.ScrapinghubPageCount, Description = "SmartReader")]
    public int SmartReader()
    {
        var chars = 0;
        foreach (var html in pages)
        {
            // The (uri, text) constructor: the static ParseArticle(string, string) takes a user agent and fetches the URI.
            var article = new global::SmartReader.Reader(PageUrl.AbsoluteUri, html).GetArticle();
            chars += article.TextContent?.Length ?? 0;
        }

        return chars;
    }
}
