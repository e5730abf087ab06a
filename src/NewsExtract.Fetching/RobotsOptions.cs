namespace NewsExtract.Fetching;

/// <summary>Whether and how robots.txt (RFC 9309) is obeyed. Part of <see cref="FetchOptions.Robots"/>.</summary>
public sealed record RobotsOptions
{
    /// <summary>The defaults.</summary>
    public static RobotsOptions Default { get; } = new();

    /// <summary>
    /// Whether robots.txt is fetched once per host, cached for a day and obeyed, including its <c>Crawl-delay</c>. A
    /// page it disallows fails with <see cref="FetchFailureReason.DisallowedByRobots"/>. The name looked for in it is
    /// the first product token of <see cref="FetchOptions.UserAgent"/>. Default: <see langword="true"/>.
    /// </summary>
    public bool Obey { get; init; } = true;

    /// <summary>The longest robots.txt <c>Crawl-delay</c> honoured; a longer one is cut to this. Default: 30 seconds; from 0 to a day.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range.</summary>
    public void Validate() => OptionChecks.ThrowIfOutside(MaxCrawlDelay, TimeSpan.Zero, OptionChecks.Longest, "Robots.MaxCrawlDelay");
}
