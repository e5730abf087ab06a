namespace NewsExtract.Fetching;

/// <summary>
/// When a host's circuit opens: too large a share of failed attempts to it within a sampling window. An open circuit
/// fails requests to its host at once (<see cref="FetchFailureReason.CircuitOpen"/>) until one is let through to test
/// it. Part of <see cref="FetchOptions.CircuitBreaker"/>.
/// </summary>
public sealed record CircuitBreakerOptions
{
    /// <summary>The defaults.</summary>
    public static CircuitBreakerOptions Default { get; } = new();

    /// <summary>The share of failed attempts to one host, within <see cref="SamplingDuration"/>, that opens its circuit. Default: 0.5; above 0, at most 1.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>The fewest attempts to a host within the sampling duration before its circuit can open. Default: 10; at least 2.</summary>
    public int MinimumThroughput { get; init; } = 10;

    /// <summary>The window over which a host's failure ratio is measured. Default: 30 seconds; from 0.5 seconds to a day.</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses requests to its host before one is let through to test it. Default: 30 seconds; from 0.5 seconds to a day.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range.</summary>
    public void Validate()
    {
        if (double.IsNaN(FailureRatio) || FailureRatio is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException("CircuitBreaker.FailureRatio", FailureRatio, "Must be above 0 and at most 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumThroughput, 2, "CircuitBreaker.MinimumThroughput");
        OptionChecks.ThrowIfOutside(SamplingDuration, TimeSpan.FromMilliseconds(500), OptionChecks.Longest, "CircuitBreaker.SamplingDuration");
        OptionChecks.ThrowIfOutside(BreakDuration, TimeSpan.FromMilliseconds(500), OptionChecks.Longest, "CircuitBreaker.BreakDuration");
    }
}
