namespace NewsExtract.Orleans;

/// <summary>What a group partition keeps in storage: its representatives' fingerprints and members, in the order they came.</summary>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.GroupPartitionState")]
internal sealed class GroupPartitionState
{
    [Id(0)]
    public List<StoredFingerprint> Representatives { get; set; } = [];

    [Id(1)]
    public Dictionary<string, List<string>> Members { get; set; } = new(StringComparer.Ordinal);
}

/// <inheritdoc cref="IDuplicateGroupGrain"/>
internal sealed class DuplicateGroupGrain : Grain, IDuplicateGroupGrain
{
    private readonly IPersistentState<GroupPartitionState> state;
    private readonly StateWriter<GroupPartitionState> writer;
    private Dictionary<string, StoredFingerprint>? byId;

    public DuplicateGroupGrain([PersistentState("groups", ClusterCrawlOptions.StorageName)] IPersistentState<GroupPartitionState> state, CrawlSettings settings)
    {
        this.state = state;
        writer = new StateWriter<GroupPartitionState>(state, this, settings.Options.IndexWriteBehind);
    }

    private Dictionary<string, StoredFingerprint> ById => byId ??= state.State.Representatives.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => writer.FlushAsync();

    public Task<StoredFingerprint[]> GetFingerprintsAsync(string[] representatives) =>
        Task.FromResult(representatives.Select(id => ById.GetValueOrDefault(id)).OfType<StoredFingerprint>().ToArray());

    public Task AddRepresentativeAsync(StoredFingerprint representative)
    {
        if (!ById.TryAdd(representative.Id, representative))
        {
            return Task.CompletedTask;
        }

        state.State.Representatives.Add(representative);
        state.State.Members[representative.Id] = [representative.Id];
        return writer.ChangedAsync();
    }

    public Task JoinAsync(string representative, string member)
    {
        if (!state.State.Members.TryGetValue(representative, out var members) || members.Contains(member, StringComparer.Ordinal))
        {
            return Task.CompletedTask;
        }

        members.Add(member);
        return writer.ChangedAsync();
    }

    public Task<DuplicateGroupRecord[]> GetGroupsAsync() =>
        Task.FromResult(state.State.Representatives
            .Select(r => state.State.Members[r.Id])
            .Where(m => m.Count > 1)
            .Select(m => new DuplicateGroupRecord(m[0], [.. m]))
            .ToArray());
}
