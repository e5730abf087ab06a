using System.Collections.Concurrent;

namespace NewsExtract.Orleans.Tests;

/// <summary>Every page the silos' workers write, kept in memory (the silos of an in-process cluster share it).</summary>
internal sealed class CollectingSink : ICrawlSink
{
    private readonly ConcurrentQueue<CrawledPage> pages = new();

    public IReadOnlyList<CrawledPage> Pages => [.. pages];

    public int Count => pages.Count;

    public ValueTask WriteAsync(CrawledPage page, CancellationToken cancellationToken)
    {
        pages.Enqueue(page);
        return ValueTask.CompletedTask;
    }
}
