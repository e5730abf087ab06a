using System.Collections.Concurrent;
using NewsExtract.Fetching;
using Polly;
using Polly.Retry;

namespace NewsExtract.Orleans;

/// <summary>
/// The politeness state of a cluster: each host's turns are taken from its grain (<see cref="IHostGrain"/>), whose
/// single-threaded turns space the requests of every silo's client, from the slot of the turn before and from the end
/// of its request. The wait itself happens here, so the grain is never held by it.
/// </summary>
/// <remarks>
/// A host's grain lives on one silo. When that silo stops, a call already on its way fails with
/// <see cref="SiloUnavailableException"/>, though the grain comes back on another silo at the next call: the call is
/// made again (<see cref="SiloLossRetry"/>), so that losing a silo never turns a page being fetched into a failed page.
/// </remarks>
internal sealed class GrainHostPoliteness(IGrainFactory grains, TimeProvider clock) : IHostPoliteness
{
    /// <summary>The interval last told to each host's grain from this silo: the client tells it for every page, the grain needs it once.</summary>
    private readonly ConcurrentDictionary<string, TimeSpan> told = new(StringComparer.Ordinal);

    private readonly ResiliencePipeline siloLoss = SiloLossRetry.Build(clock);

    public async ValueTask WaitForTurnAsync(string host, CancellationToken cancellationToken)
    {
        var wait = await siloLoss.ExecuteAsync(
            static async (state, token) => await state.grains.GetGrain<IHostGrain>(state.host).TakeTurnAsync().WaitAsync(token).ConfigureAwait(false),
            (grains, host),
            cancellationToken).ConfigureAwait(false);
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

        await siloLoss.ExecuteAsync(
            static async (state, token) => await state.grains.GetGrain<IHostGrain>(state.host).EnsureIntervalAsync(state.interval).WaitAsync(token).ConfigureAwait(false),
            (grains, host, interval),
            cancellationToken).ConfigureAwait(false);
        told.AddOrUpdate(host, interval, (_, old) => old > interval ? old : interval);
    }
}

/// <summary>
/// The retry of a grain call cut by the loss of the silo holding the grain, or refused by a silo that is stopping (its
/// gateway rejects calls while it shuts down): the cluster moves the grain to a live silo on the next call, once
/// membership has seen the loss, so a few tries spaced over a few seconds reach it.
/// </summary>
internal static class SiloLossRetry
{
    /// <summary>Tries after the first: with the delays below they span about six seconds.</summary>
    public const int MaxRetries = 6;

    /// <summary>The first delay, doubled at each try.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);

    public static ResiliencePipeline Build(TimeProvider clock) =>
        new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SiloUnavailableException>().Handle<OrleansMessageRejectionException>(),
                MaxRetryAttempts = MaxRetries,
                Delay = FirstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
}
