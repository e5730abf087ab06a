using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace NewsExtract.Fetching;

/// <summary>
/// Settings of an <see cref="ArticleClient"/>, grouped by concern as Polly groups its strategies' options: timeouts,
/// retries, the circuit breaker, the rate limit, robots.txt, and the limits on what is taken. Every property documents
/// its default; the client validates the whole set once, when it is built (see <see cref="Validate"/>).
/// </summary>
/// <remarks>
/// Timeouts, retry delays, the circuit breaker and the rate limit all read time from <see cref="TimeProvider"/>, so a
/// test can drive them with a fake clock.
/// </remarks>
/// <example>
/// <code>
/// var options = new FetchOptions
/// {
///     UserAgent = "MyNewsBot/1.0 (+https://example.org/bot)",
///     Retry = new() { MaxRetries = 5 },
///     Limits = new() { BlockPrivateAddresses = true },
/// };
/// var patient = options with { Timeouts = options.Timeouts with { Total = TimeSpan.FromMinutes(5) } };
/// </code>
/// </example>
public sealed record FetchOptions
{
    /// <summary>The defaults.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>
    /// The <c>User-Agent</c> header. Its first product token (the text before the first <c>/</c>) is the name looked
    /// for in robots.txt. Default: <c>NewsExtract/0.1</c>; must be a valid User-Agent value starting with a product token.
    /// </summary>
    public string UserAgent { get; init; } = "NewsExtract/0.1";

    /// <summary>How long one attempt and a whole fetch may take. Default: <see cref="TimeoutOptions.Default"/> (30 s an attempt, 100 s in all).</summary>
    public TimeoutOptions Timeouts { get; init; } = TimeoutOptions.Default;

    /// <summary>How transient failures are retried. Default: <see cref="RetryOptions.Default"/> (3 retries, from 1 s up to 30 s apart).</summary>
    public RetryOptions Retry { get; init; } = RetryOptions.Default;

    /// <summary>When a host's circuit opens. Default: <see cref="CircuitBreakerOptions.Default"/> (half of at least 10 attempts in 30 s failed; open 30 s).</summary>
    public CircuitBreakerOptions CircuitBreaker { get; init; } = CircuitBreakerOptions.Default;

    /// <summary>The spacing between requests to one host. Default: <see cref="RateLimitOptions.Default"/> (1 s).</summary>
    public RateLimitOptions RateLimit { get; init; } = RateLimitOptions.Default;

    /// <summary>Whether and how robots.txt is obeyed. Default: <see cref="RobotsOptions.Default"/> (obeyed, Crawl-delay up to 30 s).</summary>
    public RobotsOptions Robots { get; init; } = RobotsOptions.Default;

    /// <summary>What the client takes. Default: <see cref="LimitOptions.Default"/> (10 MiB, 10 redirects, HTML only, any address).</summary>
    public LimitOptions Limits { get; init; } = LimitOptions.Default;

    /// <summary>
    /// A resilience pipeline used for every request in place of the built-in one (per-host retries with backoff and
    /// <c>Retry-After</c>, circuit breaker, rate limit and <c>Crawl-delay</c>, per-attempt timeout), which
    /// <see cref="Retry"/>, <see cref="CircuitBreaker"/>, <see cref="RateLimit"/> and <see cref="TimeoutOptions.Attempt"/>
    /// then no longer shape. Each execution is one request; its result is the response with the body already read
    /// within the limits. Default: <see langword="null"/>, the built-in pipeline. <see cref="TimeoutOptions.Total"/>
    /// still applies around it.
    /// </summary>
    public ResiliencePipeline<HttpResponseMessage>? Pipeline { get; init; }

    /// <summary>The clock for timeouts, retry delays, the circuit breaker, the rate limit and robots.txt expiry. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Where the client logs (retries, pages robots.txt disallows, failed pages; see <see cref="NewsExtractTelemetry"/>),
    /// and Polly's resilience events with them. Default: <see cref="NullLoggerFactory.Instance"/>, no logs;
    /// <c>AddNewsExtract</c> gives the application's.
    /// </summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>
    /// Where the client's meter comes from (see <see cref="NewsExtractTelemetry.MeterName"/>). Default:
    /// <see langword="null"/>, a meter shared by every client of the process; <c>AddNewsExtract</c> gives the
    /// application's factory.
    /// </summary>
    public IMeterFactory? MeterFactory { get; init; }

    /// <summary>Which addresses <see cref="LimitOptions.BlockPrivateAddresses"/> refuses; tests replace it to tell loopback addresses apart.</summary>
    internal Func<IPAddress, bool>? AddressFilter { get; init; }

    /// <summary>The robots.txt product token: the User-Agent up to its first <c>/</c>, space or comment.</summary>
    internal string ProductToken
    {
        get
        {
            var end = UserAgent.AsSpan().IndexOfAny('/', ' ', '(');
            return (end < 0 ? UserAgent : UserAgent[..end]).Trim();
        }
    }

    /// <summary>Checks every setting, each group's included; the client does this once, when it is built.</summary>
    /// <exception cref="ArgumentNullException">The user agent, the clock, the logger factory or a group is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its documented range; the exception names it (<c>Retry.MaxRetries</c>).</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(UserAgent, nameof(UserAgent));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        ArgumentNullException.ThrowIfNull(LoggerFactory, nameof(LoggerFactory));
        using (var probe = new HttpRequestMessage())
        {
            if (!probe.Headers.UserAgent.TryParseAdd(UserAgent) || ProductToken.Length == 0 || !ProductToken.All(c => char.IsAsciiLetter(c) || c is '-' or '_'))
            {
                throw new ArgumentOutOfRangeException(nameof(UserAgent), UserAgent, "Must be a valid User-Agent starting with a product token of letters, '-' and '_', such as 'MyBot/1.0'.");
            }
        }

        OptionChecks.ThrowIfNull(Timeouts, nameof(Timeouts));
        OptionChecks.ThrowIfNull(Retry, nameof(Retry));
        OptionChecks.ThrowIfNull(CircuitBreaker, nameof(CircuitBreaker));
        OptionChecks.ThrowIfNull(RateLimit, nameof(RateLimit));
        OptionChecks.ThrowIfNull(Robots, nameof(Robots));
        OptionChecks.ThrowIfNull(Limits, nameof(Limits));
        Timeouts.Validate();
        Retry.Validate();
        CircuitBreaker.Validate();
        RateLimit.Validate();
        Robots.Validate();
        Limits.Validate();
    }
}
