using System.Collections.Concurrent;
using NewsExtract.Fetching;

namespace NewsExtract.Orleans;

/// <summary>
/// The politeness state of a cluster: each host's turns are taken from its grain (<see cref="IHostGrain"/>), whose
/// single-threaded turns space the requests of every silo's client, from the slot of the turn before and from the end
/// of its request. The wait itself happens here, so the grain is never held by it.
/// </summary>
internal sealed class GrainHostPoliteness(IGrainFactory grains, TimeProvider clock) : IHostPoliteness
{
    /// <summary>The interval last told to each host's grain from this silo: the client tells it for every page, the grain needs it once.</summary>
    private readonly ConcurrentDictionary<string, TimeSpan> told = new(StringComparer.Ordinal);

    public async ValueTask WaitForTurnAsync(string host, CancellationToken cancellationToken)
    {
        var wait = await grains.GetGrain<IHostGrain>(host).TakeTurnAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A one-way message: the request's caller goes on at once.</summary>
    public void EndTurn(string host) => _ = grains.GetGrain<IHostGrain>(host).EndTurnAsync();

    public async ValueTask EnsureIntervalAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (told.TryGetValue(host, out var known) && known >= interval)
        {
            return;
        }

        await grains.GetGrain<IHostGrain>(host).EnsureIntervalAsync(interval).WaitAsync(cancellationToken).ConfigureAwait(false);
        told.AddOrUpdate(host, interval, (_, old) => old > interval ? old : interval);
    }
}
