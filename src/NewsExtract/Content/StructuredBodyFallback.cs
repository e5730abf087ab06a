using NewsExtract.Metadata;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// When the page's markup yields little or no body but its JSON-LD carries the full <c>articleBody</c> (pages rendered
/// by script, AMP shells), the body is taken from there. Also notes a page with no article at all.
/// </summary>
internal sealed class StructuredBodyFallback : IExtractionStage
{
    public static StructuredBodyFallback Default { get; } = new();

    /// <summary>Below this many characters the body found in the markup is thought too short.</summary>
    private const int ShortBodyChars = 400;

    public void Run(ExtractionContext context)
    {
        var keptChars = context.KeptBlocks.Sum(b => b.Text.Length);
        var structured = context.Require<MetadataBuilder>().StructuredBody;
        if (keptChars < ShortBodyChars && structured is not null && structured.Length > Math.Max(keptChars * 2, ShortBodyChars))
        {
            foreach (var block in context.Blocks)
            {
                block.Remove(RemovalReason.OutsideContent);
            }

            foreach (var line in structured.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var text = TextNormalizer.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(line));
                if (text.Length > 0)
                {
                    context.Blocks.Add(new Block(context.Blocks.Count, text, BlockKind.Paragraph));
                }
            }

            context.Warn(PageWarning.BodyFromStructuredData);
        }
    }
}
