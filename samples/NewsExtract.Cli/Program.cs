using System.CommandLine;
using NewsExtract.Cli;

var root = new RootCommand("newsextract: turns news pages and scraped text into clean articles.")
{
    ExtractCommand.Create(),
    BatchCommand.Create(),
    CrawlCommand.Create(),
    DedupCommand.Create(),
    ExplainCommand.Create(),
};
root.Options.Add(CliOptions.Verbose);
root.SetAction((parseResult, cancellationToken) => SampleCommand.RunAsync(cancellationToken));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"newsextract: {error.Message}");
    }

    Console.Error.WriteLine("Run 'newsextract --help' for usage.");
    return ExitCodes.BadArguments;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("newsextract: cancelled.");
    return ExitCodes.Failed;
}
catch (Exception exception)
{
    // The last line of defence: one readable line, the stack trace only when asked for.
    CliOptions.ReportError(parsed, "error", exception);
    return ExitCodes.Failed;
}
