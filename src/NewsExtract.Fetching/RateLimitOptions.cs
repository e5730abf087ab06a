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

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range.</summary>
    public void Validate() => OptionChecks.ThrowIfOutside(MinIntervalPerHost, TimeSpan.Zero, OptionChecks.Longest, "RateLimit.MinIntervalPerHost");
}
