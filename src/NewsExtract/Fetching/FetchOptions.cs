using System.Net;
using Polly;

namespace NewsExtract.Fetching;

/// <summary>
/// Settings of an <see cref="ArticleClient"/>. Every property documents its default; the client validates the whole
/// set once, when it is built, and throws <see cref="ArgumentOutOfRangeException"/> for a value out of range.
/// </summary>
/// <remarks>
/// Timeouts, retry delays, the circuit breaker and the rate limit all read time from <see cref="TimeProvider"/>, so a
/// test can drive them with a fake clock.
/// </remarks>
public sealed record FetchOptions
{
    /// <summary>The longest timeout accepted: a day, as Polly allows.</summary>
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromDays(1);

    /// <summary>The defaults.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>
    /// The <c>User-Agent</c> header. Its first product token (the text before the first <c>/</c>) is the name looked
    /// for in robots.txt. Default: <c>NewsExtract/0.1</c>; must be a valid User-Agent value starting with a product token.
    /// </summary>
    public string UserAgent { get; init; } = "NewsExtract/0.1";

    /// <summary>
    /// Whether robots.txt (RFC 9309) is fetched once per host, cached for a day and obeyed, including its
    /// <c>Crawl-delay</c>. A page it disallows fails with <see cref="FetchFailureReason.DisallowedByRobots"/>.
    /// Default: <see langword="true"/>.
    /// </summary>
    public bool ObeyRobotsTxt { get; init; } = true;

    /// <summary>
    /// Whether private, loopback, link-local and other non-public addresses are refused
    /// (<see cref="FetchFailureReason.BlockedAddress"/>), checked after DNS resolution and again on every redirect. Turn
    /// it on in services that fetch URLs given by their users. Default: <see langword="false"/>.
    /// </summary>
    /// <remarks>
    /// The after-DNS check needs the client's own handler (<see cref="ArticleClient.CreateHandler"/>); with another
    /// <see cref="HttpClient"/> the client resolves the host itself before each request, which a DNS answer that
    /// changes between the two lookups can defeat.
    /// </remarks>
    public bool BlockPrivateAddresses { get; init; }

    /// <summary>Whether <c>text/plain</c> responses are accepted besides HTML and XHTML. Default: <see langword="false"/>.</summary>
    public bool AllowPlainText { get; init; }

    /// <summary>
    /// The most bytes of body accepted as they arrive, enforced while streaming: a larger announced
    /// <c>Content-Length</c> fails before the body is read. Default: 10 MiB (10,485,760); at least 1,024.
    /// </summary>
    public long MaxResponseBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// The most bytes a compressed body (gzip, deflate, brotli) may expand to; a larger one (a "zip bomb") fails with
    /// <see cref="FetchFailureReason.TooLarge"/> without being held in memory. Default: <see langword="null"/>, meaning
    /// the same as <see cref="MaxResponseBytes"/>; at least 1,024 when set.
    /// </summary>
    public long? MaxDecompressedBytes { get; init; }

    /// <summary>The most redirects followed for one page. Default: 10; from 0 to 50.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>
    /// The time one attempt may take, from sending the request to the end of the body; a slow attempt is cancelled
    /// and retried. Default: 30 seconds; from 10 ms to a day, or <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The time a whole fetch may take: robots.txt, redirects, retries and their delays included. Default: 100
    /// seconds; from 10 ms to a day, or <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How many times a transient failure is retried: a connection error, a broken body, an attempt timeout, or the
    /// statuses 408, 429 and 5xx. Default: 3; from 0 to 20.
    /// </summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>
    /// The median first delay before a retry; later ones grow exponentially, with jitter. A <c>Retry-After</c> header
    /// takes its place. Default: 1 second; from 0 to <see cref="MaxRetryDelay"/>.
    /// </summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait before a retry. Backoff is capped at it, and a response whose <c>Retry-After</c> asks for more
    /// is not retried: it fails at once with <see cref="FetchFailureReason.HttpStatus"/>. Default: 30 seconds; from
    /// 0 to a day.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The share of failed attempts to one host, within <see cref="CircuitBreakerSamplingDuration"/>, that opens its
    /// circuit. Default: 0.5; above 0, at most 1.
    /// </summary>
    public double CircuitBreakerFailureRatio { get; init; } = 0.5;

    /// <summary>The fewest attempts to a host within the sampling duration before its circuit can open. Default: 10; at least 2.</summary>
    public int CircuitBreakerMinimumThroughput { get; init; } = 10;

    /// <summary>The window over which a host's failure ratio is measured. Default: 30 seconds; from 0.5 seconds to a day.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses requests to its host before one is let through to test it. Default: 30 seconds; from 0.5 seconds to a day.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The least time between the starts of two requests to one host (retries and redirects count; robots.txt does
    /// not). A longer robots.txt <c>Crawl-delay</c>, up to <see cref="MaxCrawlDelay"/>, takes its place.
    /// Default: 1 second; from 0 to a day.
    /// </summary>
    public TimeSpan MinIntervalPerHost { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest robots.txt <c>Crawl-delay</c> honoured; a longer one is cut to this. Default: 30 seconds; from 0 to a day.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A resilience pipeline used for every request in place of the built-in one (per-host retries with backoff and
    /// <c>Retry-After</c>, circuit breaker, rate limit and <c>Crawl-delay</c>, per-attempt timeout). Each execution is
    /// one request; its result is the response with the body already read within the limits. Default:
    /// <see langword="null"/>, the built-in pipeline. <see cref="TotalTimeout"/> still applies around it.
    /// </summary>
    public ResiliencePipeline<HttpResponseMessage>? Pipeline { get; init; }

    /// <summary>The clock for timeouts, retry delays, the circuit breaker, the rate limit and robots.txt expiry. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Which addresses <see cref="BlockPrivateAddresses"/> refuses; tests replace it to tell loopback addresses apart.</summary>
    internal Func<IPAddress, bool>? AddressFilter { get; init; }

    /// <summary>The decompressed-size limit in force.</summary>
    internal long EffectiveMaxDecompressedBytes => MaxDecompressedBytes ?? MaxResponseBytes;

    /// <summary>The robots.txt product token: the User-Agent up to its first <c>/</c>, space or comment.</summary>
    internal string ProductToken
    {
        get
        {
            var end = UserAgent.AsSpan().IndexOfAny('/', ' ', '(');
            return (end < 0 ? UserAgent : UserAgent[..end]).Trim();
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(UserAgent, nameof(UserAgent));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        using (var probe = new HttpRequestMessage())
        {
            if (!probe.Headers.UserAgent.TryParseAdd(UserAgent) || ProductToken.Length == 0 || !ProductToken.All(c => char.IsAsciiLetter(c) || c is '-' or '_'))
            {
                throw new ArgumentOutOfRangeException(nameof(UserAgent), UserAgent, "Must be a valid User-Agent starting with a product token of letters, '-' and '_', such as 'MyBot/1.0'.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResponseBytes, 1024, nameof(MaxResponseBytes));
        if (MaxDecompressedBytes is { } maxDecompressed)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxDecompressed, 1024, nameof(MaxDecompressedBytes));
        }

        ThrowIfOutside(MaxRedirects, 0, 50, nameof(MaxRedirects));
        ThrowIfBadTimeout(AttemptTimeout, nameof(AttemptTimeout));
        ThrowIfBadTimeout(TotalTimeout, nameof(TotalTimeout));
        ThrowIfOutside(MaxRetries, 0, 20, nameof(MaxRetries));
        ThrowIfOutside(MaxRetryDelay, TimeSpan.Zero, LongestTimeout, nameof(MaxRetryDelay));
        ThrowIfOutside(RetryBaseDelay, TimeSpan.Zero, MaxRetryDelay, nameof(RetryBaseDelay));
        if (double.IsNaN(CircuitBreakerFailureRatio) || CircuitBreakerFailureRatio is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CircuitBreakerFailureRatio), CircuitBreakerFailureRatio, "Must be above 0 and at most 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(CircuitBreakerMinimumThroughput, 2, nameof(CircuitBreakerMinimumThroughput));
        ThrowIfOutside(CircuitBreakerSamplingDuration, TimeSpan.FromMilliseconds(500), LongestTimeout, nameof(CircuitBreakerSamplingDuration));
        ThrowIfOutside(CircuitBreakerBreakDuration, TimeSpan.FromMilliseconds(500), LongestTimeout, nameof(CircuitBreakerBreakDuration));
        ThrowIfOutside(MinIntervalPerHost, TimeSpan.Zero, LongestTimeout, nameof(MinIntervalPerHost));
        ThrowIfOutside(MaxCrawlDelay, TimeSpan.Zero, LongestTimeout, nameof(MaxCrawlDelay));
    }

    private static void ThrowIfBadTimeout(TimeSpan value, string name)
    {
        if (value != Timeout.InfiniteTimeSpan)
        {
            ThrowIfOutside(value, TimeSpan.FromMilliseconds(10), LongestTimeout, name);
        }
    }

    private static void ThrowIfOutside<T>(T value, T low, T high, string name)
        where T : IComparable<T>
    {
        if (value.CompareTo(low) < 0 || value.CompareTo(high) > 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be from {low} to {high}.");
        }
    }
}
