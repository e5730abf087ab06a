using NewsExtract.Pipeline;

namespace NewsExtract.Metadata;

/// <summary>
/// The metadata of plain text, which has only its lines: the headline is the first line that reads like one (see
/// <see cref="TextTitleFinder"/>).
/// </summary>
internal sealed class TextTitleStage : IExtractionStage
{
    public static TextTitleStage Default { get; } = new();

    public void Run(ExtractionContext context) =>
        context.Set(new MetadataBuilder()).Title = TextTitleFinder.Find(context.Blocks);
}
