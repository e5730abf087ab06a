using System.Diagnostics;
using NewsExtract.Dedup;

namespace NewsExtract.Orleans.Tests;

/// <summary>What every crawl of the news network must show, on one cluster or another.</summary>
internal static class CrawlChecks
{
    /// <summary>
    /// The least interval per host of the crawls (Crawl-delay on some hosts longer): short, so that the tests stay
    /// quick.
    /// </summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Every article output, and each one once (<paramref name="extra"/> more outputs allowed: tasks run again after a silo was lost).</summary>
    public static void EveryArticle(NewsNetwork network, IEnumerable<string> output, int extra = 0)
    {
        var written = output.ToList();
        var missing = network.Articles.Except(written).ToList();
        var unknown = written.Except(network.Articles).Distinct().ToList();
        Assert.True(missing.Count == 0 && unknown.Count == 0, $"{missing.Count} articles missing ({string.Join(", ", missing.Take(5))}), {unknown.Count} unknown ({string.Join(", ", unknown.Take(5))})");
        Assert.InRange(written.Count - written.Distinct().Count(), 0, extra);
    }

    /// <summary>
    /// How much closer than its interval two requests to a host may look at the server. A host's next turn comes an
    /// interval after the end of the request before (its response's headers), which the server has time-stamped
    /// already: so none, but for timer rounding. Spacing turns from their slots alone left requests up to 165 ms
    /// closer than 200 ms apart at the server, on two shared cores at a load average of 35 (a request that left late).
    /// </summary>
    public static readonly TimeSpan Jitter = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// No host asked faster than its interval (robots.txt aside, as on one machine), as the server saw it: every two
    /// requests at least an interval apart less <see cref="Jitter"/> (two silos asking at once would be nearly 0 apart),
    /// and every ten requests spread over nine intervals less <see cref="Jitter"/> (a rate a few percent too high
    /// shows there).
    /// </summary>
    public static void NoHostTooFast(NewsNetwork network)
    {
        foreach (var host in network.Requests.Where(r => r.Path != "/robots.txt").GroupBy(r => r.Host))
        {
            var interval = NewsNetwork.IntervalOf(host.Key, MinInterval);
            var times = host.Select(r => r.At).Order().ToList();
            for (var i = 1; i < times.Count; i++)
            {
                var gap = Stopwatch.GetElapsedTime(times[i - 1], times[i]);
                Assert.True(gap >= interval - Jitter, $"{host.Key}: two requests {gap.TotalMilliseconds:F0} ms apart, interval {interval.TotalMilliseconds:F0} ms");
            }

            for (var i = 9; i < times.Count; i++)
            {
                var span = Stopwatch.GetElapsedTime(times[i - 9], times[i]);
                Assert.True(span >= (interval * 9) - Jitter, $"{host.Key}: ten requests within {span.TotalMilliseconds:F0} ms, interval {interval.TotalMilliseconds:F0} ms");
            }
        }
    }

    /// <summary>The cluster's near-duplicate groups are the syndicated copies, and those one machine's index makes of the same articles.</summary>
    public static void GroupsAsOnOneMachine(NewsNetwork network, IReadOnlyList<DuplicateGroup> clusterGroups, IEnumerable<(string Url, string Text)> articles)
    {
        var oneMachine = new NearDuplicateIndex();
        foreach (var (url, text) in articles.DistinctBy(a => a.Url))
        {
            oneMachine.Add(url, text);
        }

        static List<string> Canonical(IEnumerable<IEnumerable<string>> groups) => [.. groups.Select(g => string.Join(" ", g.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

        var expected = Canonical(network.SyndicatedGroups);
        Assert.Equal(expected, Canonical(oneMachine.Groups().Select(g => g.Members)));
        Assert.Equal(expected, Canonical(clusterGroups.Select(g => g.Members)));
    }

    /// <summary>No article page fetched more than once, beyond <paramref name="extra"/> fetches (tasks run again after a silo was lost); no disallowed page fetched.</summary>
    public static void FetchedOnce(NewsNetwork network, int extra = 0)
    {
        var articles = network.Requests.Where(r => r.Path.StartsWith("/2024/", StringComparison.Ordinal)).ToList();
        Assert.InRange(articles.Count - articles.Select(r => (r.Host, r.Path)).Distinct().Count(), 0, extra);
        Assert.DoesNotContain(network.Requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
    }
}
