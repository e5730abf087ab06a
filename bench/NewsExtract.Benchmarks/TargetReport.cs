using System.Globalization;
using BenchmarkDotNet.Reports;

namespace NewsExtract.Benchmarks;

/// <summary>After a run, the ratios the issues set targets on, each with whether it is met.</summary>
internal static class TargetReport
{
    public static void Print(IReadOnlyList<Summary> summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();
        double? Mean(string method) => reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Mean;
        double? Allocated(string method) => reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method) is { } r
            ? r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase)
            : null;

        var parse = Mean(nameof(ExtractionBenchmarks.ParseOnly));
        var full = Mean(nameof(ExtractionBenchmarks.NewsExtract));
        var noQuotes = Mean(nameof(ExtractionBenchmarks.NewsExtractNoQuotes));
        var smartReader = Mean(nameof(ExtractionBenchmarks.SmartReader));
        var merge = Mean(nameof(MergeBenchmarks.Merge2000Blocks));
        var parseBytes = Allocated(nameof(ExtractionBenchmarks.ParseOnly));
        var fullBytes = Allocated(nameof(ExtractionBenchmarks.NewsExtract));

        Console.WriteLine();
        Console.WriteLine("// * Targets (issues 4, 5 and 7); times measured on this machine *");
        Line("full extraction time / parse-only time", full / parse, "≤ 1.50×", r => r <= 1.5);
        Line("full extraction throughput / SmartReader's", smartReader / full, "≥ 4.00×", r => r >= 4);
        Line("allocated per page / parse-only's", fullBytes / parseBytes, "≤ 2.00×", r => r <= 2);
        Line("quotes on / quotes off time", full / noQuotes, "< 1.10×", r => r < 1.1);
        Line("merge 2,000 blocks (ms)", merge / 1e6, "< 20 ms", r => r < 20);

        static void Line(string what, double? value, string target, Func<double, bool> met) =>
            Console.WriteLine(value is { } v && !double.IsNaN(v)
                ? string.Create(CultureInfo.InvariantCulture, $"  {what,-45} {v,8:0.00}   target {target,-8} {(met(v) ? "met" : "NOT MET")}")
                : $"  {what,-45}        -   (not run)");
    }
}
