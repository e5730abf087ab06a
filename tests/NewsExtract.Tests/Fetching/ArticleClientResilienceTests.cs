using System.Net;
using System.Net.Sockets;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

/// <summary>Retries, Retry-After, timeouts, broken connections and the circuit breaker, against a server that misbehaves.</summary>
public sealed class ArticleClientResilienceTests : FetchTestBase
{
    [Fact]
    public async Task GetArticleAsync_ServerAnswers503ThenRetryAfter_Retries()
    {
        Server.Map("/story", Respond.Sequence(Respond.Status(503, retryAfter: "2"), Respond.Html(ArticleHtml())));
        using var client = new ArticleClient(Options);

        var article = client.GetArticleAsync(Server.Url("/story"));
        await Clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2));
        Assert.Equal(1, Server.Hits("/story"));
        Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("Harbour Ferry Returns After Storm Repairs", (await Within(article)).Title);
        Assert.Equal(2, Server.Hits("/story"));
    }

    [Fact]
    public async Task FetchAsync_ServerAnswers429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        Server.Map("/busy", Respond.Sequence(Respond.Status(429, retryAfter: "3"), Respond.Html(ArticleHtml())));
        using var client = new ArticleClient(Options);

        var page = client.FetchAsync(Server.Url("/busy"));
        await Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.OK, (await Within(page)).StatusCode);
        Assert.Equal(2, Server.Hits("/busy"));
    }

    [Fact]
    public async Task FetchAsync_RetryAfterLongerThanMaxRetryDelay_FailsAtOnceWithTheStatus()
    {
        Server.Map("/later", Respond.Status(503, retryAfter: "3600"));
        using var client = new ArticleClient(Options);

        var failure = await FailsWith(FetchFailureReason.HttpStatus, client.FetchAsync(Server.Url("/later")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Contains("retry after 3600 s", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, Server.Hits("/later"));
        Assert.DoesNotContain(Clock.Started, IsRetryDelay);
    }

    [Fact]
    public async Task FetchAsync_ServerAlwaysFails_RetriesWithBackoffThenReportsTheStatus()
    {
        Server.Map("/down", Respond.Status(502));
        using var client = new ArticleClient(Options with { Retry = new() { MaxRetries = 2 } });

        var page = client.FetchAsync(Server.Url("/down"));
        var delays = await Clock.AdvanceThroughDelaysAsync(page, IsRetryDelay, maxDelays: 5);

        var failure = await FailsWith(FetchFailureReason.HttpStatus, page);
        Assert.Equal(HttpStatusCode.BadGateway, failure.StatusCode);
        Assert.Equal(2, delays.Count);
        Assert.Equal(3, Server.Hits("/down"));
        Assert.Contains("after 3 attempts", failure.Message, StringComparison.Ordinal);
        Assert.Equal(Server.Url("/down"), failure.Url);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    [InlineData(410)]
    public async Task FetchAsync_PermanentStatus_FailsWithoutRetrying(int status)
    {
        Server.Map("/gone", Respond.Status(status));
        using var client = new ArticleClient(Options);

        var failure = await FailsWith(FetchFailureReason.HttpStatus, client.FetchAsync(Server.Url("/gone")));

        Assert.Equal((HttpStatusCode)status, failure.StatusCode);
        Assert.Equal(1, Server.Hits("/gone"));
    }

    [Fact]
    public async Task FetchAsync_ConnectionDropsMidBody_RetriesAndSucceeds()
    {
        await using var raw = RawHttpServer.Start(RawHttpServer.CutShort("<html><head><title>Broken", promised: 10_000), RawHttpServer.Complete(ArticleHtml()));
        using var client = new ArticleClient(Options with { Robots = new() { Obey = false } });

        var page = client.FetchAsync(raw.Url("/flaky"));
        await Clock.AdvanceThroughDelaysAsync(page, IsRetryDelay, maxDelays: 1);

        Assert.Contains("Harbour Ferry", (await Within(page)).Content, StringComparison.Ordinal);
        Assert.Equal(2, raw.Requests);
    }

    [Fact]
    public async Task FetchAsync_ConnectionDropsMidBodyWithoutRetries_FailsWithConnectionFailed()
    {
        await using var raw = RawHttpServer.Start(RawHttpServer.CutShort("<html><head><title>Broken", promised: 10_000));
        using var client = new ArticleClient(Options with { Retry = new() { MaxRetries = 0 }, Robots = new() { Obey = false } });

        var failure = await FailsWith(FetchFailureReason.ConnectionFailed, client.FetchAsync(raw.Url("/broken")));

        Assert.IsAssignableFrom<IOException>(failure.InnerException);
        Assert.Contains("broke before the body was complete", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, raw.Requests);
    }

    [Fact]
    public async Task FetchAsync_NothingListening_FailsWithConnectionFailed()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var client = new ArticleClient(Options with { Retry = new() { MaxRetries = 0 }, Robots = new() { Obey = false } });

        var failure = await FailsWith(FetchFailureReason.ConnectionFailed, client.FetchAsync(new Uri($"http://127.0.0.1:{closedPort}/story")));

        Assert.IsType<HttpRequestException>(failure.InnerException);
    }

    [Fact]
    public async Task FetchAsync_SlowFirstByte_AttemptTimesOutAndTheRetrySucceeds()
    {
        Server.Map("/slow", Respond.Sequence(Respond.StallBeforeHeaders(Server), Respond.Html(ArticleHtml())));
        using var client = new ArticleClient(Options);

        var page = client.FetchAsync(Server.Url("/slow"));
        await Server.WaitForHitsAsync("/slow", 1);
        await Clock.AdvancePastTimerAsync(AttemptTimeout);
        await Clock.AdvanceThroughDelaysAsync(page, IsRetryDelay, maxDelays: 1);

        Assert.Equal(HttpStatusCode.OK, (await Within(page)).StatusCode);
        Assert.Equal(2, Server.Hits("/slow"));
    }

    [Fact]
    public async Task FetchAsync_BodyStallsForever_FailsWithTimeout()
    {
        Server.Map("/stalled", Respond.StallMidBody(Server));
        using var client = new ArticleClient(Options with { Retry = new() { MaxRetries = 0 } });

        var page = client.FetchAsync(Server.Url("/stalled"));
        await Server.WaitForHitsAsync("/stalled", 1);
        await Clock.AdvancePastTimerAsync(AttemptTimeout);

        var failure = await FailsWith(FetchFailureReason.Timeout, page);
        Assert.Contains("attempt timeout of 60 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_TotalTimeout_CutsThroughRetries()
    {
        Server.Map("/stalled", Respond.StallBeforeHeaders(Server));
        using var client = new ArticleClient(Options with { Timeouts = Options.Timeouts with { Total = TimeSpan.FromSeconds(90) }, Retry = new() { MaxRetries = 5 } });

        var page = client.FetchAsync(Server.Url("/stalled"));
        await Server.WaitForHitsAsync("/stalled", 1);
        await Clock.AdvancePastTimerAsync(AttemptTimeout);
        await Clock.WaitForTimerAsync(IsRetryDelay);
        Clock.Advance(TimeSpan.FromSeconds(30));

        var failure = await FailsWith(FetchFailureReason.Timeout, page);
        Assert.Contains("total timeout of 90 s", failure.Message, StringComparison.Ordinal);
        Assert.True(Server.Hits("/stalled") <= 2);
    }

    [Fact]
    public async Task FetchAsync_HostKeepsFailing_OpensItsCircuitButNotOtherHosts()
    {
        Server.Map("/error", Respond.Status(500));
        Server.Map("/fine", Respond.Html(ArticleHtml()));
        using var client = new ArticleClient(Options with { Retry = new() { MaxRetries = 0 }, CircuitBreaker = new() { MinimumThroughput = 2 }, Robots = new() { Obey = false } });

        await FailsWith(FetchFailureReason.HttpStatus, client.FetchAsync(Server.Url("/error")));
        await FailsWith(FetchFailureReason.HttpStatus, client.FetchAsync(Server.Url("/error")));
        var open = await FailsWith(FetchFailureReason.CircuitOpen, client.FetchAsync(Server.Url("/fine")));

        Assert.Equal(2, Server.TotalHits);
        Assert.Contains("circuit breaker is open", open.Message, StringComparison.Ordinal);

        // The same server under another name is another host, with a circuit of its own.
        var otherHost = await Within(client.FetchAsync(new Uri($"http://localhost:{Server.Port}/fine")));
        Assert.Equal(HttpStatusCode.OK, otherHost.StatusCode);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_ThrowsOperationCanceledNotFetchException()
    {
        Server.Map("/stalled", Respond.StallBeforeHeaders(Server));
        using var client = new ArticleClient(Options);
        using var cancellation = new CancellationTokenSource();

        var page = client.FetchAsync(Server.Url("/stalled"), cancellation.Token);
        await Server.WaitForHitsAsync("/stalled", 1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => page.WaitAsync(SafetyNet));
    }

    [Fact]
    public async Task FetchAsync_MinIntervalPerHost_SpacesRequestsToOneHost()
    {
        Server.Map("/a", Respond.Html(ArticleHtml()));
        Server.Map("/b", Respond.Html(ArticleHtml()));
        using var client = new ArticleClient(Options with { RateLimit = Options.RateLimit with { MinIntervalPerHost = TimeSpan.FromSeconds(7) }, Robots = new() { Obey = false } });

        await Within(client.FetchAsync(Server.Url("/a")));
        var second = client.FetchAsync(Server.Url("/b"));
        await Clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(7));
        Assert.Equal(0, Server.Hits("/b"));
        Clock.Advance(TimeSpan.FromSeconds(7));

        await Within(second);
        Assert.Equal(1, Server.Hits("/b"));
    }
}
