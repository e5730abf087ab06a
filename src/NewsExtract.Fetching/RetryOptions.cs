namespace NewsExtract.Fetching;

/// <summary>
/// How a transient failure is retried: a connection error, a broken body, an attempt timeout, or the statuses 408,
/// 429 and 5xx. Delays grow exponentially from <see cref="BaseDelay"/> with jitter, up to <see cref="MaxDelay"/>; a
/// <c>Retry-After</c> header takes their place. Part of <see cref="FetchOptions.Retry"/>.
/// </summary>
public sealed record RetryOptions
{
    /// <summary>The defaults.</summary>
    public static RetryOptions Default { get; } = new();

    /// <summary>How many times a transient failure is retried. Default: 3; from 0 to 20.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The median first delay before a retry. Default: 1 second; from 0 to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait before a retry. Backoff is capped at it, and a response whose <c>Retry-After</c> asks for more
    /// is not retried: it fails at once with <see cref="FetchFailureReason.HttpStatus"/>. Default: 30 seconds; from
    /// 0 to a day.
    /// </summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range.</summary>
    public void Validate()
    {
        OptionChecks.ThrowIfOutside(MaxRetries, 0, 20, "Retry.MaxRetries");
        OptionChecks.ThrowIfOutside(MaxDelay, TimeSpan.Zero, OptionChecks.Longest, "Retry.MaxDelay");
        OptionChecks.ThrowIfOutside(BaseDelay, TimeSpan.Zero, MaxDelay, "Retry.BaseDelay");
    }
}
