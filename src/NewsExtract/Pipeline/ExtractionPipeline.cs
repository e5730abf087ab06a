using NewsExtract.Cleaning;
using NewsExtract.Content;
using NewsExtract.Dedup;
using NewsExtract.Metadata;
using NewsExtract.Quotes;

namespace NewsExtract.Pipeline;

/// <summary>The ordered, immutable list of stages every extraction passes through, whichever front end made its blocks.</summary>
internal sealed class ExtractionPipeline
{
    private readonly IExtractionStage[] stages;

    public ExtractionPipeline(BoilerplateClassifier boilerplate, Lexicon lexicon)
    {
        stages =
        [
            new CleaningStage(boilerplate),
            new MetadataStage(),
            new ContentStage(HintMatcher.Positive, HintMatcher.Negative, HintMatcher.Furniture, HintMatcher.Keep),
            new StructuredBodyFallback(),
            PageDiagnosticsStage.Default,
            DocumentRelease.Default,
            new DedupStage(),
            new QuotesStage(new QuoteFinder(lexicon)),
        ];
    }

    /// <summary>The stages in order; the benchmarks' stage profiler times them one by one.</summary>
    internal IReadOnlyList<IExtractionStage> Stages => stages;

    public void Run(ExtractionContext context)
    {
        foreach (var stage in stages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            stage.Run(context);
        }
    }
}
