using NewsExtract.Pipeline;

namespace NewsExtract.Metadata;

/// <summary>
/// The metadata of plain text, which has only its lines: the headline is the first line that reads like one (see
/// <see cref="TextTitleFinder"/>), the date a date line right around it.
/// </summary>
internal sealed class TextTitleStage : IExtractionStage
{
    public static TextTitleStage Default { get; } = new();

    public void Run(ExtractionContext context)
    {
        var metadata = context.Set(new MetadataBuilder());
        metadata.Title = TextTitleFinder.Find(context.Blocks);
        metadata.Published = DateFinder.FindInText(context.Blocks, metadata.Title);
    }
}
