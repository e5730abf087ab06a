namespace NewsExtract.Orleans;

/// <summary>What a crawl's coordinator keeps in storage.</summary>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.CrawlState")]
internal sealed class CrawlState
{
    /// <summary>Whether the seeds are queued.</summary>
    [Id(0)]
    public bool Started { get; set; }

    /// <summary>Each host's latest report.</summary>
    [Id(1)]
    public Dictionary<string, HostReport> Hosts { get; set; } = new(StringComparer.Ordinal);
}

/// <inheritdoc cref="ICrawlGrain"/>
/// <remarks>
/// A report that adds pending work is written at once (losing it could end the crawl early); others are written a
/// moment later. While work is pending, a timer asks the hosts that have some for their counts, which also wakes a
/// host whose silo was lost, so that its running tasks are queued again: the caller's polling keeps the coordinator,
/// and through it every host with work, alive.
/// </remarks>
[Reentrant]
internal sealed class CrawlGrain : Grain, ICrawlGrain
{
    private static readonly TimeSpan WatchInterval = TimeSpan.FromSeconds(1);

    private readonly IPersistentState<CrawlState> state;
    private readonly CrawlSettings settings;
    private readonly StateWriter<CrawlState> writer;

    public CrawlGrain([PersistentState("crawl", ClusterCrawlOptions.StorageName)] IPersistentState<CrawlState> state, CrawlSettings settings)
    {
        this.state = state;
        this.settings = settings;
        writer = new StateWriter<CrawlState>(state, this, TimeSpan.FromSeconds(1));
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(static (grain, _) => grain.WatchAsync(), this, new GrainTimerCreationOptions(WatchInterval, WatchInterval) { Interleave = true });
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => writer.FlushAsync();

    public async Task StartAsync(IReadOnlyList<string> sites)
    {
        if (state.State.Started)
        {
            return;
        }

        var crawlId = this.GetPrimaryKeyString();
        var seeds = sites.Select(site => new CrawlTask(crawlId, CrawlTaskKind.Site, site, site)).ToList();
        await Task.WhenAll(seeds
            .GroupBy(t => Partitions.Of(t.SeenKey, settings.Options.SeenPartitions))
            .Select(p => GrainFactory.GetGrain<ISeenAddressGrain>(p.Key).AdmitAsync(p.ToList())));
        state.State.Started = true;
        await writer.WriteAsync();
    }

    public Task ReportAsync(string host, HostReport report)
    {
        var hosts = state.State.Hosts;
        var known = hosts.TryGetValue(host, out var held);
        if (known && held.Version >= report.Version)
        {
            return Task.CompletedTask;
        }

        hosts[host] = report;
        return !known || report.Counts.Pending > held.Counts.Pending ? writer.WriteAsync() : writer.ChangedAsync();
    }

    public async Task<CrawlStatus> GetStatusAsync()
    {
        var status = Status();
        if (status.Finished)
        {
            // Every host said so: ask each once more, so that no report lost on the way ends the crawl early.
            await RefreshAsync(state.State.Hosts.Keys.ToList());
            status = Status();
        }

        return status;
    }

    public async Task<IReadOnlyList<DuplicateGroupRecord>> GetDuplicateGroupsAsync()
    {
        var partitions = await Task.WhenAll(Enumerable.Range(0, settings.Options.GroupPartitions).Select(p => GrainFactory.GetGrain<IDuplicateGroupGrain>(p).GetGroupsAsync()));
        return [.. partitions.SelectMany(p => p)];
    }

    private CrawlStatus Status()
    {
        var total = default(CrawlCounts);
        foreach (var report in state.State.Hosts.Values)
        {
            total += report.Counts;
        }

        return new CrawlStatus(state.State.Started, total, state.State.Hosts.Count);
    }

    private Task WatchAsync() =>
        RefreshAsync([.. state.State.Hosts.Where(h => h.Value.Counts.Pending > 0).Select(h => h.Key)]);

    private async Task RefreshAsync(IReadOnlyList<string> hosts)
    {
        var crawlId = this.GetPrimaryKeyString();
        var reports = await Task.WhenAll(hosts.Select(async host =>
        {
            try
            {
                return (Host: host, Report: (HostReport?)await GrainFactory.GetGrain<IHostGrain>(host).WakeAsync(crawlId));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return (Host: host, Report: (HostReport?)null);
            }
        }));
        foreach (var (host, report) in reports)
        {
            if (report is { } fresh)
            {
                await ReportAsync(host, fresh);
            }
        }
    }
}
