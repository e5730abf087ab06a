using NewsExtract.Pipeline;

namespace NewsExtract.Quotes;

/// <summary>Finds the quotes of the body once its blocks are final.</summary>
/// <param name="finder">The quote finder.</param>
/// <param name="includeIndirect">Whether reported speech without quotation marks is returned too.</param>
internal sealed class QuotesStage(QuoteFinder finder, bool includeIndirect) : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        var paragraphs = context.KeptBlocks.Select(b => b.Text).ToList();
        context.Quotes.AddRange(finder.Find(paragraphs, includeIndirect, context.CancellationToken));
    }
}
