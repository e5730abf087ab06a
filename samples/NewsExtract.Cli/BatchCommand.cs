using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text;
using NewsExtract.Output;
using NewsExtract.Pipelines;
using NewsExtract.Pipelines.Warc;

namespace NewsExtract.Cli;

/// <summary>
/// <c>batch &lt;folder | list of URLs | file.warc.gz&gt; --output FILE.jsonl</c>: many articles, one JSON line each,
/// in input order. A failed input is a line <c>{"id", "error"}</c>, never dropped.
/// </summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A folder of .html, .htm and .txt files, a text file of URLs (one a line; - for standard input), or a .warc / .warc.gz file." };
        var output = new Option<string>("--output", "-o") { Description = "The JSON Lines file to write; - for standard output.", Required = true };
        var concurrency = new Option<int>("--concurrency", "-j") { Description = "Pages extracted at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        concurrency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 256)
            {
                result.AddError("--concurrency must be between 1 and 256.");
            }
        });
        var command = new Command("batch", "Extract many articles into JSON Lines.") { input, output, concurrency };
        FetchCliOptions.AddTo(command);
        ExtractionCliOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var source = parseResult.GetValue(input)!;
            await using var urls = new UrlInputs(parseResult);
            IAsyncEnumerable<BatchItem> items;
            try
            {
                items = BatchInputs.Enumerate(source, urls, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                CliOptions.ReportError(parseResult, source, exception);
                return exception is FileNotFoundException or DirectoryNotFoundException ? ExitCodes.BadArguments : ExitCodes.Failed;
            }

            return await RunAsync(source, items, parseResult.GetValue(output)!, parseResult.GetValue(concurrency), parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string source, IAsyncEnumerable<BatchItem> items, string output, int concurrency, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var extractor = ExtractionCliOptions.Build(parseResult);
        using var gate = new SemaphoreSlim(concurrency);
        var failed = 0;
        var done = 0;
        var showProgress = !Console.IsErrorRedirected;
        await using var writer = CliOptions.OpenOutput(output);
        var pending = new Queue<Task<string>>();
        var window = concurrency * 4;

        // Inputs are read lazily (a WARC file record by record): a broken input file ends the batch with one
        // readable line, after the lines of every input read before it.
        var inputFailed = false;
        await using (var enumerator = items.GetAsyncEnumerator(cancellationToken))
        {
            while (true)
            {
                BatchItem item;
                try
                {
                    if (!await enumerator.MoveNextAsync())
                    {
                        break;
                    }

                    item = enumerator.Current;
                }
                catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    CliOptions.ReportError(parseResult, source, exception);
                    inputFailed = true;
                    break;
                }

                pending.Enqueue(Task.Run(() => ProcessAsync(item), cancellationToken));
                if (pending.Count >= window)
                {
                    await WriteNextAsync();
                }
            }
        }

        while (pending.Count > 0)
        {
            await WriteNextAsync();
        }

        if (showProgress)
        {
            Console.Error.WriteLine();
        }

        Console.Error.WriteLine($"newsextract: {done - failed} of {done} inputs extracted to {(output == "-" ? "standard output" : Path.GetFileName(output))}{(failed > 0 ? $"; {failed} failed" : string.Empty)}.");
        return failed > 0 || inputFailed ? ExitCodes.Failed : ExitCodes.Success;

        async Task WriteNextAsync()
        {
            var line = await pending.Dequeue();
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
            done++;
            if (showProgress && done % 10 == 0)
            {
                Console.Error.Write($"\r{done} pages");
            }
        }

        async Task<string> ProcessAsync(BatchItem item)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var loaded = await item.Load(cancellationToken);
                var article = loaded.Extract(extractor, cancellationToken);
                return ArticleJson.Serialize(article, item.Id);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref failed);
                CliOptions.ReportError(parseResult, item.Id, exception);
                return ArticleJson.SerializeError(item.Id, CliOptions.Describe(exception));
            }
            finally
            {
                gate.Release();
            }
        }
    }
}

/// <summary>One input of a batch: its id, and how to load it.</summary>
internal sealed record BatchItem(string Id, Func<CancellationToken, Task<LoadedInput>> Load);

/// <summary>Lists the inputs of a batch: a folder's pages, a list of URLs (a file, or standard input for <c>-</c>), or a WARC file's HTML responses.</summary>
internal static class BatchInputs
{
    /// <summary>The inputs, read lazily; a missing source throws at once, before anything is written.</summary>
    public static IAsyncEnumerable<BatchItem> Enumerate(string source, UrlInputs urls, CancellationToken cancellationToken)
    {
        if (source == "-")
        {
            return FromPages(LocalSources.UrlListAsync(Console.In, cancellationToken), urls);
        }

        if (Directory.Exists(source))
        {
            return FromPages(LocalSources.FolderAsync(source, cancellationToken), urls);
        }

        if (!File.Exists(source))
        {
            throw new FileNotFoundException("no such file or folder", source);
        }

        return source.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)
            ? FromPages(FromFile(source, WarcReader.ReadAsync, cancellationToken), urls)
            : FromPages(FromFile(source, (stream, ct) => LocalSources.UrlListAsync(new StreamReader(stream), ct), cancellationToken), urls);
    }

    private static async IAsyncEnumerable<PageInput> FromFile(string path, Func<Stream, CancellationToken, IAsyncEnumerable<PageInput>> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        await foreach (var page in read(file, cancellationToken))
        {
            yield return page;
        }
    }

    private static async IAsyncEnumerable<BatchItem> FromPages(IAsyncEnumerable<PageInput> pages, UrlInputs urls)
    {
        await foreach (var page in pages)
        {
            yield return page switch
            {
                { Kind: PageContentKind.None, Url: { } url } => new BatchItem(page.Id, ct => urls.FetchAsync(url, page.Id, forcePlainText: false, ct)),
                { Kind: PageContentKind.None } => new BatchItem(page.Id, _ => throw new InvalidDataException($"'{page.Id}' is not an http or https URL")),
                _ => new BatchItem(page.Id, _ => Task.FromResult(new LoadedInput(page.Id, ArticleExtractor.Decode(page.Content.Span, page.Charset), page.Kind == PageContentKind.PlainText, page.Url))),
            };
        }
    }
}
