using System.CommandLine;
using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary><c>extract &lt;url-or-file-or--&gt;</c>: one article, as text, JSON or Markdown.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A URL, a file (.html, .htm, or .txt for scraped plain text), or - for standard input." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var url = new Option<Uri?>("--url") { Description = "The page's address, when the input is a file or standard input.", CustomParser = UrlParsing.Parse };
        var plainText = new Option<bool>("--text") { Description = "Read the input as scraped plain text even if it is not a .txt file." };
        var command = new Command("extract", "Extract one article.") { input, format, url, plainText };
        FetchCliOptions.AddTo(command);
        ExtractionCliOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var source = parseResult.GetValue(input)!;
            await using var urls = new UrlInputs(parseResult, allowPlainText: parseResult.GetValue(plainText));
            try
            {
                var loaded = await InputLoader.LoadAsync(source, parseResult.GetValue(url), parseResult.GetValue(plainText), urls, cancellationToken);
                var article = loaded.Extract(ExtractionCliOptions.Build(parseResult), cancellationToken);
                var output = parseResult.GetValue(format) switch
                {
                    "json" => ArticleJson.Serialize(article, loaded.Id, indented: true),
                    "markdown" => ArticleMarkdown.Write(article),
                    _ => ArticleText.ToPlainText(article),
                };
                Console.Out.Write(output);
                if (!output.EndsWith('\n'))
                {
                    Console.Out.WriteLine();
                }

                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                CliOptions.ReportError(parseResult, source, exception);
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
