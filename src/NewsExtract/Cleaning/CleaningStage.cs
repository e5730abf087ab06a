using NewsExtract.Pipeline;

namespace NewsExtract.Cleaning;

/// <summary>Removes the blocks that the <see cref="BoilerplateClassifier"/> recognises as page furniture.</summary>
internal sealed class CleaningStage(BoilerplateClassifier classifier) : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        foreach (var block in context.Blocks)
        {
            if (block.Kept && classifier.IsBoilerplate(block.Text))
            {
                block.Remove(RemovalReason.Boilerplate);
            }
        }
    }
}
