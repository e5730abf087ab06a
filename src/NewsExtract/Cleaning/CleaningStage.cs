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
                block.Remove(RemovalReason.Boilerplate);
            }
            else if (block.Kept && block.Kind is BlockKind.Paragraph or BlockKind.Line
                     && (DatelineDetector.IsDateline(block.Text) || BylineDetector.IsByline(block.Text) || BylineDetector.IsCredit(block.Text)))
            {
                block.Remove(RemovalReason.Metadata);
            }
            else if (block.Kept && block.Kind != BlockKind.TableCell && BylineDetector.IsPageNumbers(block.Text))
            {
                block.Remove(RemovalReason.Boilerplate);
            }
        }
    }
}
