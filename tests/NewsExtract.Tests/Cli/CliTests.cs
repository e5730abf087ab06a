using System.Diagnostics;
using System.Text.Json;

namespace NewsExtract.Tests.Cli;

/// <summary>The console app of the contract, run as a process the way users and pipelines run it.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string workDirectory = Directory.CreateTempSubdirectory("newsextract-cli-").FullName;

    public void Dispose() => Directory.Delete(workDirectory, recursive: true);

    internal static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) => RunWithInputAsync(string.Empty, arguments);

    /// <summary>Runs the app with <paramref name="input"/> on its standard input.</summary>
    internal static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsExtract.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task NoArguments_PrintsTheBundledSampleArticle()
    {
        var (exitCode, output, _) = await RunAsync();

        Assert.Equal(0, exitCode);
        Assert.StartsWith("City Council Approves Riverside Flood Barrier", output, StringComparison.Ordinal);
        Assert.Contains("Quotes:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_FixtureAsJson_MatchesTheExpectedArticle()
    {
        var fixture = Path.Combine(TestPaths.Fixtures, "Text", "afghanistan-scrape.txt");
        var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(fixture, ".expected.json"))).RootElement;

        var (exitCode, output, _) = await RunAsync("extract", fixture, "--format", "json");

        Assert.Equal(0, exitCode);
        var actual = JsonDocument.Parse(output).RootElement;
        Assert.Equal("afghanistan-scrape", actual.GetProperty("id").GetString());
        Assert.Equal(expected.GetProperty("title").GetString(), actual.GetProperty("title").GetString());
        Assert.Equal(expected.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()), actual.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(expected.GetProperty("removedBoilerplate").EnumerateArray().Select(p => p.GetString()), actual.GetProperty("removedBoilerplate").EnumerateArray().Select(p => p.GetString()));
        var direct = actual.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("kind").GetString() == "direct").ToList();
        Assert.Equal(expected.GetProperty("quotes").EnumerateArray().Select(q => (q.GetProperty("text").GetString(), q.GetProperty("speaker").GetString(), q.GetProperty("cue").GetString())),
            direct.Select(q => (q.GetProperty("text").GetString(), q.GetProperty("speaker").GetString(), q.GetProperty("cue").GetString())));
    }

    [Fact]
    public async Task Batch_Folder_WritesOneLinePerInputInOrderWithErrorLines()
    {
        var pages = Directory.CreateDirectory(Path.Combine(workDirectory, "pages")).FullName;
        File.Copy(Path.Combine(TestPaths.Fixtures, "sample-article.html"), Path.Combine(pages, "a.html"));
        File.Copy(Path.Combine(TestPaths.Fixtures, "Text", "afghanistan-scrape.txt"), Path.Combine(pages, "b.txt"));
        File.WriteAllText(Path.Combine(pages, "ignored.json"), "{}");
        Directory.CreateDirectory(Path.Combine(pages, "c.html"));
        var output = Path.Combine(workDirectory, "out.jsonl");

        var (exitCode, _, error) = await RunAsync("batch", pages, "--output", output, "--concurrency", "2");

        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_ListWithABadLine_WritesAnErrorLineAndExitsWithOne()
    {
        var list = Path.Combine(workDirectory, "urls.txt");
        File.WriteAllText(list, "not a url\n");
        var output = Path.Combine(workDirectory, "out.jsonl");

        var (exitCode, _, error) = await RunAsync("batch", list, "--output", output);

        Assert.Equal(1, exitCode);
        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(output))).RootElement;
        Assert.Equal("not a url", line.GetProperty("id").GetString());
        Assert.True(line.TryGetProperty("error", out _));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingFile_PrintsOneLineAndExitsWithOne()
    {
        var (exitCode, _, error) = await RunAsync("extract", Path.Combine(workDirectory, "missing.html"));

        Assert.Equal(1, exitCode);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "x.html", "--format", "pdf")]
    [InlineData("batch", "folder")]
    [InlineData("frobnicate")]
    public async Task BadArguments_ExitWithTwo(params string[] arguments)
    {
        var (exitCode, _, error) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Dedup_ArticlesWithASyndicatedCopy_WritesOneGroup()
    {
        var text = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"word{i % 37} story{i % 11}"));
        var input = Path.Combine(workDirectory, "articles.jsonl");
        File.WriteAllLines(input,
        [
            JsonSerializer.Serialize(new { id = "a", text }),
            JsonSerializer.Serialize(new { id = "b", text = "Something else entirely, about the harbour and its ferries and the night storms that delay them, again and again every winter." }),
            JsonSerializer.Serialize(new { id = "c", paragraphs = new[] { text } }),
        ]);
        var output = Path.Combine(workDirectory, "groups.jsonl");

        var (exitCode, _, _) = await RunAsync("dedup", input, "--output", output);

        Assert.Equal(0, exitCode);
        var group = JsonDocument.Parse(Assert.Single(File.ReadAllLines(output))).RootElement;
        Assert.Equal("a", group.GetProperty("representative").GetString());
        Assert.Equal(["a", "c"], group.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
    }
}
