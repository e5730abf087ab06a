namespace NewsExtract.Fetching;

/// <summary>
/// The per-host politeness state of a crawl: when each host may next be asked, and how far apart its requests must
/// be. An <see cref="ArticleClient"/> asks it for a turn before every request to a host (retries and redirects
/// included, robots.txt not) and tells it the <c>Crawl-delay</c> a host's robots.txt asks for. The seam for a crawl
/// shared by many processes or machines: give every client the same state (see <see cref="RateLimitOptions.Politeness"/>)
/// and their requests to one host are spaced together. <see cref="InMemoryHostPoliteness"/> keeps it in one process.
/// </summary>
/// <remarks>
/// Hosts are named as <see cref="Uri.IdnHost"/> gives them, in lower case (no scheme, no port). Implementations must be
/// thread-safe: a client asks for many hosts, and for one host, at once.
/// </remarks>
public interface IHostPoliteness
{
    /// <summary>
    /// Takes the host's next turn and waits for it: completes when a request to the host may start. Every call takes
    /// a turn of its own, so two callers never start at once; a cancelled wait gives its turn up to no one (the host
    /// sees one request fewer, never one sooner).
    /// </summary>
    /// <param name="host">The host, in lower case.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    ValueTask WaitForTurnAsync(string host, CancellationToken cancellationToken);

    /// <summary>
    /// Says that the request of a turn has ended (its response's headers came, or it failed). A state may space the
    /// host's next request from here as well as from the turn, so that the server never sees two requests closer than
    /// the interval, however late the first one left a busy machine. Called once per turn, without waiting for it.
    /// Default: nothing (<see cref="InMemoryHostPoliteness"/> spaces the turns alone).
    /// </summary>
    /// <param name="host">The host, in lower case.</param>
    void EndTurn(string host)
    {
    }

    /// <summary>Raises the least time between two requests to the host to at least <paramref name="interval"/> (a robots.txt <c>Crawl-delay</c>); a shorter one changes nothing.</summary>
    /// <param name="host">The host, in lower case.</param>
    /// <param name="interval">The least time between the starts of two requests.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask EnsureIntervalAsync(string host, TimeSpan interval, CancellationToken cancellationToken);
}

/// <summary>
/// Per-host politeness in this process's memory: each host's requests start at least an interval apart (the minimum
/// given here, or a longer <c>Crawl-delay</c>), each turn the next free slot. Time comes from a
/// <see cref="TimeProvider"/>. State is kept for at most 10,000 hosts, the least recently asked dropped first.
/// Thread-safe; one instance may serve several clients, which then share their hosts' turns.
/// </summary>
/// <param name="minimumInterval">The least time between the starts of two requests to one host; from 0 to a day.</param>
/// <param name="clock">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
public sealed class InMemoryHostPoliteness(TimeSpan minimumInterval, TimeProvider? clock = null) : IHostPoliteness
{
    private const int MaxHosts = 10_000;

    private readonly TimeSpan minimumInterval = Checked(minimumInterval);
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly HostTable<HostRateLimiter> hosts = new(MaxHosts);

    /// <summary>The least time between two requests to <paramref name="host"/> now in force.</summary>
    /// <param name="host">The host, in lower case.</param>
    public TimeSpan IntervalOf(string host) => For(host).Interval;

    /// <inheritdoc/>
    public async ValueTask WaitForTurnAsync(string host, CancellationToken cancellationToken)
    {
        using var lease = await For(host).AcquireAsync(1, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask EnsureIntervalAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        For(host).EnsureInterval(interval);
        return ValueTask.CompletedTask;
    }

    private HostRateLimiter For(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return hosts.GetOrAdd(host, _ => new HostRateLimiter(minimumInterval, clock));
    }

    private static TimeSpan Checked(TimeSpan interval)
    {
        OptionChecks.ThrowIfOutside(interval, TimeSpan.Zero, OptionChecks.Longest, nameof(minimumInterval));
        return interval;
    }
}
