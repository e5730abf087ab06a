using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The corpus benchmarks again, for a shared machine: BenchmarkDotNet measures one benchmark after another, so load
/// from other processes that comes and goes between them skews the ratios. Here each round runs every variant over
/// all pages, in rotating order, and times it by this thread's CPU time as well as by the clock; the ratios are taken
/// round by round (paired) and the median is reported. Allocation figures come from BenchmarkDotNet.
/// </summary>
internal static class InterleavedRatios
{
    public static void Run(int rounds)
    {
        var bench = new ExtractionBenchmarks();
        bench.Setup();
        var variants = new (string Name, Func<int> Body)[]
        {
            ("AngleSharp parse only", bench.ParseOnly),
            ("AngleSharp parse, lean", bench.ParseLean),
            ("NewsExtract full", bench.NewsExtract),
            ("NewsExtract no quotes", bench.NewsExtractNoQuotes),
            ("Markup pre-scan", bench.PreScan),
            ("SmartReader", bench.SmartReader),
        };

        const int WarmupRounds = 2;
        var cpu = variants.Select(_ => new List<double>()).ToArray();
        var wall = variants.Select(_ => new List<double>()).ToArray();
        var pause = variants.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds + WarmupRounds; round++)
        {
            for (var k = 0; k < variants.Length; k++)
            {
                var v = (k + round) % variants.Length;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpuStart = ThreadClock.CpuSeconds();
                var wallStart = Stopwatch.GetTimestamp();
                var pauseStart = GC.GetTotalPauseDuration();
                variants[v].Body();
                var wallSeconds = Stopwatch.GetElapsedTime(wallStart).TotalSeconds;
                var cpuSeconds = ThreadClock.CpuSeconds() - cpuStart;
                if (round >= WarmupRounds)
                {
                    cpu[v].Add(cpuSeconds / Corpus.ScrapinghubPageCount);
                    wall[v].Add(wallSeconds / Corpus.ScrapinghubPageCount);
                    pause[v].Add((GC.GetTotalPauseDuration() - pauseStart).TotalSeconds / Corpus.ScrapinghubPageCount);
                }
            }
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine($"{Corpus.ScrapinghubPageCount} pages × {rounds} interleaved rounds (after {WarmupRounds} warm-up rounds), one thread; medians");
        Console.WriteLine($"| {"Variant",-22} | {"CPU µs/page",11} | {"Pages/s (CPU)",13} | {"× parse time",12} | {"× SmartReader speed",19} | {"Wall µs/page",12} | {"GC pause µs/page",16} |");
        Console.WriteLine($"|{new string('-', 24)}|{new string('-', 13)}:|{new string('-', 15)}:|{new string('-', 14)}:|{new string('-', 21)}:|{new string('-', 14)}:|{new string('-', 18)}:|");
        for (var v = 0; v < variants.Length; v++)
        {
            var perPage = Median(cpu[v]);
            var vsParse = Median(cpu[v].Select((t, r) => t / cpu[0][r]));
            var vsSmartReader = Median(cpu[^1].Select((t, r) => t / cpu[v][r]));
            Console.WriteLine(string.Create(invariant,
                $"| {variants[v].Name,-22} | {perPage * 1e6,11:0} | {1 / perPage,13:0} | {vsParse,11:0.00}× | {vsSmartReader,18:0.00}× | {Median(wall[v]) * 1e6,12:0} | {Median(pause[v]) * 1e6,16:0} |"));
        }

        Console.WriteLine(string.Create(invariant,
            $"quotes on / quotes off (CPU, paired median): {Median(cpu[2].Select((t, r) => t / cpu[3][r])):0.000}×"));
        Console.WriteLine(string.Create(invariant,
            $"markup pre-scan / full extraction (CPU, paired median): {Median(cpu[4].Select((t, r) => t / cpu[2][r])):0.0000}×"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
