using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsExtract.Dedup;
using NewsExtract.Pipelines;

namespace NewsExtract.Cli;

/// <summary>Runs a batch's inputs through a pipeline into the output, with a progress display and one summary line.</summary>
internal static class BatchRun
{
    /// <summary>
    /// Writes the results (read as they are written) in the format, with a progress display (the time left when the
    /// number of results is known beforehand), and reports the source's own failure in one line.
    /// </summary>
    public static async Task<int> RunAsync(string source, IAsyncEnumerable<PipelineResult> results, int? total, string output, string format, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var summary = new BatchSummary();
        var sourceFailed = false;
        await using var sink = ArticleSinks.Open(format, output);
        await BatchProgress.ShowAsync(total, async progress =>
        {
            try
            {
                await foreach (var result in results.WithCancellation(cancellationToken))
                {
                    await sink.WriteAsync(result, cancellationToken);
                    if (result.Failure is { } failure)
                    {
                        Console.Error.WriteLine($"newsextract: {result.Input.Id}: {failure.Message}");
                    }

                    summary.Add(result);
                    progress?.Report(new PipelineProgress(summary.Pages, summary.Failed));
                }
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException)
            {
                // A broken source ends the batch with one readable line, after the lines of every input read before it.
                CliOptions.ReportError(parseResult, source, exception);
                sourceFailed = true;
            }
        });

        Console.Error.WriteLine($"newsextract: {summary.Describe(clock.Elapsed)}; written to {(output == "-" ? "standard output" : Path.GetFileName(output))}.");
        return summary.Failed > 0 || sourceFailed ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>What the summary line tells: pages, articles, failures by reason, duplicates grouped, pages per second.</summary>
    private sealed class BatchSummary
    {
        private readonly NearDuplicateIndex duplicates = new();
        private readonly SortedDictionary<string, int> failures = new(StringComparer.Ordinal);
        private int pages;
        private int articles;
        private int grouped;

        public int Pages => pages;

        public int Failed => pages - articles;

        public void Add(PipelineResult result)
        {
            pages++;
            if (result.Failure is { } failure)
            {
                failures[failure.Reason] = failures.GetValueOrDefault(failure.Reason) + 1;
                return;
            }

            articles++;
            grouped += duplicates.Add(pages.ToString(CultureInfo.InvariantCulture), result.Article!.Text) is null ? 0 : 1;
        }

        public string Describe(TimeSpan elapsed)
        {
            var failed = failures.Count == 0 ? "0 failed" : $"{Failed} failed ({string.Join(", ", failures.Select(f => $"{f.Key} {f.Value}"))})";
            var rate = elapsed.TotalSeconds > 0 ? pages / elapsed.TotalSeconds : 0;
            return string.Create(CultureInfo.InvariantCulture, $"{pages} pages, {articles} articles, {failed}, {grouped} near duplicates of earlier articles, {rate:0.0} pages/s");
        }
    }
}
