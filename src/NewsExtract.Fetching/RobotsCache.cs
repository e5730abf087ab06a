namespace NewsExtract.Fetching;

/// <summary>
/// Keeps each host's robots.txt (per scheme, host and port, as RFC 9309 scopes it), fetched once: concurrent requests
/// to a new host share one download. A file is kept for a day (the RFC's limit); a server error's "disallow all" for
/// a few minutes, so a brief outage does not block a host for a day; a failed download (network, timeout) not at all.
/// </summary>
internal sealed class RobotsCache(TimeProvider clock, Func<Uri, HttpClient, Task<RobotsTxt>> download)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public static readonly TimeSpan UnreachableLifetime = TimeSpan.FromMinutes(5);

    private const int MaxHosts = 10_000;

    private readonly HostTable<Entry> entries = new(MaxHosts);

    /// <summary>The robots.txt that governs <paramref name="url"/>.</summary>
    /// <param name="url">A page's address.</param>
    /// <param name="http">The client to download it with, if it must be.</param>
    /// <param name="cancellationToken">Stops this caller's wait; the shared download goes on for the others.</param>
    public Task<RobotsTxt> GetAsync(Uri url, HttpClient http, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(url.GetLeftPart(UriPartial.Authority) + "/robots.txt");
        var entry = entries.GetOrAdd(
            robotsUrl.GetLeftPart(UriPartial.Authority).ToLowerInvariant(),
            _ => new Entry(download(robotsUrl, http), clock.GetTimestamp()),
            IsStale);
        return entry.Robots.WaitAsync(cancellationToken);
    }

    private bool IsStale(Entry entry)
    {
        if (!entry.Robots.IsCompleted)
        {
            return false;
        }

        if (!entry.Robots.IsCompletedSuccessfully)
        {
            return true;
        }

        var age = clock.GetElapsedTime(entry.Fetched);
        return age > (entry.Robots.Result.UnreachableStatus is null ? Lifetime : UnreachableLifetime);
    }

    private sealed record Entry(Task<RobotsTxt> Robots, long Fetched);
}
