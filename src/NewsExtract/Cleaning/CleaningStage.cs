using NewsExtract.Pipeline;

namespace NewsExtract.Cleaning;

/// <summary>Removes the blocks that the <see cref="BoilerplateClassifier"/> recognises as page furniture.</summary>
internal sealed class CleaningStage(BoilerplateClassifier classifier) : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        foreach (var block in context.Blocks)
        {
            // Code samples keep their markup and addresses.
            if (block.Kept && block.Kind != BlockKind.Preformatted && classifier.IsBoilerplate(block.Text))
            {
                block.Remove(RemovalReason.Boilerplate, RemovalRules.BoilerplatePhrase);
            }
            else if (block.Kept && block.Kind is BlockKind.Paragraph or BlockKind.Line && MetadataLine(block.Text) is { } rule)
            {
                block.Remove(RemovalReason.Metadata, rule);
            }
            else if (block.Kept && block.Kind != BlockKind.TableCell && BylineDetector.IsPageNumbers(block.Text))
            {
                block.Remove(RemovalReason.Boilerplate, RemovalRules.PageNumbers);
            }
        }
    }

    /// <summary>Which kind of metadata line the text is (dateline, byline, credit), or <see langword="null"/>.</summary>
    private static string? MetadataLine(string text) =>
        DatelineDetector.IsDateline(text) ? RemovalRules.Dateline
        : BylineDetector.IsByline(text) ? RemovalRules.Byline
        : BylineDetector.IsCredit(text) ? RemovalRules.Credit
        : null;
}
