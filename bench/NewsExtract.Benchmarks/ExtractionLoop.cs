namespace NewsExtract.Benchmarks;

/// <summary>
/// Extracts the corpus over and over and nothing else: a target for a sampling profiler. <c>perf record -g</c> with
/// <c>DOTNET_PerfMapEnabled=1</c> and <c>DOTNET_EnableWriteXorExecute=0</c> names the JIT-compiled frames and, unlike
/// EventPipe's sampler, does not pile samples onto safe points; skip the first seconds, where tiering still compiles.
/// </summary>
internal static class ExtractionLoop
{
    public static void Run(int rounds)
    {
        var pages = Corpus.Scrapinghub();
        var url = new Uri("https://news.example/story");
        var paragraphs = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var html in pages)
            {
                paragraphs += ArticleExtractor.Default.Extract(html, url).Paragraphs.Count;
            }
        }

        Console.WriteLine($"{rounds} rounds, {paragraphs / Math.Max(1, rounds)} paragraphs per round");
    }
}
