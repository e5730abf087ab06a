using System.Globalization;
using NewsExtract.Quotes;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Runs the quote finder alone over the paragraphs the extractor keeps from each corpus page, many times: a target
/// for a profiler (<c>perf</c>), where the quote stage is otherwise a sliver of the whole extraction. Cold, the caches
/// are flushed before each article and only the finder is timed.
/// </summary>
internal static class QuoteProfiler
{
    public static void Run(int rounds, bool cold = false)
    {
        // Larger than the processor's last-level cache: after it, the finder's code and tables come from memory, as
        // they do after a page's parse in a real extraction (this reproduces the cost measured inside the pipeline).
        var scratch = new byte[cold ? 64 << 20 : 0];
        var noQuotes = new ArticleExtractor(ExtractionOptions.Default with { ExtractQuotes = false });
        var url = new Uri("https://news.example/story");
        var articles = Corpus.Scrapinghub().Select(html => noQuotes.Extract(html, url).Paragraphs).ToArray();
        var finder = new QuoteFinder(Lexicon.Default);
        var quotes = 0;
        var fastest = double.MaxValue;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            var spent = 0.0;
            foreach (var paragraphs in articles)
            {
                // Cold: the caches filled with other data first, as the rest of an extraction leaves them.
                for (var b = 0; b < scratch.Length; b += 64)
                {
                    scratch[b]++;
                }

                var started = ThreadClock.CpuSeconds();
                quotes += finder.Find(paragraphs, includeIndirect: true, CancellationToken.None).Count;
                spent += ThreadClock.CpuSeconds() - started;
            }

            // The fastest round: the least disturbed by other work on the machine.
            fastest = Math.Min(fastest, spent);
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Length} articles × {rounds} rounds: fastest round {fastest * 1e6 / articles.Length:0.0} µs/article (thread CPU), {allocated / 1024.0 / rounds / articles.Length:0.0} KB allocated/article, {quotes / rounds} quotes per round"));
    }
}
