using System.IO.Compression;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The benchmark pages, decoded once, as the console app decodes them: from a corpus folder given or found above the
/// checkout, else from the copy vendored in the repository for the tests (gzipped, the same bytes).
/// </summary>
public static class Corpus
{
    /// <summary>The targets are stated over these 181 pages; a different count means a different corpus.</summary>
    public const int ScrapinghubPageCount = 181;

    private const string VendoredCorpora = "tests/NewsExtract.Tests/Corpus";

    /// <summary>The pages of the scrapinghub corpus, in file-name order, decoded to text.</summary>
    public static string[] Scrapinghub() => Load(Path.Combine(CorpusRoot, "scrapinghub", "pages"), ScrapinghubPageCount);

    /// <summary>The pages of the readability corpus, in file-name order, decoded to text.</summary>
    public static string[] Readability() => Load(Path.Combine(CorpusRoot, "readability", "pages"), expectedCount: null);

    /// <summary>
    /// The folder holding <c>scrapinghub/</c> and <c>readability/</c>: NEWSEXTRACT_CORPUS; else a <c>shared/corpus</c>
    /// folder above the checkout; else the corpora vendored in the repository (<c>tests/NewsExtract.Tests/Corpus</c>).
    /// </summary>
    public static string CorpusRoot
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("NEWSEXTRACT_CORPUS");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            // BenchmarkDotNet runs each benchmark from a generated folder under bin/: walk up from there and from the
            // working directory, first for a shared corpus folder, then for the repository's own copy.
            return FindAbove(Path.Combine("shared", "corpus"))
                ?? FindAbove(VendoredCorpora)
                ?? throw new DirectoryNotFoundException($"No corpus found: neither shared/corpus above the checkout nor {VendoredCorpora} in it; set NEWSEXTRACT_CORPUS.");
        }
    }

    private static string? FindAbove(string relativePath)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relativePath);
                if (Directory.Exists(Path.Combine(candidate, "scrapinghub")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string[] Load(string folder, int? expectedCount)
    {
        // A shared corpus holds <id>.html, the vendored one <id>.html.gz: the same bytes, in the same order.
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".html.gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (expectedCount is { } expected && files.Length != expected)
        {
            throw new InvalidOperationException($"{folder} holds {files.Length} pages, not the {expected} the targets are stated over.");
        }

        return Array.ConvertAll(files, f => ArticleExtractor.Decode(ReadAllBytes(f)));
    }

    private static byte[] ReadAllBytes(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
