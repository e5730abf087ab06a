namespace NewsExtract.Fetching;

/// <summary>How politely one host is asked: the spacing between requests to it. Part of <see cref="FetchOptions.RateLimit"/>.</summary>
public sealed record RateLimitOptions
{
    /// <summary>The defaults.</summary>
    public static RateLimitOptions Default { get; } = new();

    /// <summary>
    /// The least time between the starts of two requests to one host (retries and redirects count; robots.txt does
    /// not). A longer robots.txt <c>Crawl-delay</c>, up to <see cref="RobotsOptions.MaxCrawlDelay"/>, takes its place.
    /// Default: 1 second; from 0 to a day.
    /// </summary>
    public TimeSpan MinIntervalPerHost { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Where the hosts' turns are kept. Default: <see langword="null"/>, each client keeps its own in memory (an
    /// <see cref="InMemoryHostPoliteness"/> with <see cref="MinIntervalPerHost"/> and the client's
    /// <see cref="FetchOptions.TimeProvider"/>). Give several clients one <see cref="InMemoryHostPoliteness"/> to space
    /// their requests to a host together, or a state shared by many machines (NewsExtract.Orleans keeps it in one
    /// grain per host) to space a whole cluster's. A state given here keeps its own minimum interval:
    /// <see cref="MinIntervalPerHost"/> does not shape it.
    /// </summary>
    public IHostPoliteness? Politeness { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range.</summary>
    public void Validate() => OptionChecks.ThrowIfOutside(MinIntervalPerHost, TimeSpan.Zero, OptionChecks.Longest, "RateLimit.MinIntervalPerHost");
}
