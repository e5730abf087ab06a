using System.Globalization;
using NewsExtract.Pipeline;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Times the extraction of the corpus stage by stage (each stage of the HTML pipeline, the front end's parse and walk
/// among them, then assembly), with the bytes each allocates, on one thread. A profiling aid, not a benchmark: BenchmarkDotNet gives the numbers to quote.
/// </summary>
internal static class StageProfiler
{
    public static void Run(int rounds)
    {
        var pages = Corpus.Scrapinghub();
        var extractor = ArticleExtractor.Default;
        var stages = extractor.Pipelines.Html.Stages;
        var names = stages.Select(s => s.GetType().Name).Append("ArticleAssembler").ToList();
        var seconds = new double[names.Count];
        var bytes = new long[names.Count];
        var url = new Uri("https://news.example/story");

        for (var round = -1; round < rounds; round++)
        {
            // Round -1 warms the JIT up and is not counted.
            var count = round >= 0;
            foreach (var html in pages)
            {
                var step = 0;
                var started = ThreadClock.CpuSeconds();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                void Lap()
                {
                    var now = ThreadClock.CpuSeconds();
                    var nowAllocated = GC.GetAllocatedBytesForCurrentThread();
                    if (count)
                    {
                        seconds[step] += now - started;
                        bytes[step] += nowAllocated - allocated;
                    }

                    step++;
                    started = ThreadClock.CpuSeconds();
                    allocated = GC.GetAllocatedBytesForCurrentThread();
                }

                // The pipeline's own loop, a lap after each stage (the noscript retry, rare, is left out).
                var context = new ExtractionContext(html, url, CancellationToken.None);
                foreach (var stage in stages)
                {
                    context.CurrentStage = stage;
                    stage.Run(context);
                    Lap();
                }

                ArticleAssembler.Assemble(context);
                Lap();
            }
        }

        var total = seconds.Sum();
        var perPage = (double)rounds * pages.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Length} pages × {rounds} rounds, one thread, thread CPU time"));
        Console.WriteLine($"{"stage",-24} {"µs/page",10} {"share",7} {"KB/page",10}");
        for (var i = 0; i < names.Count; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{names[i],-24} {seconds[i] * 1e6 / perPage,10:0.0} {100.0 * seconds[i] / total,6:0.0}% {bytes[i] / 1024.0 / perPage,10:0.0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"total",-24} {total * 1e6 / perPage,10:0.0} {100,6:0.0}% {bytes.Sum() / 1024.0 / perPage,10:0.0}"));
    }
}
