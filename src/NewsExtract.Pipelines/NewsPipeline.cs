using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using NewsExtract.Fetching;

namespace NewsExtract.Pipelines;

/// <summary>
/// Extracts the articles of many inputs at once: pages in hand are decoded and extracted, addresses are fetched
/// through one <see cref="ArticleClient"/> (so its robots.txt rules, per-host politeness and circuit breakers hold for
/// the whole run), at most <see cref="NewsPipelineOptions.MaxConcurrency"/> at a time. Every input gives one result,
/// its article or its failure: one failed input never stops the others. Inputs are read as results are taken, so
/// memory stays flat however long the source. Thread-safe; one instance can run many sources.
/// </summary>
public sealed class NewsPipeline
{
    /// <summary>
    /// Inputs in flight or done per worker, in order, before the first of them must be taken: a page many times the
    /// size of the others holds its place while the other workers go on past it. Twice the workers left a second
    /// worker idle behind every large page (two workers over 1,241 pages, their single-worker times replayed: 1.93
    /// times one worker at twice, 2.00 at four times).
    /// </summary>
    internal const int InOrderResultsPerWorker = 4;

    private readonly ArticleExtractor extractor;
    private readonly ArticleClient? client;
    private readonly NewsPipelineOptions options;

    /// <summary>Creates a pipeline.</summary>
    /// <param name="extractor">The extractor; <see cref="ArticleExtractor.Default"/> when <see langword="null"/>.</param>
    /// <param name="client">The client that fetches addresses; without one, inputs that are addresses fail as <see cref="PipelineFailureKind.InvalidInput"/>.</param>
    /// <param name="options">The settings; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public NewsPipeline(ArticleExtractor? extractor = null, ArticleClient? client = null, NewsPipelineOptions? options = null)
    {
        this.extractor = extractor ?? ArticleExtractor.Default;
        this.client = client;
        this.options = (options ?? new NewsPipelineOptions()).Validated();
    }

    /// <summary>
    /// The result of every input, in input order or as completed (<see cref="NewsPipelineOptions.PreserveOrder"/>).
    /// An exception of the source itself (a malformed archive) ends the enumeration after the results of the inputs
    /// read before it.
    /// </summary>
    /// <param name="inputs">The inputs, from any source.</param>
    /// <param name="progress">Told after each result; optional.</param>
    /// <param name="cancellationToken">Cancels the run: inputs in flight are abandoned and the enumeration throws <see cref="OperationCanceledException"/>.</param>
    public IAsyncEnumerable<PipelineResult> ExtractManyAsync(IAsyncEnumerable<PageInput> inputs, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var counter = new ProgressCounter(progress);
        return options.PreserveOrder ? InOrderAsync(inputs, counter, cancellationToken) : AsCompletedAsync(inputs, counter, cancellationToken);
    }

    /// <summary>The result of one input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Cancels the fetch and the extraction.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<PipelineResult> ExtractAsync(PageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var article = await ArticleOfAsync(input, cancellationToken).ConfigureAwait(false);
            if (options.UseSourceDates && article.Published is null && input.Published is { } published)
            {
                article = article with { Published = published };
            }

            return new PipelineResult(input, article, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new PipelineResult(input, null, FailureOf(exception));
        }
    }

    private async Task<Article> ArticleOfAsync(PageInput input, CancellationToken cancellationToken)
    {
        switch (input.Kind)
        {
            case PageContentKind.Html:
                return extractor.Extract(extractor.Read(input.Content.Span, input.Charset), input.Url, cancellationToken);
            case PageContentKind.PlainText:
                return extractor.ExtractFromText(extractor.Read(input.Content.Span, input.Charset), input.Url, cancellationToken);
            default:
                if (input.Url is null || !ArticleUrl.IsWebAddress(input.Url))
                {
                    throw new InvalidInputException($"'{input.Id}' is not an http or https URL.");
                }

                if (client is null)
                {
                    throw new InvalidInputException($"'{input.Id}' is an address, and the pipeline has no client to fetch it.");
                }

                // Extraction is CPU work: it leaves the fetch's I/O continuation for the thread pool.
                var page = await client.FetchAsync(input.Url, cancellationToken).ConfigureAwait(false);
                // The extractor gives the article the address it was read from (after redirects), as Article.Url says.
                return extractor.Extract(page.Content, page.Format, page.Url, cancellationToken);
        }
    }

    private static PipelineFailure FailureOf(Exception exception) => exception switch
    {
        InvalidInputException => new PipelineFailure(PipelineFailureKind.InvalidInput, exception.Message),
        FetchException fetch => new PipelineFailure(PipelineFailureKind.Fetch, fetch.Message, fetch.Reason),
        NewsExtractException or ArgumentException or System.Text.DecoderFallbackException => new PipelineFailure(PipelineFailureKind.Extraction, exception.Message),
        _ => new PipelineFailure(PipelineFailureKind.Other, exception.Message),
    };

    private async IAsyncEnumerable<PipelineResult> InOrderAsync(IAsyncEnumerable<PageInput> inputs, ProgressCounter counter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(options.MaxConcurrency);
        var window = new Queue<Task<PipelineResult>>();
        ExceptionDispatchInfo? sourceFailure = null;
        await using (var enumerator = inputs.GetAsyncEnumerator(cancellationToken))
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    sourceFailure = ExceptionDispatchInfo.Capture(exception);
                    break;
                }

                window.Enqueue(RunGatedAsync(enumerator.Current, gate, cancellationToken));
                if (window.Count >= options.MaxConcurrency * InOrderResultsPerWorker)
                {
                    yield return counter.Count(await window.Dequeue().ConfigureAwait(false));
                }
            }
        }

        while (window.Count > 0)
        {
            yield return counter.Count(await window.Dequeue().ConfigureAwait(false));
        }

        sourceFailure?.Throw();
    }

    private async IAsyncEnumerable<PipelineResult> AsCompletedAsync(IAsyncEnumerable<PageInput> inputs, ProgressCounter counter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(options.MaxConcurrency * 2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var results = Channel.CreateUnbounded<PipelineResult>(new UnboundedChannelOptions { SingleReader = true });
        var producer = ProduceAsync();
        try
        {
            await foreach (var result in results.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // A slot frees when its result is taken: at most twice MaxConcurrency results wait, whatever the source.
                gate.Release();
                yield return counter.Count(result);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await producer.ConfigureAwait(false);

        async Task ProduceAsync()
        {
            var running = new List<Task>();
            using var concurrency = new SemaphoreSlim(options.MaxConcurrency);
            try
            {
                await foreach (var input in inputs.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                    running.RemoveAll(t => t.IsCompleted);
                    running.Add(Task.Run(async () => await results.Writer.WriteAsync(await RunGatedAsync(input, concurrency, stop.Token).ConfigureAwait(false), stop.Token).ConfigureAwait(false), stop.Token));
                }

                await Task.WhenAll(running).ConfigureAwait(false);
                results.Writer.Complete();
            }
            catch (Exception exception)
            {
                await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                results.Writer.Complete(exception is OperationCanceledException && stop.IsCancellationRequested ? null : exception);
                throw;
            }
        }
    }

    private async Task<PipelineResult> RunGatedAsync(PageInput input, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Off the caller's thread: extraction is CPU work, and inputs run side by side.
            return await Task.Run(() => ExtractAsync(input, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Counts results and reports them.</summary>
    private sealed class ProgressCounter(IProgress<PipelineProgress>? progress)
    {
        private int completed;
        private int failed;

        public PipelineResult Count(PipelineResult result)
        {
            completed++;
            failed += result.Succeeded ? 0 : 1;
            progress?.Report(new PipelineProgress(completed, failed));
            return result;
        }
    }

    /// <summary>An input that cannot be read at all.</summary>
    private sealed class InvalidInputException(string message) : Exception(message);
}
