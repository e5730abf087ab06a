using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary>With no arguments: extracts the page bundled with the app, so a new user sees it work with nothing of their own.</summary>
internal static class SampleCommand
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(SampleCommand).Assembly.GetManifestResourceStream("NewsExtract.Cli.sample-article.html")
            ?? throw new InvalidOperationException("The bundled sample page is missing from the build.");
        var article = await ArticleExtractor.Default.ExtractAsync(stream, new Uri("https://gazette.example/local/flood-barrier"), cancellationToken: cancellationToken);
        Console.WriteLine(ArticleText.ToPlainText(article));
        Console.Error.WriteLine("(This is the sample page bundled with newsextract. Try: newsextract extract <url-or-file> --format json; newsextract --help)");
        return ExitCodes.Success;
    }
}
