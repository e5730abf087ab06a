using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsExtract.Benchmarks;

// With no arguments every benchmark runs (one command: `dotnet run -c Release --project bench/NewsExtract.Benchmarks`);
// otherwise BenchmarkDotNet's own arguments apply (--filter '*Merge*', --list flat, …). `--stages` instead times
// the extraction stage by stage, without BenchmarkDotNet, to find where the time goes.
if (args is ["--stages", ..])
{
    StageProfiler.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args)
    .ToList();
TargetReport.Print(summaries);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
