using System.Threading.RateLimiting;

namespace NewsExtract.Fetching;

/// <summary>
/// Spaces the requests to one host at least an interval apart: each acquisition reserves the next free slot and waits
/// for it. The interval can only grow (a robots.txt <c>Crawl-delay</c> raises it). Time comes from a
/// <see cref="TimeProvider"/>, which the rate limiters of System.Threading.RateLimiting do not take.
/// </summary>
internal sealed class HostRateLimiter(TimeSpan minimumInterval, TimeProvider clock) : RateLimiter
{
    private readonly Lock gate = new();
    private TimeSpan interval = minimumInterval;
    private long nextSlot = long.MinValue;
    private long lastAcquired = clock.GetTimestamp();
    private int queued;
    private long successful;

    /// <summary>The least time between two requests now in force.</summary>
    public TimeSpan Interval
    {
        get
        {
            lock (gate)
            {
                return interval;
            }
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return queued > 0 ? null : clock.GetElapsedTime(lastAcquired);
            }
        }
    }

    /// <summary>Raises the interval to at least <paramref name="atLeast"/>; a shorter value changes nothing.</summary>
    public void EnsureInterval(TimeSpan atLeast)
    {
        lock (gate)
        {
            if (atLeast > interval)
            {
                interval = atLeast;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = nextSlot <= clock.GetTimestamp() ? 1 : 0,
                CurrentQueuedCount = queued,
                TotalSuccessfulLeases = successful,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        lock (gate)
        {
            var now = clock.GetTimestamp();
            if (nextSlot > now)
            {
                return new Lease(false, clock.GetElapsedTime(now, nextSlot));
            }

            if (permitCount == 1)
            {
                Reserve(now);
            }

            return new Lease(true, null);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        if (permitCount == 0)
        {
            return new Lease(true, null);
        }

        TimeSpan wait;
        lock (gate)
        {
            var now = clock.GetTimestamp();
            var slot = Math.Max(now, nextSlot);
            wait = clock.GetElapsedTime(now, slot);
            Reserve(slot);
            queued++;
        }

        try
        {
            // A cancelled wait keeps its slot: the host sees one request fewer, never one sooner.
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }

            return new Lease(true, null);
        }
        finally
        {
            lock (gate)
            {
                queued--;
            }
        }
    }

    private void Reserve(long slot)
    {
        nextSlot = slot + (long)(interval.Ticks * (double)clock.TimestampFrequency / TimeSpan.TicksPerSecond);
        lastAcquired = slot;
        successful++;
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
