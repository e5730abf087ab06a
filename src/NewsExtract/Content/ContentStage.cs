using NewsExtract.Metadata;
using NewsExtract.Pipeline;

namespace NewsExtract.Content;

/// <summary>
/// Chooses the article's blocks on the HTML path: scores the containers by the paragraphs inside them
/// (<see cref="ContainerScoring"/>), takes the best one (<see cref="RegionChoice"/>) with its worthy siblings
/// (<see cref="SiblingWidening"/>), then drops the parts of it that are page furniture (<see cref="FurnitureRemoval"/>).
/// </summary>
/// <param name="focus">Precision against recall: how much of the doubtful furniture inside the region goes.</param>
/// <param name="hints">The class and id words that mark content and furniture.</param>
internal sealed class ContentStage(ExtractionFocus focus, ContentHints hints) : IExtractionStage
{
    /// <summary>A region this short makes the choice doubtful: the page is scored again with its furniture-marked parts.</summary>
    private const int ShortRegionChars = 500;

    public void Run(ExtractionContext context)
    {
        if (context.Containers.Count == 0)
        {
            return;
        }

        var containers = context.Containers;
        var blocks = context.Blocks;
        var repeated = ContainerScoring.RepeatedHints(containers);
        var answers = new HintAnswers(containers, hints, ProseMass.Measure(containers, blocks, context.Require<MetadataBuilder>().Title));

        // Comment threads, sidebars and the like score nothing; if that leaves no candidate, score everything.
        var unlikely = ContainerScoring.Unlikely(containers, answers);
        var scores = ContainerScoring.Score(containers, blocks, unlikely, repeated, answers, context.FormControlContainers, context.ImageContainers);
        var top = RegionChoice.ChooseTop(containers, scores);
        if (top < 0 || scores.TextChars[top] < ShortRegionChars)
        {
            var allScores = ContainerScoring.Score(containers, blocks, null, repeated, answers, context.FormControlContainers, context.ImageContainers);
            var allTop = RegionChoice.ChooseTop(containers, allScores);
            if (allTop >= 0 && (top < 0 || allScores.TextChars[allTop] > scores.TextChars[top] * 2))
            {
                (scores, top) = (allScores, allTop);
            }
        }

        if (top < 0)
        {
            FurnitureRemoval.RemoveFromShortPage(blocks);
            return;
        }

        var included = SiblingWidening.IncludedContainers(containers, blocks, scores, top, answers);
        SiblingWidening.AddSplitParts(containers, blocks, scores, unlikely, top, included);
        FurnitureRemoval.RemoveOutsideRegion(containers, blocks, scores, included, top, focus, answers);
        BodyTail.Trim(blocks, focus);
        StrayTail.Trim(containers, blocks, focus);
        LeadParagraph.Restore(blocks, focus);
        context.Find<RegionChoiceRecorder>()?.Record(new RegionChoiceResult(scores, top, included));
    }
}
