using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

public sealed class HostRateLimiterTests
{
    [Fact]
    public async Task AcquireAsync_BackToBack_SecondWaitsForTheInterval()
    {
        var clock = new TestClock();
        using var limiter = new HostRateLimiter(TimeSpan.FromSeconds(2), clock);

        using var first = await limiter.AcquireAsync(1);
        var second = limiter.AcquireAsync(1).AsTask();
        await clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));

        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(first.IsAcquired && lease.IsAcquired);
    }

    [Fact]
    public void AttemptAcquire_TooSoon_FailsWithRetryAfter()
    {
        var clock = new TestClock();
        using var limiter = new HostRateLimiter(TimeSpan.FromSeconds(3), clock);

        using var first = limiter.AttemptAcquire();
        clock.Advance(TimeSpan.FromSeconds(1));
        using var second = limiter.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
        Assert.True(second.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(2), retryAfter);
    }

    [Fact]
    public void EnsureInterval_OnlyEverRaisesTheInterval()
    {
        using var limiter = new HostRateLimiter(TimeSpan.FromSeconds(1), new TestClock());

        limiter.EnsureInterval(TimeSpan.FromSeconds(5));
        limiter.EnsureInterval(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(5), limiter.Interval);
    }
}
