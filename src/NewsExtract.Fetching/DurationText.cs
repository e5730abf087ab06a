using System.Globalization;

namespace NewsExtract.Fetching;

/// <summary>How a timeout or a wait reads in a failure message.</summary>
internal static class DurationText
{
    public static string Describe(TimeSpan time) => time == Timeout.InfiniteTimeSpan
        ? "no limit"
        : time >= TimeSpan.FromSeconds(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.###} s")
            : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0.###} ms");
}
