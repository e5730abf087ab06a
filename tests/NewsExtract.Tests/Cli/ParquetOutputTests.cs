using Parquet.Serialization;

namespace NewsExtract.Tests.Cli;

/// <summary>The console app writing Parquet, one row per input, as DuckDB and Spark users read it.</summary>
public sealed class ParquetOutputTests : IDisposable
{
    private readonly string workDirectory = Directory.CreateTempSubdirectory("newsextract-parquet-").FullName;

    public void Dispose() => Directory.Delete(workDirectory, recursive: true);

    [Fact]
    public async Task Batch_FormatParquet_WritesOneRowPerInputWithListsAndErrors()
    {
        var pages = Directory.CreateDirectory(Path.Combine(workDirectory, "pages")).FullName;
        File.Copy(Path.Combine(TestPaths.Fixtures, "sample-article.html"), Path.Combine(pages, "a.html"));
        File.Copy(Path.Combine(TestPaths.Fixtures, "Text", "afghanistan-scrape.txt"), Path.Combine(pages, "b.txt"));
        var output = Path.Combine(workDirectory, "articles.parquet");

        var (exitCode, _, error) = await CliTests.RunAsync("batch", pages, "--output", output, "--format", "parquet");

        Assert.True(exitCode == 0, error);
        var rows = (await ParquetSerializer.DeserializeAsync<Row>(output)).Data.ToList();
        Assert.Equal(["a", "b"], rows.Select(r => r.id));
        Assert.Equal("City Council Approves Riverside Flood Barrier After Decade of Debate", rows[0].title);
        Assert.Equal(["Maria Lindqvist"], rows[0].authors);
        Assert.True(rows[0].paragraphs!.Count > 3);
        Assert.Equal(string.Join("\n\n", rows[0].paragraphs!), rows[0].text);
        Assert.All(rows, r => Assert.Null(r.error));
    }

    [Fact]
    public async Task Batch_FormatParquetOnStandardOutput_WritesAWholeFile()
    {
        var list = Path.Combine(workDirectory, "urls.txt");
        File.WriteAllText(list, "not a url\n");

        var (exitCode, output, _) = await CliTests.RunAsync("batch", list, "--output", "-", "--format", "parquet");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("PAR1", output, StringComparison.Ordinal);
        Assert.EndsWith("PAR1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_FormatMarkdown_WritesOneDocumentPerInput()
    {
        var pages = Directory.CreateDirectory(Path.Combine(workDirectory, "pages")).FullName;
        File.Copy(Path.Combine(TestPaths.Fixtures, "sample-article.html"), Path.Combine(pages, "a.html"));
        File.Copy(Path.Combine(TestPaths.Fixtures, "Text", "afghanistan-scrape.txt"), Path.Combine(pages, "b.txt"));

        var (exitCode, output, error) = await CliTests.RunAsync("batch", pages, "--output", "-", "--format", "markdown");

        Assert.True(exitCode == 0, error);
        var documents = output.Split("\n---\n", StringSplitOptions.None);
        Assert.Equal(2, documents.Length);
        Assert.StartsWith("<!-- a -->\n\n# City Council Approves Riverside Flood Barrier After Decade of Debate\n", documents[0], StringComparison.Ordinal);
        Assert.Contains("<!-- b -->", documents[1], StringComparison.Ordinal);
    }

    /// <summary>A row as the file names its columns.</summary>
    private sealed class Row
    {
        public string id { get; set; } = string.Empty;

        public string? title { get; set; }

        public List<string>? authors { get; set; }

        public List<string>? paragraphs { get; set; }

        public string? text { get; set; }

        public string? error { get; set; }
    }
}
