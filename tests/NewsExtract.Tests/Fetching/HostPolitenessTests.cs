using System.Collections.Concurrent;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

/// <summary>The per-host politeness seam: the state every request's turn comes from, shared by clients when they are given one.</summary>
public sealed class HostPolitenessTests : FetchTestBase
{
    [Fact]
    public async Task FetchAsync_TwoClientsSharingOnePoliteness_SpaceTheirRequestsToAHostTogether()
    {
        Server.Map("/a", Respond.Html(ArticleHtml()));
        Server.Map("/b", Respond.Html(ArticleHtml()));
        var shared = new InMemoryHostPoliteness(TimeSpan.FromSeconds(5), Clock);
        var options = Options with { RateLimit = new() { Politeness = shared }, Robots = new() { Obey = false } };
        using var first = new ArticleClient(options);
        using var second = new ArticleClient(options);

        await Within(first.FetchAsync(Server.Url("/a")));
        var later = second.FetchAsync(Server.Url("/b"));
        await Clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        Assert.Equal(0, Server.Hits("/b"));
        Clock.Advance(TimeSpan.FromSeconds(5));

        await Within(later);
        Assert.Equal(1, Server.Hits("/b"));
    }

    [Fact]
    public async Task FetchAsync_GivenPoliteness_AsksItForEveryTurnEndsEachAndTellsItTheCrawlDelay()
    {
        Server.Map("/robots.txt", Respond.Text("User-agent: *\nCrawl-delay: 4\n"));
        Server.Map("/story", Respond.Sequence(Respond.Status(503, retryAfter: "0"), Respond.Html(ArticleHtml())));
        var politeness = new RecordingPoliteness();
        using var client = new ArticleClient(Options with { RateLimit = new() { MinIntervalPerHost = TimeSpan.FromSeconds(9), Politeness = politeness } });

        await Within(client.FetchAsync(Server.Url("/story")));

        var host = Server.BaseAddress.IdnHost.ToLowerInvariant();
        Assert.Equal([host, host], politeness.Turns);
        Assert.Equal([host, host], politeness.Ended);
        Assert.Contains((host, TimeSpan.FromSeconds(4)), politeness.Intervals);
        Assert.DoesNotContain(Clock.Started, d => d == TimeSpan.FromSeconds(9));
    }

    [Fact]
    public async Task WaitForTurnAsync_OneHost_GivesEachCallerItsOwnSlotAndOtherHostsTheirOwn()
    {
        var politeness = new InMemoryHostPoliteness(TimeSpan.FromSeconds(2), Clock);

        await politeness.WaitForTurnAsync("a.example", CancellationToken.None).AsTask().WaitAsync(SafetyNet);
        var second = politeness.WaitForTurnAsync("a.example", CancellationToken.None).AsTask();
        var third = politeness.WaitForTurnAsync("a.example", CancellationToken.None).AsTask();
        await politeness.WaitForTurnAsync("b.example", CancellationToken.None).AsTask().WaitAsync(SafetyNet);

        Clock.Advance(TimeSpan.FromSeconds(2));
        await second.WaitAsync(SafetyNet);
        Assert.False(third.IsCompleted);
        Clock.Advance(TimeSpan.FromSeconds(2));
        await third.WaitAsync(SafetyNet);
    }

    [Fact]
    public async Task EnsureIntervalAsync_OnlyEverRaisesTheInterval()
    {
        var politeness = new InMemoryHostPoliteness(TimeSpan.FromSeconds(1), Clock);

        await politeness.EnsureIntervalAsync("a.example", TimeSpan.FromSeconds(5), CancellationToken.None);
        await politeness.EnsureIntervalAsync("a.example", TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(5), politeness.IntervalOf("a.example"));
        Assert.Equal(TimeSpan.FromSeconds(1), politeness.IntervalOf("b.example"));
    }

    [Fact]
    public void Constructor_NegativeInterval_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryHostPoliteness(TimeSpan.FromSeconds(-1)));

    /// <summary>Grants every turn at once and records what it was asked.</summary>
    private sealed class RecordingPoliteness : IHostPoliteness
    {
        private readonly ConcurrentQueue<string> turns = new();
        private readonly ConcurrentQueue<(string, TimeSpan)> intervals = new();
        private readonly ConcurrentQueue<string> ended = new();

        public IReadOnlyList<string> Turns => [.. turns];

        public IReadOnlyList<string> Ended => [.. ended];

        public IReadOnlyList<(string Host, TimeSpan Interval)> Intervals => [.. intervals];

        public ValueTask WaitForTurnAsync(string host, CancellationToken cancellationToken)
        {
            turns.Enqueue(host);
            return ValueTask.CompletedTask;
        }

        public void EndTurn(string host) => ended.Enqueue(host);

        public ValueTask EnsureIntervalAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
        {
            intervals.Enqueue((host, interval));
            return ValueTask.CompletedTask;
        }
    }
}
