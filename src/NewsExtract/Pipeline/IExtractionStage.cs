namespace NewsExtract.Pipeline;

/// <summary>One step of the extraction pipeline, with one job. Stages hold no per-extraction state and are thread-safe.</summary>
internal interface IExtractionStage
{
    void Run(ExtractionContext context);
}
