using NewsExtract.Pipeline;

namespace NewsExtract.Cleaning;

/// <summary>Removes the blocks that the <see cref="BoilerplateClassifier"/> recognises as page furniture.</summary>
internal sealed class CleaningStage(BoilerplateClassifier classifier) : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        foreach (var block in context.Blocks)
        {
            // A byline, date or credit line is told first: some also start like a boilerplate phrase ("Foto: …"), and
            // later stages read them as the metadata lines around a headline.
            if (block.Kept && block.Kind is BlockKind.Paragraph or BlockKind.Line && MetadataLine(block.Text, block.Kind == BlockKind.Line) is { } rule)
            {
                block.Remove(RemovalReason.Metadata, rule);
            }

            // Code samples keep their markup and addresses.
            else if (block.Kept && block.Kind != BlockKind.Preformatted && classifier.IsBoilerplate(block.Text, scrapedText: block.Kind == BlockKind.Line))
            {
                block.Remove(RemovalReason.Boilerplate, RemovalRules.BoilerplatePhrase);
            }
            else if (block.Kept && block.Kind != BlockKind.TableCell && BylineDetector.IsPageNumbers(block.Text))
            {
                block.Remove(RemovalReason.Boilerplate, RemovalRules.PageNumbers);
            }
        }
    }

    /// <summary>
    /// Which kind of metadata line the text is (byline, dateline, credit; a byline with its date is a byline), or
    /// <see langword="null"/>. Lines of scraped text are also read for dates in words and credit lines of their own
    /// ("Foto: dpa"); in a page's markup the content stage keeps captions and credits out, and corpora annotated from
    /// the rendered page keep them, so there they stay to the stages that see the structure.
    /// </summary>
    private static string? MetadataLine(string text, bool scraped) =>
        BylineDetector.IsByline(text) ? RemovalRules.Byline
        : DatelineDetector.IsDateline(text, wordedDates: scraped) ? RemovalRules.Dateline
        : BylineDetector.IsCredit(text) || (scraped && CreditLineDetector.IsCreditLine(text)) ? RemovalRules.Credit
        : null;
}
