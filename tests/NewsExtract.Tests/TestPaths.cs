namespace NewsExtract.Tests;

/// <summary>Where the test data lives: in the repository, copied to the test output at build time. Nothing outside it.</summary>
internal static class TestPaths
{
    /// <summary>The project's own fixtures (<c>Fixtures/</c>).</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The fuzz project's folder (its seeds and regressions are in the repository, read in place).</summary>
    public static string FuzzProject => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "NewsExtract.Fuzz"));

    /// <summary>The benchmark corpora vendored under <c>Corpus/</c>, gzipped, one folder per corpus.</summary>
    public static string Corpora => Path.Combine(AppContext.BaseDirectory, "Corpus");
}
