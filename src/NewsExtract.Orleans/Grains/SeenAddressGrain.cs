namespace NewsExtract.Orleans;

/// <summary>What a seen-address partition keeps in storage.</summary>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.SeenState")]
internal sealed class SeenState
{
    /// <summary>Every key seen, per crawl.</summary>
    [Id(0)]
    public Dictionary<string, HashSet<string>> Crawls { get; set; } = [];
}

/// <inheritdoc cref="ISeenAddressGrain"/>
/// <remarks>
/// Not reentrant: one admission at a time, so an address is queued once. It is recorded as seen only after its host
/// has queued it, so a partition lost between the two queues it again (the host drops the copy) rather than never.
/// </remarks>
internal sealed class SeenAddressGrain([PersistentState("seen", ClusterCrawlOptions.StorageName)] IPersistentState<SeenState> state) : Grain, ISeenAddressGrain
{
    public async Task<int> AdmitAsync(IReadOnlyList<CrawlTask> tasks)
    {
        var fresh = tasks.Where(t => !Seen(t.CrawlId).Contains(t.SeenKey)).DistinctBy(t => (t.CrawlId, t.SeenKey)).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        await Task.WhenAll(fresh.GroupBy(t => t.Host).Select(h => GrainFactory.GetGrain<IHostGrain>(h.Key).EnqueueAsync(h.ToList())));
        foreach (var task in fresh)
        {
            Seen(task.CrawlId).Add(task.SeenKey);
        }

        await state.WriteStateAsync();
        return fresh.Count;
    }

    public async Task<bool> MarkSeenAsync(string crawlId, string key)
    {
        if (!Seen(crawlId).Add(key))
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    private HashSet<string> Seen(string crawlId)
    {
        if (!state.State.Crawls.TryGetValue(crawlId, out var seen))
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            state.State.Crawls[crawlId] = seen;
        }

        return seen;
    }
}
