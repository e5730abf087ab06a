using NewsExtract.Metadata;
using NewsExtract.Pipeline;

namespace NewsExtract;

/// <summary>Freezes the state of a finished extraction into the public <see cref="Article"/>.</summary>
internal static class ArticleAssembler
{
    /// <summary>The metadata of an input no pipeline read (binary data).</summary>
    private static readonly MetadataBuilder NoMetadata = new();

    public static Article Assemble(ExtractionContext context)
    {
        // Where each kept block stands among the paragraphs, looked up only for the merges that name one (most pages have none).
        var paragraphIndex = context.Merges.Count > 0 ? new Dictionary<Block, int>(ReferenceEqualityComparer.Instance) : null;
        var paragraphs = new List<string>();
        var removed = new List<RemovedBlock>();
        foreach (var block in context.Blocks)
        {
            if (block.Kept)
            {
                if (paragraphIndex is not null)
                {
                    paragraphIndex[block] = paragraphs.Count;
                }

                paragraphs.Add(block.Text);
            }
            else if (block.RemovedFor is { } reason)
            {
                removed.Add(new RemovedBlock(block.Text, reason));
            }
        }

        var merged = new List<MergedBlock>(context.Merges.Count);
        foreach (var m in context.Merges)
        {
            merged.Add(new MergedBlock(m.DroppedText, m.Kept is null ? -1 : paragraphIndex!.GetValueOrDefault(m.Kept, -1), Math.Round(m.Similarity, 3), m.Rule));
        }

        if (paragraphs.Count == 0)
        {
            context.Warn(PageWarning.NoArticleFound);
        }

        var metadata = context.Find<MetadataBuilder>() ?? NoMetadata;
        return new Article
        {
            Url = context.Url,
            CanonicalUrl = metadata.Canonical,
            Title = metadata.Title,
            Authors = metadata.Authors.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Published = metadata.Published,
            Modified = metadata.Modified,
            Language = metadata.Language,
            SiteName = metadata.SiteName,
            Description = metadata.Description,
            Image = metadata.Image,
            Paragraphs = paragraphs,
            Blocks = ArticleBlocks.Of(context.Blocks, context.Containers, context.Links, context.Url ?? metadata.Canonical),
            Quotes = [.. context.Quotes],
            Diagnostics = new ExtractionDiagnostics
            {
                Removed = removed,
                Merged = merged,
                Warnings = [.. context.Warnings],
                BodySource = context.BodySource,
            },
        };
    }
}
