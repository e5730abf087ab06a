namespace NewsExtract.Orleans;

/// <summary>What a band partition keeps in storage: the representatives of each bucket.</summary>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.BandPartitionState")]
internal sealed class BandPartitionState
{
    [Id(0)]
    public Dictionary<uint, List<string>> Buckets { get; set; } = [];
}

/// <inheritdoc cref="IBandPartitionGrain"/>
/// <remarks>Locks live in memory only: a partition activated anew has none, and a lock whose holder was lost ends with its lease.</remarks>
internal sealed class BandPartitionGrain : Grain, IBandPartitionGrain
{
    private readonly IPersistentState<BandPartitionState> state;
    private readonly CrawlSettings settings;
    private readonly StateWriter<BandPartitionState> writer;
    private readonly Dictionary<uint, (string Owner, long Until)> locks = [];

    public BandPartitionGrain([PersistentState("bands", ClusterCrawlOptions.StorageName)] IPersistentState<BandPartitionState> state, CrawlSettings settings)
    {
        this.state = state;
        this.settings = settings;
        writer = new StateWriter<BandPartitionState>(state, this, settings.Options.IndexWriteBehind);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => writer.FlushAsync();

    public Task<BucketLock> TryLockAsync(string owner, uint[] buckets, TimeSpan lease)
    {
        var now = settings.Clock.GetTimestamp();
        foreach (var bucket in buckets)
        {
            if (locks.TryGetValue(bucket, out var held) && held.Owner != owner && held.Until > now)
            {
                return Task.FromResult(new BucketLock(false, []));
            }
        }

        var until = now + (long)(lease.TotalSeconds * settings.Clock.TimestampFrequency);
        var representatives = new List<string>();
        foreach (var bucket in buckets)
        {
            locks[bucket] = (owner, until);
            if (state.State.Buckets.TryGetValue(bucket, out var members))
            {
                representatives.AddRange(members);
            }
        }

        return Task.FromResult(new BucketLock(true, [.. representatives]));
    }

    public Task CommitAsync(string owner, uint[] buckets, string? representative)
    {
        foreach (var bucket in buckets)
        {
            if (locks.TryGetValue(bucket, out var held) && held.Owner == owner)
            {
                locks.Remove(bucket);
            }
        }

        if (representative is null)
        {
            return Task.CompletedTask;
        }

        foreach (var bucket in buckets)
        {
            if (!state.State.Buckets.TryGetValue(bucket, out var members))
            {
                members = [];
                state.State.Buckets[bucket] = members;
            }

            if (!members.Contains(representative, StringComparer.Ordinal))
            {
                members.Add(representative);
            }
        }

        return writer.ChangedAsync();
    }
}
