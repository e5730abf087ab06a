namespace NewsExtract.Tests;

/// <summary>Where the test data lives: the project's own fixtures, and the shared folder beside the checkout.</summary>
internal static class TestPaths
{
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The shared folder (fixtures, corpora) beside the repository, or NEWSEXTRACT_SHARED.</summary>
    public static string Shared
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("NEWSEXTRACT_SHARED");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared");
                if (File.Exists(Path.Combine(candidate, "CONTRACT.md")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("The shared folder (with CONTRACT.md) is not beside the checkout; set NEWSEXTRACT_SHARED.");
        }
    }
}
