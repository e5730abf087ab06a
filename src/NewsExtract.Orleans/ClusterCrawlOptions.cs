using NewsExtract.Dedup;
using NewsExtract.Fetching;

namespace NewsExtract.Orleans;

/// <summary>
/// Settings of the crawl on a cluster, the same on every silo (<see cref="NewsExtractSiloBuilderExtensions.AddNewsExtractCrawler"/>).
/// Immutable; validated once, when the silo starts.
/// </summary>
public sealed record ClusterCrawlOptions
{
    /// <summary>The name of the grain storage the crawl's grains keep their state in: register it on every silo (in memory for tests, Redis for a deployment).</summary>
    public const string StorageName = "NewsExtract";

    /// <summary>
    /// How pages are fetched. Default: <see cref="FetchOptions.Default"/>. Its <see cref="RateLimitOptions.Politeness"/>
    /// is replaced by the host grains, so that one host's requests are spaced across the whole cluster;
    /// <see cref="RateLimitOptions.MinIntervalPerHost"/> is each host's least interval there.
    /// </summary>
    public FetchOptions Fetch { get; init; } = FetchOptions.Default;

    /// <summary>How articles are extracted. Default: <see cref="ExtractionOptions.Default"/>.</summary>
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>How near duplicates are told. Default: <see cref="NearDuplicateOptions"/>'s defaults.</summary>
    public NearDuplicateOptions NearDuplicates { get; init; } = new();

    /// <summary>Articles published before this are not output (nor fetched, when a sitemap or feed gives the date). Default: none.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Whether the links of a site's home page are followed (those with an article's shape). Default: <see langword="true"/>.</summary>
    public bool FollowHomePageLinks { get; init; } = true;

    /// <summary>
    /// The most tasks of one host running at once. Default: 1, so that each request to a host starts after the one
    /// before it has started and one interval has passed; range 1 to 64.
    /// </summary>
    public int MaxInFlightPerHost { get; init; } = 1;

    /// <summary>How many times a task is run when the worker running it is lost (its silo stopped); then it counts as failed. Default: 3; range 1 to 100.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The number of grains the seen-address set is partitioned across, by address hash. Default: 64; range 1 to 65,536.</summary>
    public int SeenPartitions { get; init; } = 64;

    /// <summary>The number of grains the near-duplicate index's bands are partitioned across, by band and bucket. Default: 32; range 1 to 65,536.</summary>
    public int IndexPartitions { get; init; } = 32;

    /// <summary>The number of grains the near-duplicate groups (representatives' fingerprints and members) are partitioned across. Default: 16; range 1 to 65,536.</summary>
    public int GroupPartitions { get; init; } = 16;

    /// <summary>
    /// How far the near-duplicate index's grains may write their state behind (each write holds a whole partition, so
    /// writing after every article would cost the square of the partition's size). Default: 1 second; from 0 (every
    /// change written at once) to a minute. A grain deactivated in order writes at once; one lost with its silo loses
    /// at most this much of the index, and those articles are not grouped.
    /// </summary>
    public TimeSpan IndexWriteBehind { get; init; } = TimeSpan.FromSeconds(1);

    internal ClusterCrawlOptions Validated()
    {
        ArgumentNullException.ThrowIfNull(Fetch, nameof(Fetch));
        ArgumentNullException.ThrowIfNull(Extraction, nameof(Extraction));
        ArgumentNullException.ThrowIfNull(NearDuplicates, nameof(NearDuplicates));
        Fetch.Validate();
        Extraction.Validate();
        _ = new NearDuplicateIndex(NearDuplicates);
        ThrowIfOutside(MaxInFlightPerHost, 1, 64, nameof(MaxInFlightPerHost));
        ThrowIfOutside(MaxAttempts, 1, 100, nameof(MaxAttempts));
        ThrowIfOutside(SeenPartitions, 1, 65_536, nameof(SeenPartitions));
        ThrowIfOutside(IndexPartitions, 1, 65_536, nameof(IndexPartitions));
        ThrowIfOutside(GroupPartitions, 1, 65_536, nameof(GroupPartitions));
        if (IndexWriteBehind < TimeSpan.Zero || IndexWriteBehind > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(IndexWriteBehind), IndexWriteBehind, "Must be from 0 to a minute.");
        }

        return this;
    }

    private static void ThrowIfOutside(int value, int low, int high, string name)
    {
        if (value < low || value > high)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be from {low} to {high}.");
        }
    }
}
