namespace NewsExtract.Pipeline;

/// <summary>
/// An ordered, immutable list of stages, from a front end that makes the blocks to the last stage that edits them.
/// The extractor's builder puts the pipelines together (see <c>ArticleExtractorBuilder</c>); this class only runs them.
/// </summary>
internal sealed class ExtractionPipeline
{
    private readonly IExtractionStage[] stages;

    public ExtractionPipeline(params IEnumerable<IExtractionStage> stages)
    {
        this.stages = [.. stages];
    }

    /// <summary>The stages in order; the benchmarks' stage profiler times them one by one.</summary>
    public IReadOnlyList<IExtractionStage> Stages => stages;

    public void Run(ExtractionContext context)
    {
        foreach (var stage in stages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.CurrentStage = stage;
            stage.Run(context);
        }

        context.CurrentStage = null;
    }
}
