namespace NewsExtract.Benchmarks;

/// <summary>The benchmark pages: the shared corpora beside the checkout, decoded once, as the console app decodes them.</summary>
public static class Corpus
{
    /// <summary>The targets are stated over these 181 pages; a different count means a different corpus.</summary>
    public const int ScrapinghubPageCount = 181;

    /// <summary>The pages of the scrapinghub corpus, in file-name order, decoded to text.</summary>
    public static string[] Scrapinghub() => Load(Path.Combine(CorpusRoot, "scrapinghub", "pages"), ScrapinghubPageCount);

    /// <summary>The pages of the readability corpus, in file-name order, decoded to text.</summary>
    public static string[] Readability() => Load(Path.Combine(CorpusRoot, "readability", "pages"), expectedCount: null);

    /// <summary>The folder holding <c>scrapinghub/</c> and <c>readability/</c>: NEWSEXTRACT_CORPUS, or <c>shared/corpus</c> beside the checkout.</summary>
    public static string CorpusRoot
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("NEWSEXTRACT_CORPUS");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            // BenchmarkDotNet runs each benchmark from a generated folder under bin/: walk up from there and from
            // the working directory until a shared/corpus folder turns up.
            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    var candidate = Path.Combine(directory.FullName, "shared", "corpus");
                    if (Directory.Exists(Path.Combine(candidate, "scrapinghub")))
                    {
                        return candidate;
                    }
                }
            }

            throw new DirectoryNotFoundException("No shared/corpus folder beside the checkout; set NEWSEXTRACT_CORPUS.");
        }
    }

    private static string[] Load(string folder, int? expectedCount)
    {
        var files = Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal).ToArray();
        if (expectedCount is { } expected && files.Length != expected)
        {
            throw new InvalidOperationException($"{folder} holds {files.Length} pages, not the {expected} the targets are stated over.");
        }

        return Array.ConvertAll(files, f => ArticleExtractor.Decode(File.ReadAllBytes(f)));
    }
}
