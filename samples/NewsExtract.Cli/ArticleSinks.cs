using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsExtract.Output;
using NewsExtract.Pipelines;
using Parquet;
using Parquet.Serialization;

namespace NewsExtract.Cli;

/// <summary>Where a batch's results go, in one of the output formats.</summary>
internal interface IArticleSink : IAsyncDisposable
{
    ValueTask WriteAsync(PipelineResult result, CancellationToken cancellationToken);
}

/// <summary>The output formats of <c>batch</c>.</summary>
internal static class ArticleSinks
{
    public const string JsonLines = "jsonl";
    public const string Parquet = "parquet";
    public const string Markdown = "markdown";

    public static readonly string[] All = [JsonLines, Markdown, Parquet];

    public static IArticleSink Open(string format, string output) => format switch
    {
        Parquet => new ParquetSink(output),
        Markdown => new MarkdownSink(output),
        _ => new JsonLinesSink(output),
    };

    /// <summary>One Markdown document per input, each after an HTML comment naming it, separated by thematic breaks.</summary>
    private sealed class MarkdownSink(string output) : IArticleSink
    {
        private readonly StreamWriter writer = CliOptions.OpenOutput(output);
        private bool first = true;

        public async ValueTask WriteAsync(PipelineResult result, CancellationToken cancellationToken)
        {
            var name = result.Input.Id.Replace("--", "- -", StringComparison.Ordinal);
            var document = result.Article is { } article
                ? $"<!-- {name} -->\n\n{ArticleMarkdown.Write(article)}"
                : $"<!-- {name}: {result.Failure!.Message.Replace("--", "- -", StringComparison.Ordinal)} -->\n";
            await writer.WriteAsync((first ? string.Empty : "\n---\n\n") + document);
            first = false;
        }

        public ValueTask DisposeAsync() => writer.DisposeAsync();
    }

    /// <summary>
    /// One JSON line per input, as the contract writes it: the UTF-8 of one reused JSON writer straight into the
    /// buffered output, not a string per article encoded again (a batch spent about 5% of its processor time and
    /// a sixth of its allocations there).
    /// </summary>
    private sealed class JsonLinesSink(string output) : IArticleSink
    {
        private static readonly byte[] NewLine = "\n"u8.ToArray();

        private readonly Stream stream = CliOptions.OpenOutputStream(output);
        private Utf8JsonWriter? writer;

        public ValueTask WriteAsync(PipelineResult result, CancellationToken cancellationToken)
        {
            if (result.Article is { } article)
            {
                writer ??= new Utf8JsonWriter(stream, ArticleJson.WriterOptions);
                ArticleJson.Write(writer, article, result.Input.Id);
                writer.Flush();
                writer.Reset();
            }
            else
            {
                stream.Write(Encoding.UTF8.GetBytes(ArticleJson.SerializeError(result.Input.Id, result.Failure!.Message)));
            }

            stream.Write(NewLine);
            return ValueTask.CompletedTask;
        }

        public async ValueTask DisposeAsync()
        {
            if (writer is not null)
            {
                await writer.DisposeAsync();
            }

            await stream.DisposeAsync();
        }
    }

    /// <summary>
    /// One row per input in a Parquet file, for DuckDB and Spark: the article's fields under the JSON names, lists as
    /// lists, and <c>error</c> for a failed input. Rows are written in groups of 1,000, so memory stays flat; standard
    /// output gets the file once it is complete (Parquet writes its index last).
    /// </summary>
    private sealed class ParquetSink : IArticleSink
    {
        private const int RowGroupSize = 1_000;

        private readonly string output;
        private readonly string path;
        private readonly FileStream file;
        private readonly List<ArticleRow> rows = new(RowGroupSize);
        private bool started;

        public ParquetSink(string output)
        {
            this.output = output;
            path = output == "-" ? Path.GetTempFileName() : output;
            file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        }

        public async ValueTask WriteAsync(PipelineResult result, CancellationToken cancellationToken)
        {
            rows.Add(ArticleRow.From(result));
            if (rows.Count == RowGroupSize)
            {
                await FlushAsync(cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (rows.Count > 0 || !started)
            {
                await FlushAsync(CancellationToken.None);
            }

            if (output == "-")
            {
                file.Position = 0;
                await using (var stdout = Console.OpenStandardOutput())
                {
                    await file.CopyToAsync(stdout);
                }

                await file.DisposeAsync();
                File.Delete(path);
                return;
            }

            await file.DisposeAsync();
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            file.Position = started ? file.Length : 0;
            await ParquetSerializer.SerializeAsync(rows, file, new ParquetOptions { Append = started }, cancellationToken: cancellationToken);
            started = true;
            rows.Clear();
        }
    }

    /// <summary>A row of the Parquet output.</summary>
    internal sealed class ArticleRow
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        [JsonPropertyName("url")]
        public string? Url { get; set; }

        [JsonPropertyName("title")]
        public string? Title { get; set; }

        [JsonPropertyName("authors")]
        public List<string> Authors { get; set; } = [];

        [JsonPropertyName("published")]
        public DateTime? Published { get; set; }

        [JsonPropertyName("modified")]
        public DateTime? Modified { get; set; }

        [JsonPropertyName("language")]
        public string? Language { get; set; }

        [JsonPropertyName("siteName")]
        public string? SiteName { get; set; }

        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("image")]
        public string? Image { get; set; }

        [JsonPropertyName("canonicalUrl")]
        public string? CanonicalUrl { get; set; }

        [JsonPropertyName("paragraphs")]
        public List<string> Paragraphs { get; set; } = [];

        [JsonPropertyName("text")]
        public string? Text { get; set; }

        [JsonPropertyName("quoteCount")]
        public int QuoteCount { get; set; }

        [JsonPropertyName("error")]
        public string? Error { get; set; }

        public static ArticleRow From(PipelineResult result) => result.Article is not { } article
            ? new ArticleRow { Id = result.Input.Id, Url = result.Input.Url?.AbsoluteUri, Error = result.Failure!.Message }
            : new ArticleRow
            {
                Id = result.Input.Id,
                Url = article.Url?.AbsoluteUri,
                Title = article.Title,
                Authors = [.. article.Authors],
                Published = article.Published?.UtcDateTime,
                Modified = article.Modified?.UtcDateTime,
                Language = article.Language,
                SiteName = article.SiteName,
                Description = article.Description,
                Image = article.Image?.AbsoluteUri,
                CanonicalUrl = article.CanonicalUrl?.AbsoluteUri,
                Paragraphs = [.. article.Paragraphs],
                Text = article.Text,
                QuoteCount = article.Quotes.Count,
            };
    }
}
