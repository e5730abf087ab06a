using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NewsExtract.Dedup;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Issue 4: the duplicate merger on one page of 2,000 blocks (target: under 20 ms). The page is made of real
/// paragraphs from the corpus, laid out as scraped pages carry them: the article, its second copy, edited copies,
/// pull quotes and teasers, and unrelated blocks, interleaved with a fixed seed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class MergeBenchmarks
{
    public const int PageBlocks = 2_000;

    private (string Text, BlockKind Kind)[] page = [];

    [GlobalSetup]
    public void Setup() => page = BuildPage(Corpus.Scrapinghub());

    /// <summary>Merges the page with the markup rules and the default similarity, as the extractor does.</summary>
    [Benchmark(Description = "Merge 2,000 blocks")]
    public int Merge2000Blocks()
    {
        // The merger removes copies from the blocks it is given: each invocation gets fresh ones (2,000 small objects,
        // noise next to the merge itself).
        var blocks = new Block[page.Length];
        for (var i = 0; i < page.Length; i++)
        {
            blocks[i] = new Block(i, page[i].Text, page[i].Kind);
        }

        return new BlockMerger(ExtractionOptions.Default.DuplicateSimilarity, markupRules: true).Merge(blocks).Count;
    }

    /// <summary>A 2,000-block page from the corpus's prose; deterministic for a given corpus.</summary>
    internal static (string Text, BlockKind Kind)[] BuildPage(string[] pages)
    {
        var prose = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var frontEnd = new HtmlFrontEnd(ExtractionOptions.Default.MaxBlocks);
        foreach (var html in pages)
        {
            using var document = HtmlFrontEnd.CreateParser().ParseDocument(html);
            var context = new ExtractionContext(html, null, CancellationToken.None);
            frontEnd.Read(document, context);
            foreach (var block in context.Blocks)
            {
                // What the dedup stage hands the merger: paragraphs of at least eight words.
                if (block.Kind == BlockKind.Paragraph && TextNormalizer.CountWords(block.Text) >= 8 && seen.Add(TextNormalizer.ForComparison(block.Text)))
                {
                    prose.Add(block.Text);
                }
            }

            if (prose.Count >= 1_400)
            {
                break;
            }
        }

        if (prose.Count < 1_400)
        {
            throw new InvalidOperationException($"The corpus has only {prose.Count} distinct paragraphs; 1,400 are needed.");
        }

        var random = new Random(2_000);
        var article = prose.GetRange(0, 1_000);
        var others = prose.GetRange(1_000, 400);
        var result = new List<(string, BlockKind)>(PageBlocks);

        // Teasers and unrelated blocks before the article, the article with pull quotes inside it, then its copies.
        for (var i = 0; i < 200; i++)
        {
            result.Add((others[i], BlockKind.Paragraph));
        }

        for (var i = 0; i < article.Count; i++)
        {
            result.Add((article[i], BlockKind.Paragraph));
            if (i % 10 == 5)
            {
                // A pull quote: the first half of a paragraph, in a block quote.
                var words = article[i - random.Next(0, 5)].Split(' ');
                result.Add((string.Join(' ', words.Take(Math.Max(6, words.Length / 2))), BlockKind.Quote));
            }
        }

        // The article again, as pages that print it twice carry it (300 blocks) …
        result.AddRange(article.Take(300).Select(t => (t, BlockKind.Paragraph)));

        // … edited copies: a word changed, punctuation dropped (200 blocks) …
        for (var i = 0; i < 200; i++)
        {
            var words = article[300 + i * 3].Split(' ');
            words[random.Next(words.Length)] = "edited";
            result.Add((string.Join(' ', words).Replace(",", string.Empty, StringComparison.Ordinal), BlockKind.Paragraph));
        }

        // … and the rest of the page's unrelated blocks.
        for (var i = 200; i < others.Count && result.Count < PageBlocks; i++)
        {
            result.Add((others[i], BlockKind.Paragraph));
        }

        if (result.Count != PageBlocks)
        {
            throw new InvalidOperationException($"The synthetic page has {result.Count} blocks, not {PageBlocks}.");
        }

        return [.. result];
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("short"));
            HideColumns(BenchmarkDotNet.Columns.Column.Error, BenchmarkDotNet.Columns.Column.StdDev, BenchmarkDotNet.Columns.Column.Job);
        }
    }
}
