using NewsExtract.Pipeline;

namespace NewsExtract.Quotes;

/// <summary>Finds the quotes of the body once its blocks are final.</summary>
internal sealed class QuotesStage(QuoteFinder finder) : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        if (!context.Options.ExtractQuotes)
        {
            return;
        }

        var paragraphs = context.KeptBlocks.Select(b => b.Text).ToList();
        context.Quotes.AddRange(finder.Find(paragraphs, context.Options.IncludeIndirectQuotes, context.CancellationToken));
    }
}
