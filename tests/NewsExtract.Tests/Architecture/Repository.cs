namespace NewsExtract.Tests.Architecture;

/// <summary>The checkout the tests were built from, for the tests that read its sources and README.</summary>
internal static class Repository
{
    /// <summary>The folder above the test output that holds the solution.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsExtract.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No NewsExtract.sln above the test output: the tests run from a build of the repository.");
    }
}
