namespace NewsExtract.Fetching;

/// <summary>How long one attempt and a whole fetch may take. Part of <see cref="FetchOptions.Timeouts"/>.</summary>
public sealed record TimeoutOptions
{
    /// <summary>The defaults.</summary>
    public static TimeoutOptions Default { get; } = new();

    /// <summary>
    /// The time one attempt may take, from sending the request to the end of the body; a slow attempt is cancelled
    /// and retried. Default: 30 seconds; from 10 ms to a day, or <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </summary>
    public TimeSpan Attempt { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The time a whole fetch may take: robots.txt, redirects, retries and their delays included. Default: 100
    /// seconds; from 10 ms to a day, or <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </summary>
    public TimeSpan Total { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range.</summary>
    public void Validate()
    {
        OptionChecks.ThrowIfBadTimeout(Attempt, "Timeouts.Attempt");
        OptionChecks.ThrowIfBadTimeout(Total, "Timeouts.Total");
    }
}
