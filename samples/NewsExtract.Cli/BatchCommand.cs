using System.CommandLine;
using System.Text;
using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary>
/// <c>batch &lt;folder | list of URLs | file.warc.gz&gt; --output FILE.jsonl</c>: many articles, one JSON line each,
/// in input order. A failed input is a line <c>{"id", "error"}</c>, never dropped.
/// </summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A folder of .html, .htm and .txt files, a text file of URLs (one a line), or a .warc / .warc.gz file." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The JSON Lines file to write.", Required = true };
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
            IEnumerable<BatchItem> items;
            try
            {
                items = BatchInputs.Enumerate(source, urls);
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

    private static async Task<int> RunAsync(string source, IEnumerable<BatchItem> items, FileInfo output, int concurrency, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var extractor = ExtractionCliOptions.Build(parseResult);
        using var gate = new SemaphoreSlim(concurrency);
        var failed = 0;
        var done = 0;
        var total = items.TryGetNonEnumeratedCount(out var count) ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        var showProgress = !Console.IsErrorRedirected;
        await using var writer = new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
        var pending = new Queue<Task<string>>();
        var window = concurrency * 4;

        // Inputs are read lazily (a WARC file record by record): a broken input file ends the batch with one
        // readable line, after the lines of every input read before it.
        var inputFailed = false;
        using (var enumerator = items.GetEnumerator())
        {
            while (true)
            {
                BatchItem item;
                try
                {
                    if (!enumerator.MoveNext())
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

        Console.Error.WriteLine($"newsextract: {done - failed} of {done} inputs extracted to {output.Name}{(failed > 0 ? $"; {failed} failed" : string.Empty)}.");
        return failed > 0 || inputFailed ? ExitCodes.Failed : ExitCodes.Success;

        async Task WriteNextAsync()
        {
            var line = await pending.Dequeue();
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
            done++;
            if (showProgress && done % 10 == 0)
            {
                Console.Error.Write($"\r{done}/{total} pages");
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

/// <summary>Lists the inputs of a batch: a folder's pages, a list of URLs, or a WARC file's HTML responses.</summary>
internal static class BatchInputs
{
    public static IEnumerable<BatchItem> Enumerate(string source, UrlInputs urls)
    {
        if (Directory.Exists(source))
        {
            return Directory.EnumerateFiles(source)
                .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(path => new BatchItem(Path.GetFileNameWithoutExtension(path), ct => InputLoader.LoadFileAsync(path, null, false, ct)))
                .ToList();
        }

        if (!File.Exists(source))
        {
            throw new FileNotFoundException("no such file or folder", source);
        }

        if (source.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
        {
            return WarcReader.ReadHtmlResponses(source).Select(record =>
                new BatchItem(record.RecordId, _ => Task.FromResult(new LoadedInput(record.RecordId, ArticleExtractor.Decode(record.Body, record.Charset), false, record.TargetUri))));
        }

        return File.ReadLines(source)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => new BatchItem(line, ct => UrlParsing.IsWebAddress(line, out var address)
                ? urls.FetchAsync(address, line, forcePlainText: false, ct)
                : throw new InvalidDataException($"'{line}' is not an http or https URL")))
            .ToList();
    }
}
