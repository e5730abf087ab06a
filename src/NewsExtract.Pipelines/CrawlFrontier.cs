namespace NewsExtract.Pipelines;

/// <summary>Where a crawl found an address.</summary>
public enum FrontierSource
{
    /// <summary>Given by the caller: a site's home page.</summary>
    Seed,

    /// <summary>Listed by a sitemap.</summary>
    Sitemap,

    /// <summary>Listed by an RSS or Atom feed.</summary>
    Feed,

    /// <summary>Linked from a page.</summary>
    Link,
}

/// <summary>An address waiting in a crawl's frontier.</summary>
/// <param name="Url">The address, normalised (<see cref="ArticleUrl.Normalize"/>).</param>
/// <param name="Source">Where it was found.</param>
/// <param name="Published">When the source says the article was published, if it says.</param>
public sealed record FrontierEntry(Uri Url, FrontierSource Source, DateTimeOffset? Published = null);

/// <summary>
/// A crawl's frontier: the addresses still to fetch, and every address ever added, so that each is fetched once.
/// The seam for a crawl shared by many machines (a distributed engine keeps both in its own store); the crawl calls
/// nothing else on it. <see cref="InMemoryCrawlFrontier"/> is the one-process implementation.
/// </summary>
public interface ICrawlFrontier
{
    /// <summary>Adds an address to fetch, unless it was added before; returns whether it was new.</summary>
    /// <param name="entry">The address, normalised, and where it came from.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<bool> TryAddAsync(FrontierEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Takes the next address to fetch, or <see langword="null"/> when none is waiting.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<FrontierEntry?> TryTakeAsync(CancellationToken cancellationToken = default);

    /// <summary>Records an address as seen without queuing it (the address a redirect led to); returns whether it was new.</summary>
    /// <param name="url">The address, normalised.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<bool> MarkSeenAsync(Uri url, CancellationToken cancellationToken = default);
}

/// <summary>
/// A frontier in this process's memory: first in, first out, with a set of every address seen (about 100 bytes an
/// address). Thread-safe.
/// </summary>
public sealed class InMemoryCrawlFrontier : ICrawlFrontier
{
    private readonly Lock gate = new();
    private readonly Queue<FrontierEntry> waiting = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>The number of addresses waiting.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return waiting.Count;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask<bool> TryAddAsync(FrontierEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!seen.Add(entry.Url.AbsoluteUri))
            {
                return ValueTask.FromResult(false);
            }

            waiting.Enqueue(entry);
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public ValueTask<FrontierEntry?> TryTakeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult(waiting.TryDequeue(out var entry) ? entry : null);
        }
    }

    /// <inheritdoc/>
    public ValueTask<bool> MarkSeenAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult(seen.Add(url.AbsoluteUri));
        }
    }
}
