using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace NewsExtract.Fetching;

/// <summary>The resilience pipeline of one host.</summary>
internal sealed record HostPolicy(ResiliencePipeline<HttpResponseMessage> Pipeline);

/// <summary>
/// Builds and keeps one resilience pipeline per host, outermost first: retry (exponential backoff with jitter,
/// <c>Retry-After</c> honoured) → circuit breaker → the host's turn (<see cref="IHostPoliteness"/>) → per-attempt timeout.
/// Retries pass the breaker and the limiter again, so a failing host opens its circuit and is still spaced politely.
/// Also builds the total timeout that wraps a whole fetch. Each pipeline reports to Polly's telemetry (named
/// <c>NewsExtract</c>, its instance the host) with the options' logger factory, and logs its retries.
/// </summary>
internal sealed class ResiliencePipelineFactory
{
    /// <summary>Set on a request's context to let it past the rate limiter (robots.txt, which sets the rate).</summary>
    public static readonly ResiliencePropertyKey<bool> SkipRateLimit = new("NewsExtract.SkipRateLimit");

    /// <summary>Set on a request's context to the address it asks for, for the retry log.</summary>
    public static readonly ResiliencePropertyKey<Uri?> RequestUrl = new("NewsExtract.RequestUrl");

    private const int MaxHosts = 10_000;

    private readonly FetchOptions options;
    private readonly HostTable<HostPolicy> hosts = new(MaxHosts);
    private readonly ILogger logger;
    private readonly TelemetryOptions telemetry;

    public ResiliencePipelineFactory(FetchOptions options)
    {
        this.options = options;
        logger = options.LoggerFactory.CreateLogger<ArticleClient>();

        // Polly logs a retry and each failed attempt as warnings; for a crawler they are routine (the page's failure,
        // if it comes to that, is the warning): a retry is information, an attempt a detail.
        telemetry = new TelemetryOptions
        {
            LoggerFactory = options.LoggerFactory,
            SeverityProvider = args => args.Event.EventName switch
            {
                "OnRetry" => ResilienceEventSeverity.Information,
                "ExecutionAttempt" => ResilienceEventSeverity.Debug,
                _ => args.Event.Severity,
            },
        };
        Politeness = options.RateLimit.Politeness ?? new InMemoryHostPoliteness(options.RateLimit.MinIntervalPerHost, options.TimeProvider);
        Total = options.Timeouts.Total == Timeout.InfiniteTimeSpan
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }.AddTimeout(options.Timeouts.Total).Build();
    }

    /// <summary>The total timeout around a whole fetch.</summary>
    public ResiliencePipeline Total { get; }

    /// <summary>The hosts' turns and intervals, the options' or the client's own.</summary>
    public IHostPoliteness Politeness { get; }

    /// <summary>The name of the URL's host as <see cref="IHostPoliteness"/> and the pipelines know it.</summary>
    public static string HostOf(Uri url) => url.IdnHost.ToLowerInvariant();

    /// <summary>The policy of the URL's host, made on first use.</summary>
    public HostPolicy For(Uri url) => hosts.GetOrAdd(HostOf(url), Create);

    /// <summary>Connection errors, broken bodies, attempt timeouts, and the statuses 408, 429 and 5xx; never a failure of our own limits.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) => outcome.Exception switch
    {
        null => outcome.Result is { } response && IsTransientStatus(response.StatusCode),
        FetchException => false,
        HttpRequestException exception => FindFetchException(exception) is null,
        TimeoutRejectedException or IOException => true,

        // An HttpClient's own Timeout cancels without our token being cancelled.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    public static bool IsTransientStatus(HttpStatusCode status) => (int)status is 408 or 429 or (>= 500 and <= 599);

    /// <summary>The wait a response asks for in <c>Retry-After</c> (seconds or a date), never negative; <see langword="null"/> without one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date - clock.GetUtcNow());
        return wait is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>A <see cref="FetchException"/> that a handler wrapped, such as the address guard's refusal inside a connect.</summary>
    public static FetchException? FindFetchException(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is FetchException found)
            {
                return found;
            }
        }

        return null;
    }

    private HostPolicy Create(string host)
    {
        if (options.Pipeline is { } custom)
        {
            return new HostPolicy(custom);
        }

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider, Name = "NewsExtract", InstanceName = host };
        if (options.Retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.Retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.Retry.BaseDelay,
                MaxDelay = options.Retry.MaxDelay,

                // A server that asks for a longer wait than we allow gets no retry: failing now beats failing later.
                ShouldHandle = args => ValueTask.FromResult(
                    IsTransient(args.Outcome, args.Context.CancellationToken)
                    && !(RetryAfter(args.Outcome.Result, options.TimeProvider) > options.Retry.MaxDelay)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.TimeProvider)),
                OnRetry = args =>
                {
                    FetchLog.Retrying(logger, args.Context.Properties.GetValue(RequestUrl, null), args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, options.Retry.MaxRetries, Cause(args.Outcome));
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreaker.FailureRatio,
            MinimumThroughput = options.CircuitBreaker.MinimumThroughput,
            SamplingDuration = options.CircuitBreaker.SamplingDuration,
            BreakDuration = options.CircuitBreaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken)),
        });
        builder.AddRateLimiter(new RateLimiterStrategyOptions
        {
            RateLimiter = args => args.Context.Properties.GetValue(SkipRateLimit, false)
                ? ValueTask.FromResult(TurnLease.Instance)
                : TakeTurnAsync(host, args.Context.CancellationToken),
        });
        if (options.Timeouts.Attempt != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.Timeouts.Attempt);
        }

        builder.ConfigureTelemetry(telemetry);
        return new HostPolicy(builder.Build());
    }

    private async ValueTask<RateLimitLease> TakeTurnAsync(string host, CancellationToken cancellationToken)
    {
        await Politeness.WaitForTurnAsync(host, cancellationToken).ConfigureAwait(false);
        return new TurnLease(Politeness, host);
    }

    /// <summary>What failed, for the retry log: the status, or the kind of error.</summary>
    private static string Cause(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        null => string.Create(CultureInfo.InvariantCulture, $"status {(int?)outcome.Result?.StatusCode}"),
        TimeoutRejectedException => "the attempt timed out",
        var exception => $"{exception.GetType().Name}: {exception.Message}",
    };
}

/// <summary>
/// The lease a request holds once its host's turn has come; given back (Polly disposes it when the attempt has ended),
/// it tells the politeness state that the turn has ended. Without a host, there is nothing to tell.
/// </summary>
internal sealed class TurnLease(IHostPoliteness? politeness = null, string? host = null) : RateLimitLease
{
    public static readonly RateLimitLease Instance = new TurnLease();

    private int ended;

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (politeness is not null && host is not null && Interlocked.Exchange(ref ended, 1) == 0)
        {
            politeness.EndTurn(host);
        }

        base.Dispose(disposing);
    }
}
