using System.IO.Compression;
using System.Text.Json;
using Xunit.Abstractions;

namespace NewsExtract.Tests.Corpus;

/// <summary>
/// A regression guard on the benchmark corpora vendored under <c>Corpus/</c> (gzipped, as they are in the repository):
/// the extractor runs over every page and the referee's body metric must stay at what the extractor reached, less a
/// small margin. Not a timing test.
/// </summary>
public sealed class CorpusRegressionTests(ITestOutputHelper output)
{
    /// <summary>Body F1 reached when the guard was last raised, less 0.01.</summary>
    public static TheoryData<string, double> Corpora => new()
    {
        { "scrapinghub", 0.965 },
        { "readability", 0.953 },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Extract_BenchmarkCorpus_KeepsItsBodyF1(string corpus, double minimumF1)
    {
        var folder = Path.Combine(TestPaths.Corpora, corpus);
        var pages = new List<(string Truth, string Predicted)>();
        foreach (var line in ReadLines(Path.Combine(folder, "truth.jsonl.gz")))
        {
            using var truth = JsonDocument.Parse(line);
            var id = truth.RootElement.GetProperty("id").GetString()!;
            var body = truth.RootElement.TryGetProperty("body", out var b) ? b.GetString() : null;
            if (string.IsNullOrEmpty(body))
            {
                continue;
            }

            var html = ArticleExtractor.Decode(ReadAllBytes(Path.Combine(folder, "pages", id + ".html.gz")));
            pages.Add((body, ArticleExtractor.Default.Extract(html).Text));
        }

        Assert.NotEmpty(pages);
        var (f1, precision, recall) = BodyMetric.Score(pages);
        output.WriteLine($"{corpus}: {pages.Count} pages, body F1 {f1:F3}, precision {precision:F3}, recall {recall:F3}");

        Assert.True(f1 >= minimumF1, $"{corpus} body F1 {f1:F3} fell below {minimumF1:F3}");
    }

    private static IEnumerable<string> ReadLines(string gzipPath)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static byte[] ReadAllBytes(string gzipPath)
    {
        using var gzip = new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
