using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NewsExtract.Dedup;
using NewsExtract.Tests.Dedup;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Issue 19: the near-duplicate index over a generated wire corpus of 10,000 articles (syndicated copies: new
/// headline, site boilerplate, 0–10% of the words edited, cut to 70–100%). Target: MinHash + LSH at ≥ 10,000
/// articles per second on one core (each operation is one article: fingerprint, candidates, confirmation).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class NearDuplicateBenchmarks
{
    public const int Articles = 10_000;

    private string[] texts = [];
    private NearDuplicateFingerprint[] fingerprints = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = [.. WireCorpus.Generate(Articles, seed: 1).Take(Articles).Select(a => a.Text)];
        fingerprints = Array.ConvertAll(texts, t => NearDuplicateFingerprint.Create(t));
    }

    /// <summary>Fingerprints each article and adds it to a fresh index.</summary>
    [Benchmark(Description = "Fingerprint + add, per article", OperationsPerInvoke = Articles)]
    public int FingerprintAndAdd()
    {
        var index = new NearDuplicateIndex();
        for (var i = 0; i < texts.Length; i++)
        {
            index.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), texts[i]);
        }

        return index.Count;
    }

    /// <summary>The fingerprint alone (MinHash of the shingles).</summary>
    [Benchmark(Description = "Fingerprint, per article", OperationsPerInvoke = Articles)]
    public int FingerprintOnly()
    {
        var sum = 0;
        foreach (var text in texts)
        {
            sum += NearDuplicateFingerprint.Create(text).ShingleCount;
        }

        return sum;
    }

    /// <summary>The index alone (LSH candidates and confirmation), fingerprints made beforehand.</summary>
    [Benchmark(Description = "Add fingerprint, per article", OperationsPerInvoke = Articles)]
    public int AddOnly()
    {
        var index = new NearDuplicateIndex();
        for (var i = 0; i < fingerprints.Length; i++)
        {
            index.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), fingerprints[i]);
        }

        return index.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8).WithId("short"));
            AddColumn(new PagesPerSecondColumn());
            HideColumns(BenchmarkDotNet.Columns.Column.Error, BenchmarkDotNet.Columns.Column.StdDev, BenchmarkDotNet.Columns.Column.Job);
        }
    }
}
