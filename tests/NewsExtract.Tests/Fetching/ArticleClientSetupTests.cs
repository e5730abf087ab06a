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
        ["MaxResponseBytes below 1 KiB"] = new FetchOptions { MaxResponseBytes = 100 },
        ["MaxDecompressedBytes zero"] = new FetchOptions { MaxDecompressedBytes = 0 },
        ["MaxRedirects negative"] = new FetchOptions { MaxRedirects = -1 },
        ["MaxRetries above 20"] = new FetchOptions { MaxRetries = 21 },
        ["AttemptTimeout zero"] = new FetchOptions { AttemptTimeout = TimeSpan.Zero },
        ["TotalTimeout above a day"] = new FetchOptions { TotalTimeout = TimeSpan.FromDays(2) },
        ["RetryBaseDelay above MaxRetryDelay"] = new FetchOptions { RetryBaseDelay = TimeSpan.FromMinutes(1) },
        ["CircuitBreakerFailureRatio zero"] = new FetchOptions { CircuitBreakerFailureRatio = 0 },
        ["CircuitBreakerMinimumThroughput one"] = new FetchOptions { CircuitBreakerMinimumThroughput = 1 },
        ["CircuitBreakerBreakDuration 10 ms"] = new FetchOptions { CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(10) },
        ["MinIntervalPerHost negative"] = new FetchOptions { MinIntervalPerHost = TimeSpan.FromSeconds(-1) },
        ["UserAgent without product token"] = new FetchOptions { UserAgent = "/1.0" },
        ["UserAgent with a line break"] = new FetchOptions { UserAgent = "Bad\nAgent" },
    };

    public static TheoryData<string> BadOptions => [.. BadOptionsByName.Keys];

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Constructor_OptionOutOfRange_ThrowsArgumentOutOfRange(string option)
    {
        var options = BadOptionsByName[option];

        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleClient(options));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleClient.CreateHandler(options));
    }

    [Fact]
    public void Constructor_Defaults_AreValid()
    {
        using var client = new ArticleClient();

        Assert.Equal(10 * 1024 * 1024, client.Options.MaxResponseBytes);
        Assert.True(client.Options.ObeyRobotsTxt);
        Assert.False(client.Options.BlockPrivateAddresses);
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
