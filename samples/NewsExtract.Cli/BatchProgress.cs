using NewsExtract.Pipelines;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NewsExtract.Cli;

/// <summary>A progress display on standard error with the rate and the time left, when standard error is a terminal; nothing otherwise.</summary>
internal static class BatchProgress
{
    public static async Task ShowAsync(int? total, Func<IProgress<PipelineProgress>?, Task> run)
    {
        if (Console.IsErrorRedirected)
        {
            await run(null);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("pages", maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                await run(new Reporter(task, total is null));
            });
    }

    private sealed class Reporter(ProgressTask task, bool open) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value)
        {
            if (open)
            {
                task.MaxValue = value.Completed + 1;
            }

            task.Value = value.Completed;
            task.Description = value.Failed == 0 ? $"{value.Completed} pages" : $"{value.Completed} pages, {value.Failed} failed";
        }
    }

    /// <summary>Pages per second.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Speed is { } speed ? $"{speed:0.0} pages/s" : "-");
    }
}
