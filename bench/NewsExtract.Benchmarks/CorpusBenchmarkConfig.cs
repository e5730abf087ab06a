using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsExtract.Benchmarks;

/// <summary>
/// A fixed job for a shared 2-core machine where long runs only collect more noise: one process, 20 warm-up iterations
/// (tiered compilation and its profile-guided recompilation take about ten seconds of extraction to settle, and fewer
/// warm-ups measured code still half-way there) and 10 measured ones; plus the columns the issue asks for: pages per
/// second and the speed-up over SmartReader.
/// </summary>
public sealed class CorpusBenchmarkConfig : ManualConfig
{
    public CorpusBenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(20).WithIterationCount(10).WithId("steady"));
        AddColumn(new PagesPerSecondColumn(), new SpeedupColumn("SmartReader", "× SmartReader"));
        HideColumns(Column.Error, Column.StdDev, Column.Job, Column.WarmupCount, Column.IterationCount, Column.LaunchCount);
    }
}

/// <summary>Pages (operations) per second, from the mean time per page.</summary>
public sealed class PagesPerSecondColumn : IColumn
{
    public string Id => nameof(PagesPerSecondColumn);

    public string ColumnName => "Pages/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Pages per second: 1 s / mean time per page";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds && nanoseconds > 0
            ? (1e9 / nanoseconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : "?";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>How many times faster than a reference benchmark of the same class (its mean time over this one's).</summary>
public sealed class SpeedupColumn(string referenceMethod, string columnName) : IColumn
{
    public string Id => nameof(SpeedupColumn) + referenceMethod;

    public string ColumnName => columnName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Throughput relative to {referenceMethod}: its mean time over this benchmark's";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var reference = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == benchmarkCase.Descriptor.Type && c.Descriptor.WorkloadMethod.Name == referenceMethod);
        var mine = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var theirs = reference is null ? null : summary[reference]?.ResultStatistics?.Mean;
        return mine is > 0 && theirs is > 0
            ? (theirs.Value / mine.Value).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "×"
            : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
