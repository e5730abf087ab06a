namespace NewsExtract.Fetching;

/// <summary>The range checks the option groups share; each names the option as a caller writes it ("Retry.MaxRetries").</summary>
internal static class OptionChecks
{
    /// <summary>The longest timeout or delay accepted: a day, as Polly allows.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    /// <summary>A timeout from 10 ms to a day, or <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
    public static void ThrowIfBadTimeout(TimeSpan value, string name)
    {
        if (value != Timeout.InfiniteTimeSpan)
        {
            ThrowIfOutside(value, TimeSpan.FromMilliseconds(10), Longest, name);
        }
    }

    public static void ThrowIfOutside<T>(T value, T low, T high, string name)
        where T : IComparable<T>
    {
        if (value.CompareTo(low) < 0 || value.CompareTo(high) > 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be from {low} to {high}.");
        }
    }

    public static void ThrowIfNull(object? group, string name)
    {
        if (group is null)
        {
            throw new ArgumentNullException(name, $"{name} is null; leave it out to keep its defaults.");
        }
    }
}
