using NewsExtract.Dedup;
using NewsExtract.Output;
using NewsExtract.Pipelines;

namespace NewsExtract.Orleans;

/// <summary>An article page a cluster's crawl fetched: its article or failure, and the near-duplicate group it joined.</summary>
/// <param name="Result">The page's article, or why there is none.</param>
/// <param name="Duplicate">The group the article joined, or <see langword="null"/> when it is the first of its kind (or failed).</param>
public sealed record CrawledPage(PipelineResult Result, NearDuplicateMatch? Duplicate);

/// <summary>
/// Where a cluster's crawl writes its article pages: each silo's workers write what they fetched, at once and from
/// many threads. A page whose worker was lost mid-task (its silo stopped) may be written twice: the task runs again.
/// </summary>
public interface ICrawlSink
{
    /// <summary>Writes one page's result.</summary>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask WriteAsync(CrawledPage page, CancellationToken cancellationToken);
}

/// <summary>
/// Writes each page as one JSON line of the console app's contract (<see cref="ArticleJson"/>; a failure as an error
/// line), flushed line by line so that a silo that dies loses no line it wrote. Thread-safe. Give each silo its own
/// file; the files of all silos together are the crawl's output.
/// </summary>
public sealed class JsonLinesCrawlSink : ICrawlSink, IDisposable
{
    private readonly StreamWriter writer;
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Creates the sink, appending to <paramref name="path"/>.</summary>
    /// <param name="path">The file; created when missing.</param>
    public JsonLinesCrawlSink(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.Asynchronous));
    }

    /// <inheritdoc/>
    public async ValueTask WriteAsync(CrawledPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = page.Result;
        var line = result.Article is { } article ? ArticleJson.Serialize(article, result.Input.Id) : ArticleJson.SerializeError(result.Input.Id, result.Failure!.Message);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        writer.Dispose();
        gate.Dispose();
    }
}
