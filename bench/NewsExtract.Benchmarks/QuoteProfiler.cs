using System.Globalization;
using NewsExtract.Quotes;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Runs the quote finder alone over the paragraphs the extractor keeps from each corpus page, many times: a target
/// for a profiler (<c>dotnet-trace</c>), where the quote stage is otherwise a sliver of the whole extraction.
/// </summary>
internal static class QuoteProfiler
{
    public static void Run(int rounds)
    {
        var noQuotes = new ArticleExtractor(ExtractionOptions.Default with { ExtractQuotes = false });
        var url = new Uri("https://news.example/story");
        var articles = Corpus.Scrapinghub().Select(html => noQuotes.Extract(html, url).Paragraphs).ToArray();
        var finder = new QuoteFinder(Lexicon.Default);
        var quotes = 0;
        var fastest = double.MaxValue;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            var started = ThreadClock.CpuSeconds();
            foreach (var paragraphs in articles)
            {
                quotes += finder.Find(paragraphs, includeIndirect: true, CancellationToken.None).Count;
            }

            // The fastest round: the least disturbed by other work on the machine.
            fastest = Math.Min(fastest, ThreadClock.CpuSeconds() - started);
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Length} articles × {rounds} rounds: fastest round {fastest * 1e6 / articles.Length:0.0} µs/article (thread CPU), {allocated / 1024.0 / rounds / articles.Length:0.0} KB allocated/article, {quotes / rounds} quotes per round"));
    }
}
