namespace NewsExtract.Orleans;

/// <summary>
/// One host's crawl state, keyed by the host's name in lower case: its queue of tasks, the tasks running, its
/// interval (the least, or a longer robots.txt <c>Crawl-delay</c>) and the next free turn. Its turns are single-threaded,
/// so its politeness holds across the whole cluster without a lock; a timer at each next turn sends the next task to a
/// worker.
/// </summary>
[Alias("NewsExtract.Orleans.IHostGrain")]
internal interface IHostGrain : IGrainWithStringKey
{
    /// <summary>Queues tasks (those never queued here before, whether waiting, running or done) and starts sending them to workers.</summary>
    [Alias("Enqueue")]
    Task EnqueueAsync(IReadOnlyList<CrawlTask> tasks);

    /// <summary>Takes the host's next turn: how long the caller must wait before its request may start.</summary>
    [AlwaysInterleave]
    [Alias("TakeTurn")]
    Task<TimeSpan> TakeTurnAsync();

    /// <summary>
    /// Says that the request of a turn has ended: the next turn is also one interval after this, so that however late
    /// a request left a busy silo, the next one reaches the server at least an interval after it (tasks of one host
    /// run one after the other by default, so a turn has ended before the next is taken).
    /// </summary>
    [OneWay]
    [AlwaysInterleave]
    [Alias("EndTurn")]
    Task EndTurnAsync();

    /// <summary>Raises the host's interval to at least <paramref name="interval"/>.</summary>
    [AlwaysInterleave]
    [Alias("EnsureInterval")]
    Task EnsureIntervalAsync(TimeSpan interval);

    /// <summary>Wakes the host (reactivating it after its silo was lost, which requeues the tasks that were running there) and gives its counts for a crawl.</summary>
    [AlwaysInterleave]
    [Alias("Wake")]
    Task<HostReport> WakeAsync(string crawlId);
}

/// <summary>A host's counts for one crawl, with the version that orders its reports.</summary>
/// <param name="Version">Grows with every change of the host's state.</param>
/// <param name="Counts">The host's counts for the crawl.</param>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.HostReport")]
internal readonly record struct HostReport([property: Id(0)] long Version, [property: Id(1)] CrawlCounts Counts);

/// <summary>Fetches and extracts: stateless, one or more on every silo, each task run on the silo of the host grain that sent it.</summary>
[Alias("NewsExtract.Orleans.ICrawlWorkerGrain")]
internal interface ICrawlWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>Runs a task; what it finds is queued before this returns. Throws only when the cluster failed it (a grain it called was lost): the host then runs it again.</summary>
    [ResponseTimeout("00:10:00")]
    [Alias("Run")]
    Task<CrawlTaskOutcome> RunAsync(CrawlTask task);
}

/// <summary>One partition of the seen-address set, keyed by partition number (address hash modulo the partitions).</summary>
[Alias("NewsExtract.Orleans.ISeenAddressGrain")]
internal interface ISeenAddressGrain : IGrainWithIntegerKey
{
    /// <summary>Queues on their hosts the tasks whose addresses were never seen, then records them as seen; returns how many were new.</summary>
    [Alias("Admit")]
    Task<int> AdmitAsync(IReadOnlyList<CrawlTask> tasks);

    /// <summary>Records an address as seen without queuing it (where a redirect led); returns whether it was new.</summary>
    [Alias("MarkSeen")]
    Task<bool> MarkSeenAsync(string crawlId, string key);
}

/// <summary>A crawl's coordinator, keyed by crawl id: its seeds, and every host's latest counts, so that the caller can tell when it has ended.</summary>
[Alias("NewsExtract.Orleans.ICrawlGrain")]
internal interface ICrawlGrain : IGrainWithStringKey
{
    /// <summary>Queues the sites' seed tasks (once: a second call changes nothing).</summary>
    [Alias("Start")]
    Task StartAsync(IReadOnlyList<string> sites);

    /// <summary>A host's counts; an older version than the one held is ignored.</summary>
    [AlwaysInterleave]
    [Alias("Report")]
    Task ReportAsync(string host, HostReport report);

    /// <summary>Where the crawl stands. When every host reported nothing pending, each host is asked afresh before the crawl is said to be finished.</summary>
    [Alias("GetStatus")]
    Task<CrawlStatus> GetStatusAsync();

    /// <summary>The near-duplicate groups of two or more articles, from every group partition.</summary>
    [Alias("GetDuplicateGroups")]
    Task<IReadOnlyList<DuplicateGroupRecord>> GetDuplicateGroupsAsync();
}
