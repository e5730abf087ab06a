using System.CommandLine;
using System.Runtime.CompilerServices;
using NewsExtract.Fetching;
using NewsExtract.Pipelines;
using NewsExtract.Pipelines.Warc;

namespace NewsExtract.Cli;

/// <summary>
/// <c>batch &lt;folder | list of URLs | - | file.warc.gz&gt; --output FILE.jsonl</c>: many articles, one JSON line
/// each, in input order, through the library's <see cref="NewsPipeline"/>. A failed input is a line
/// <c>{"id", "error"}</c>, never dropped.
/// </summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A folder of .html, .htm and .txt files, a text file of URLs (one a line; - for standard input), a .warc / .warc.gz file, or the URL of an RSS/Atom feed or a sitemap." };
        var output = new Option<string>("--output", "-o") { Description = "The JSON Lines file to write; - for standard output.", Required = true };
        var concurrency = new Option<int>("--concurrency", "-j") { Description = "Pages extracted at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        concurrency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 256)
            {
                result.AddError("--concurrency must be between 1 and 256.");
            }
        });
        var format = new Option<string>("--format", "-f") { Description = "jsonl (default: one JSON line per input), markdown (one document per input) or parquet (one row per input).", DefaultValueFactory = _ => ArticleSinks.JsonLines };
        format.AcceptOnlyFromAmong(ArticleSinks.All);
        var command = new Command("batch", "Extract many articles into JSON Lines, Markdown or Parquet.") { input, output, concurrency, format };
        FetchCliOptions.AddTo(command);
        ExtractionCliOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var source = parseResult.GetValue(input)!;
            BatchSource inputs;
            try
            {
                inputs = BatchSource.Open(source, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                CliOptions.ReportError(parseResult, source, exception);
                return exception is FileNotFoundException or DirectoryNotFoundException ? ExitCodes.BadArguments : ExitCodes.Failed;
            }

            await using var client = inputs.HasAddresses ? new ArticleClient(FetchCliOptions.ToFetchOptions(parseResult, allowPlainText: false)) : null;
            if (inputs.ListedBy is { } listing)
            {
                inputs = inputs with { Inputs = RemoteSources.ListedByAsync(client!, listing, cancellationToken: cancellationToken) };
            }

            var pipeline = new NewsPipeline(ExtractionCliOptions.Build(parseResult), client, new NewsPipelineOptions { MaxConcurrency = parseResult.GetValue(concurrency) });
            return await BatchRun.RunAsync(source, pipeline.ExtractManyAsync(inputs.Inputs, cancellationToken: cancellationToken), inputs.Total, parseResult.GetValue(output)!, parseResult.GetValue(format)!, parseResult, cancellationToken);
        });
        return command;
    }
}

/// <summary>The inputs of a batch: a folder's pages, a list of URLs (a file, or standard input for <c>-</c>), or a WARC file's HTML responses.</summary>
/// <param name="Inputs">The inputs, read lazily.</param>
/// <param name="Total">How many inputs there are, when known before reading them.</param>
/// <param name="HasAddresses">Whether inputs are addresses to fetch.</param>
/// <param name="ListedBy">The feed or sitemap whose addresses are the inputs, read once a client is made.</param>
internal sealed record BatchSource(IAsyncEnumerable<PageInput> Inputs, int? Total, bool HasAddresses, Uri? ListedBy = null)
{
    /// <summary>Opens a source; a missing one throws at once, before anything is written.</summary>
    public static BatchSource Open(string source, CancellationToken cancellationToken)
    {
        if (source == "-")
        {
            return new BatchSource(LocalSources.UrlListAsync(Console.In, cancellationToken), null, true);
        }

        if (UrlParsing.IsWebAddress(source, out var listing))
        {
            return new BatchSource(AsyncEnumerable.Empty<PageInput>(), null, true, listing);
        }

        if (Directory.Exists(source))
        {
            var total = Directory.EnumerateFiles(source).Count(f => Path.GetExtension(f).ToUpperInvariant() is ".HTML" or ".HTM" or ".TXT");
            return new BatchSource(LocalSources.FolderAsync(source, cancellationToken), total, false);
        }

        if (!File.Exists(source))
        {
            throw new FileNotFoundException("no such file or folder", source);
        }

        return source.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)
            ? new BatchSource(FromFile(source, WarcReader.ReadAsync, cancellationToken), null, false)
            : new BatchSource(FromFile(source, (stream, ct) => LocalSources.UrlListAsync(new StreamReader(stream), ct), cancellationToken), null, true);
    }

    private static async IAsyncEnumerable<PageInput> FromFile(string path, Func<Stream, CancellationToken, IAsyncEnumerable<PageInput>> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        await foreach (var page in read(file, cancellationToken))
        {
            yield return page;
        }
    }
}
