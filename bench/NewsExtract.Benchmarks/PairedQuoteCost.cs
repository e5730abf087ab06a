using System.Globalization;

namespace NewsExtract.Benchmarks;

/// <summary>
/// What quotes add to an extraction, measured page by page: each page is extracted with and without quotes back to
/// back, in alternating order, each timed by this thread's CPU time. Load from other processes comes and goes over
/// seconds, so pairs a millisecond apart see the same machine; the alternation cancels the advantage of going second
/// (the page's text already in cache). Reports the ratio of the summed times per round, and the median over rounds.
/// </summary>
internal static class PairedQuoteCost
{
    public static void Run(int rounds)
    {
        var pages = Corpus.Scrapinghub();
        var url = new Uri("https://news.example/story");
        var full = ArticleExtractor.Default;
        var noQuotes = new ArticleExtractor(ExtractionOptions.Default with { ExtractQuotes = false });
        const int WarmupRounds = 3;
        var ratios = new List<double>();
        double fullTotal = 0, noQuotesTotal = 0;
        var pause = new double[2];
        var gen1 = new int[2];
        for (var round = 0; round < rounds + WarmupRounds; round++)
        {
            double withQuotes = 0, without = 0;
            for (var p = 0; p < pages.Length; p++)
            {
                var quotesFirst = (p + round) % 2 == 0;
                for (var k = 0; k < 2; k++)
                {
                    var useQuotes = quotesFirst == (k == 0);
                    var pauseStart = GC.GetTotalPauseDuration();
                    var gen1Start = GC.CollectionCount(1);
                    var started = ThreadClock.CpuSeconds();
                    (useQuotes ? full : noQuotes).Extract(pages[p], url);
                    var spent = ThreadClock.CpuSeconds() - started;
                    if (round >= WarmupRounds)
                    {
                        pause[useQuotes ? 0 : 1] += (GC.GetTotalPauseDuration() - pauseStart).TotalSeconds;
                        gen1[useQuotes ? 0 : 1] += GC.CollectionCount(1) - gen1Start;
                    }

                    if (useQuotes)
                    {
                        withQuotes += spent;
                    }
                    else
                    {
                        without += spent;
                    }
                }
            }

            if (round >= WarmupRounds)
            {
                ratios.Add(withQuotes / without);
                fullTotal += withQuotes;
                noQuotesTotal += without;
            }
        }

        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC pauses: with quotes {pause[0] / rounds / pages.Length * 1e6:0.0} µs/page ({gen1[0]} gen1+), without {pause[1] / rounds / pages.Length * 1e6:0.0} µs/page ({gen1[1]} gen1+)"));
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant,
            $"{pages.Length} pages × {rounds} rounds, page by page in alternating order (thread CPU): with quotes {fullTotal / rounds / pages.Length * 1e6:0} µs/page, without {noQuotesTotal / rounds / pages.Length * 1e6:0} µs/page"));
        Console.WriteLine(string.Create(invariant,
            $"quotes on / quotes off: {fullTotal / noQuotesTotal:0.000}× overall; per round median {ratios[ratios.Count / 2]:0.000}×, range {ratios[0]:0.000}–{ratios[^1]:0.000}×"));
    }
}
