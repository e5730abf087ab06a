using System.Diagnostics;

namespace NewsExtract.Tests.Browser;

/// <summary>
/// Headless Chromium, for the tests that open a page in a real browser. Found on the PATH (<c>chromium</c>,
/// <c>chromium-browser</c>, <c>google-chrome</c>) or at <c>NEWSEXTRACT_CHROMIUM</c>. Where it is absent those tests
/// are skipped, unless <c>NEWSEXTRACT_REQUIRE_CHROMIUM=1</c> (CI sets it) makes its absence a failure.
/// </summary>
internal static class Chromium
{
    public const string InstallHint =
        "Chromium is not installed: install it (Debian/Ubuntu: apt-get install -y chromium) or set NEWSEXTRACT_CHROMIUM to its path. NEWSEXTRACT_REQUIRE_CHROMIUM=1 turns this skip into a failure.";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser's path, or <see langword="null"/>.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Whether a missing browser fails the tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("NEWSEXTRACT_REQUIRE_CHROMIUM") == "1";

    /// <summary>Runs the browser headless on <paramref name="file"/> with the given extra arguments; returns its standard output.</summary>
    public static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var executable = Executable ?? throw new InvalidOperationException(InstallHint);
        var profile = Directory.CreateTempSubdirectory("newsextract-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile}"])
            {
                start.ArgumentList.Add(flag);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(file).AbsoluteUri);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within two minutes: {await error}");
            }

            Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {await error}");
            return await output;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("NEWSEXTRACT_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A test that needs Chromium: skipped with how to install it where the browser is absent, unless it is required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null && !Chromium.Required)
        {
            Skip = Chromium.InstallHint;
        }
    }
}
