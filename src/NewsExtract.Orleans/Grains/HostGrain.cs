using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace NewsExtract.Orleans;

/// <summary>What a host grain keeps in storage.</summary>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.HostState")]
internal sealed class HostState
{
    /// <summary>Tasks waiting, first in, first out.</summary>
    [Id(0)]
    public List<CrawlTask> Waiting { get; set; } = [];

    /// <summary>Tasks sent to a worker and not finished: queued again when the grain is activated anew (its silo was lost).</summary>
    [Id(1)]
    public List<CrawlTask> Running { get; set; } = [];

    /// <summary>The longest robots.txt <c>Crawl-delay</c> told so far (zero: none).</summary>
    [Id(2)]
    public TimeSpan CrawlDelay { get; set; }

    /// <summary>Counts per crawl.</summary>
    [Id(3)]
    public Dictionary<string, CrawlCounts> Crawls { get; set; } = [];

    /// <summary>Grows with every change.</summary>
    [Id(4)]
    public long Version { get; set; }

    /// <summary>
    /// The hashes of every task key ever queued here, per crawl: a task queued again (its discovery ran twice, after a
    /// silo was lost mid-admission) is dropped even when the first copy has long finished. Eight bytes a task.
    /// </summary>
    [Id(5)]
    public Dictionary<string, HashSet<ulong>> Accepted { get; set; } = [];
}

/// <inheritdoc cref="IHostGrain"/>
/// <remarks>
/// Placed at random: its host's tasks run on its silo, so the hosts, not the silo that first named them (as placement
/// by resource use chooses while the silos' figures are still alike), spread the work across the cluster.
/// </remarks>
[Reentrant]
[RandomPlacement]
internal sealed partial class HostGrain : Grain, IHostGrain
{
    private readonly IPersistentState<HostState> state;
    private readonly CrawlSettings settings;
    private readonly ILogger<HostGrain> logger;
    private readonly StateWriter<HostState> writer;
    private long nextSlot;
    private long lastSlot = long.MinValue;
    private int running;
    private IGrainTimer? dispatch;

    public HostGrain([PersistentState("host", ClusterCrawlOptions.StorageName)] IPersistentState<HostState> state, CrawlSettings settings, ILogger<HostGrain> logger)
    {
        this.state = state;
        this.settings = settings;
        this.logger = logger;
        writer = new StateWriter<HostState>(state, this, TimeSpan.Zero);
    }

    private TimeProvider Clock => settings.Clock;

    private TimeSpan Interval => state.State.CrawlDelay > settings.Options.Fetch.RateLimit.MinIntervalPerHost ? state.State.CrawlDelay : settings.Options.Fetch.RateLimit.MinIntervalPerHost;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The turns an earlier activation gave are unknown. Each of its running tasks takes one turn at a time, and a turn
        // is given at most one interval past the turn before: its last turn can lie MaxInFlightPerHost intervals ahead,
        // so the first turn here waits one interval past that.
        nextSlot = Clock.GetTimestamp() + Ticks(Interval) * (settings.Options.MaxInFlightPerHost + 1);
        var host = state.State;
        if (host.Running.Count > 0)
        {
            // Tasks running where the grain was before: their worker is gone (or finishes unheard); run them again.
            foreach (var task in host.Running)
            {
                var counts = host.Crawls.GetValueOrDefault(task.CrawlId);
                host.Crawls[task.CrawlId] = counts with { Retried = counts.Retried + 1 };
            }

            host.Waiting.InsertRange(0, host.Running.Select(t => t with { Attempts = t.Attempts + 1 }));
            host.Running.Clear();
            host.Version++;
            await writer.WriteAsync();
        }

        Schedule();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => writer.FlushAsync();

    public async Task EnqueueAsync(IReadOnlyList<CrawlTask> tasks)
    {
        var host = state.State;
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            if (!host.Accepted.TryGetValue(task.CrawlId, out var accepted))
            {
                accepted = [];
                host.Accepted[task.CrawlId] = accepted;
            }

            if (accepted.Add(Partitions.Hash(task.SeenKey)))
            {
                host.Waiting.Add(task);
                var counts = host.Crawls.GetValueOrDefault(task.CrawlId);
                host.Crawls[task.CrawlId] = counts with { Pending = counts.Pending + 1 };
                added.Add(task.CrawlId);
            }
        }

        if (added.Count == 0)
        {
            return;
        }

        host.Version++;
        await writer.WriteAsync();

        // New work is reported before the caller goes on, so that the crawl never looks finished while it waits here.
        foreach (var crawlId in added)
        {
            await ReportAsync(crawlId);
        }

        Schedule();
    }

    public Task<TimeSpan> TakeTurnAsync()
    {
        var now = Clock.GetTimestamp();
        var slot = Math.Max(now, nextSlot);
        nextSlot = slot + Ticks(Interval);
        lastSlot = slot;
        return Task.FromResult(Clock.GetElapsedTime(now, slot));
    }

    public Task EndTurnAsync()
    {
        nextSlot = Math.Max(nextSlot, Clock.GetTimestamp() + Ticks(Interval));
        return Task.CompletedTask;
    }

    public async Task EnsureIntervalAsync(TimeSpan interval)
    {
        if (interval > state.State.CrawlDelay)
        {
            state.State.CrawlDelay = interval;

            // A turn taken before is spaced by the new interval too.
            if (lastSlot != long.MinValue)
            {
                nextSlot = Math.Max(nextSlot, lastSlot + Ticks(Interval));
            }

            state.State.Version++;
            await writer.WriteAsync();
        }
    }

    public Task<HostReport> WakeAsync(string crawlId) =>
        Task.FromResult(new HostReport(state.State.Version, state.State.Crawls.GetValueOrDefault(crawlId)));

    /// <summary>Arms the timer that sends the next task at the host's next free turn, unless it is armed or the host is busy or idle.</summary>
    private void Schedule()
    {
        // A stopping silo sends no new task: the host's next activation, on a live silo, sends it.
        if (settings.Stopping.IsCancellationRequested || dispatch is not null || running >= settings.Options.MaxInFlightPerHost || state.State.Waiting.Count == 0)
        {
            return;
        }

        var now = Clock.GetTimestamp();
        var due = nextSlot > now ? Clock.GetElapsedTime(now, nextSlot) : TimeSpan.Zero;
        dispatch = this.RegisterGrainTimer(
            static (grain, _) => grain.DispatchAsync(),
            this,
            new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private async Task DispatchAsync()
    {
        dispatch?.Dispose();
        dispatch = null;
        var host = state.State;
        var sent = new List<CrawlTask>();
        while (!settings.Stopping.IsCancellationRequested && running < settings.Options.MaxInFlightPerHost && host.Waiting.Count > 0)
        {
            var task = host.Waiting[0];
            host.Waiting.RemoveAt(0);
            host.Running.Add(task);
            sent.Add(task);
            running++;
        }

        if (sent.Count == 0)
        {
            return;
        }

        // Stored as running before any worker starts it: a silo lost from here on counts the task as run again.
        try
        {
            host.Version++;
            await writer.WriteAsync();
        }
        catch (Exception exception)
        {
            LogStateNotSaved(logger, this.GetPrimaryKeyString(), exception);
        }

        foreach (var task in sent)
        {
            // Not awaited: the grain goes on taking turns and queuing while the worker runs.
            _ = RunAsync(task);
        }
    }

    private async Task RunAsync(CrawlTask task)
    {
        CrawlTaskOutcome? outcome = null;
        try
        {
            outcome = await GrainFactory.GetGrain<ICrawlWorkerGrain>(0).RunAsync(task);
        }
        catch (Exception exception)
        {
            LogWorkerLost(logger, task.Url, task.Attempts + 1, exception);
        }

        var host = state.State;
        try
        {
            host.Running.Remove(task);
            running--;
            var counts = host.Crawls.GetValueOrDefault(task.CrawlId);
            if (outcome is { } done)
            {
                counts = counts.After(done);
            }
            else if (task.Attempts + 1 < settings.Options.MaxAttempts)
            {
                host.Waiting.Add(task with { Attempts = task.Attempts + 1 });
                counts = counts with { Retried = counts.Retried + 1 };
            }
            else
            {
                counts = counts.After(CrawlTaskOutcome.Failed);
            }

            host.Crawls[task.CrawlId] = counts;
            host.Version++;
            await writer.WriteAsync();
            await ReportAsync(task.CrawlId);
        }
        catch (Exception exception)
        {
            // The coordinator asks again (a report lost here only says less is pending); storage failures are logged.
            LogStateNotSaved(logger, this.GetPrimaryKeyString(), exception);
        }
        finally
        {
            Schedule();
        }
    }

    private Task ReportAsync(string crawlId) =>
        GrainFactory.GetGrain<ICrawlGrain>(crawlId).ReportAsync(this.GetPrimaryKeyString(), new HostReport(state.State.Version, state.State.Crawls.GetValueOrDefault(crawlId)));

    private long Ticks(TimeSpan interval) => (long)(interval.Ticks * (double)Clock.TimestampFrequency / TimeSpan.TicksPerSecond);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The worker running {Url} was lost (attempt {Attempt}); the task is queued again")]
    private static partial void LogWorkerLost(ILogger logger, string url, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Host {Host}: its state or its report could not be saved")]
    private static partial void LogStateNotSaved(ILogger logger, string host, Exception exception);
}
