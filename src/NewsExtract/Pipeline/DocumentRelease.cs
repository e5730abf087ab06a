namespace NewsExtract.Pipeline;

/// <summary>
/// Releases the parsed page after the last stage that reads it (metadata and page diagnostics): the blocks hold
/// their own text, and the tree is most of an extraction's memory.
/// </summary>
internal sealed class DocumentRelease : IExtractionStage
{
    public static DocumentRelease Default { get; } = new();

    public void Run(ExtractionContext context) => context.ReleasePageTree();
}
