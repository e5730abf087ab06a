using System.Net;
using NewsExtract.Fetching;
using Polly;
using Polly.Retry;

namespace NewsExtract.Tests.Fetching;

/// <summary>Building the client: options validated once, who owns the HttpClient, IHttpClientFactory, a replaced pipeline.</summary>
public sealed class ArticleClientSetupTests : FetchTestBase
{
    private static readonly Dictionary<string, FetchOptions> BadOptionsByName = new()
    {
        ["Limits.MaxResponseBytes"] = new FetchOptions { Limits = new() { MaxResponseBytes = 100 } },
        ["Limits.MaxDecompressedBytes"] = new FetchOptions { Limits = new() { MaxDecompressedBytes = 0 } },
        ["Limits.MaxRedirects"] = new FetchOptions { Limits = new() { MaxRedirects = -1 } },
        ["Retry.MaxRetries"] = new FetchOptions { Retry = new() { MaxRetries = 21 } },
        ["Timeouts.Attempt"] = new FetchOptions { Timeouts = new() { Attempt = TimeSpan.Zero } },
        ["Timeouts.Total"] = new FetchOptions { Timeouts = new() { Total = TimeSpan.FromDays(2) } },
        ["Retry.BaseDelay"] = new FetchOptions { Retry = new() { BaseDelay = TimeSpan.FromMinutes(1) } },
        ["CircuitBreaker.FailureRatio"] = new FetchOptions { CircuitBreaker = new() { FailureRatio = 0 } },
        ["CircuitBreaker.MinimumThroughput"] = new FetchOptions { CircuitBreaker = new() { MinimumThroughput = 1 } },
        ["CircuitBreaker.BreakDuration"] = new FetchOptions { CircuitBreaker = new() { BreakDuration = TimeSpan.FromMilliseconds(10) } },
        ["RateLimit.MinIntervalPerHost"] = new FetchOptions { RateLimit = new() { MinIntervalPerHost = TimeSpan.FromSeconds(-1) } },
        ["Robots.MaxCrawlDelay"] = new FetchOptions { Robots = new() { MaxCrawlDelay = TimeSpan.FromDays(2) } },
        ["UserAgent"] = new FetchOptions { UserAgent = "/1.0" },
    };

    public static TheoryData<string> BadOptions => [.. BadOptionsByName.Keys];

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Constructor_OptionOutOfRange_ThrowsArgumentOutOfRangeNamingIt(string option)
    {
        var options = BadOptionsByName[option];

        Assert.Equal(option, Assert.Throws<ArgumentOutOfRangeException>(options.Validate).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleClient(options));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleClient.CreateHandler(options));
    }

    [Fact]
    public void Validate_UserAgentWithALineBreak_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(new FetchOptions { UserAgent = "Bad\nAgent" }.Validate);
    }

    [Fact]
    public void Validate_GroupOutOfRange_ThrowsFromTheGroupAlone()
    {
        Assert.Throws<ArgumentOutOfRangeException>(new RetryOptions { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(5) }.Validate);
        Assert.Throws<ArgumentOutOfRangeException>(new CircuitBreakerOptions { FailureRatio = double.NaN }.Validate);
        Assert.Throws<ArgumentOutOfRangeException>(new TimeoutOptions { Total = TimeSpan.FromMilliseconds(1) }.Validate);
        new TimeoutOptions { Attempt = Timeout.InfiniteTimeSpan, Total = Timeout.InfiniteTimeSpan }.Validate();
    }

    [Fact]
    public void Validate_GroupSetToNull_ThrowsArgumentNull()
    {
        var error = Assert.Throws<ArgumentNullException>(new FetchOptions { Retry = null! }.Validate);

        Assert.Equal("Retry", error.ParamName);
    }

    [Fact]
    public void Constructor_Defaults_AreValid()
    {
        using var client = new ArticleClient();

        Assert.Equal(10 * 1024 * 1024, client.Options.Limits.MaxResponseBytes);
        Assert.True(client.Options.Robots.Obey);
        Assert.False(client.Options.Limits.BlockPrivateAddresses);
        Assert.Equal(3, client.Options.Retry.MaxRetries);
    }

    [Theory]
    [InlineData("ftp://news.example/story")]
    [InlineData("/story")]
    public async Task FetchAsync_NotAnAbsoluteHttpUrl_ThrowsArgumentException(string url)
    {
        using var client = new ArticleClient(Options);

        await Assert.ThrowsAsync<ArgumentException>(() => client.FetchAsync(new Uri(url, UriKind.RelativeOrAbsolute)));
    }

    [Fact]
    public async Task FetchAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var client = new ArticleClient(Options);
        await client.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.FetchAsync(Server.Url("/story")));
    }

    [Fact]
    public async Task Dispose_CallersHttpClient_IsLeftUsable()
    {
        Server.Map("/story", Respond.Html(ArticleHtml()));
        using var http = new HttpClient(ArticleClient.CreateHandler());
        var client = new ArticleClient(http, Options);
        await Within(client.FetchAsync(Server.Url("/story")));

        client.Dispose();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(Server.Url("/story"))).StatusCode);
    }

    [Fact]
    public async Task FetchAsync_WithHttpClientFactory_TakesTheNamedClient()
    {
        Server.Map("/story", Respond.Html(ArticleHtml()));
        using var factory = new CountingFactory(ArticleClient.CreateHandler(Options));
        using var client = new ArticleClient(factory, "news", Options);

        await Within(client.FetchAsync(Server.Url("/story")));
        await Within(client.FetchAsync(Server.Url("/story")));

        Assert.Equal(["news", "news"], factory.Names);
    }

    [Fact]
    public async Task FetchAsync_ReplacedPipelineWithoutRetries_DoesNotRetry()
    {
        Server.Map("/down", Respond.Status(503));
        using var client = new ArticleClient(Options with { Pipeline = ResiliencePipeline<HttpResponseMessage>.Empty });

        await FailsWith(FetchFailureReason.HttpStatus, client.FetchAsync(Server.Url("/down")));

        Assert.Equal(1, Server.Hits("/down"));
    }

    [Fact]
    public async Task FetchAsync_ReplacedPipeline_IsUsedForEveryRequest()
    {
        Server.Map("/story", Respond.Sequence(Respond.Status(503), Respond.Status(503), Respond.Html(ArticleHtml())));
        var retries = 0;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 5,
                Delay = TimeSpan.Zero,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.ServiceUnavailable),
                OnRetry = _ =>
                {
                    Interlocked.Increment(ref retries);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        using var client = new ArticleClient(Options with { Pipeline = pipeline });

        var page = await Within(client.FetchAsync(Server.Url("/story")));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(2, retries);
    }

    private sealed class CountingFactory(HttpMessageHandler handler) : IHttpClientFactory, IDisposable
    {
        public List<string> Names { get; } = [];

        public HttpClient CreateClient(string name)
        {
            lock (Names)
            {
                Names.Add(name);
            }

            return new HttpClient(handler, disposeHandler: false);
        }

        public void Dispose() => handler.Dispose();
    }
}
