using System.CommandLine;
using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary><c>explain &lt;url-or-file-or--&gt; --output report.html</c>: one self-contained HTML page of what became of each block.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A URL, a file (.html, .htm, or .txt for scraped plain text), or - for standard input." };
        var output = new Option<string>("--output", "-o") { Description = "The HTML report to write; - for standard output.", DefaultValueFactory = _ => "-" };
        var url = new Option<Uri?>("--url") { Description = "The page's address, when the input is a file or standard input.", CustomParser = UrlParsing.Parse };
        var plainText = new Option<bool>("--text") { Description = "Read the input as scraped plain text even if it is not a .txt file." };
        var command = new Command("explain", "Write an HTML report of one page's extraction: every block coloured by what became of it, the region's score, the quotes.")
        {
            input, output, url, plainText,
        };
        FetchCliOptions.AddTo(command);
        ExtractionCliOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var source = parseResult.GetValue(input)!;
            await using var urls = new UrlInputs(parseResult, allowPlainText: parseResult.GetValue(plainText));
            try
            {
                var loaded = await InputLoader.LoadAsync(source, parseResult.GetValue(url), parseResult.GetValue(plainText), urls, cancellationToken);
                var explanation = ExtractionCliOptions.Build(parseResult).Explain(loaded.Content, loaded.Format, loaded.Url, cancellationToken);
                if (loaded.Url is not null)
                {
                    explanation = explanation with { Article = explanation.Article with { Url = loaded.Url } };
                }

                await using (var writer = CliOptions.OpenOutput(parseResult.GetValue(output)!))
                {
                    ExplanationHtml.Write(explanation, writer);
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
