using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsExtract.Benchmarks;

// With no arguments every benchmark runs (one command: `dotnet run -c Release --project bench/NewsExtract.Benchmarks`);
// otherwise BenchmarkDotNet's own arguments apply (--filter '*Merge*', --list flat, …). Modes without
// BenchmarkDotNet: `--interleaved [rounds]` runs the corpus variants in rotating order and times them by thread CPU
// time (ratios that hold on a shared machine), `--paired [rounds]` extracts every page with and without quotes back to
// back (what quotes add, page by page), `--stages [rounds]` times the extraction stage by stage, `--quotes [rounds]
// [--cold]` runs the quote finder alone (cold: with the caches flushed before each article, as a page's parse leaves
// them), `--dedup [articles]` scores the near-duplicate index on generated wire corpora and `--loop [rounds]` the
// whole extraction (targets for a profiler).
if (args is ["--interleaved", ..])
{
    InterleavedRatios.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return 0;
}

if (args is ["--stages", ..])
{
    StageProfiler.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    return 0;
}

if (args is ["--loop", ..])
{
    ExtractionLoop.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40);
    return 0;
}

if (args is ["--paired", ..])
{
    PairedQuoteCost.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return 0;
}

if (args is ["--dedup", ..])
{
    NearDuplicateReport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
    return 0;
}

if (args is ["--quotes", ..])
{
    QuoteProfiler.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20, cold: args.Contains("--cold"));
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args)
    .ToList();
TargetReport.Print(summaries);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
