namespace NewsExtract.Content;

/// <summary>What the content stage weighed in choosing the article's region.</summary>
/// <param name="Scores">Every container's score, characters and link characters.</param>
/// <param name="Top">The container chosen as the article.</param>
/// <param name="Included">The chosen container and the siblings and split parts it was widened to.</param>
internal sealed record RegionChoiceResult(ContainerScores Scores, int Top, IReadOnlySet<int> Included);

/// <summary>
/// Asks the content stage to hand over what it weighed: whoever wants the region's scores (an explanation) puts one on
/// the context before the pipeline runs, and the stage records its choice into it. An ordinary extraction puts none, so
/// the stage keeps nothing and pays nothing beyond looking for it.
/// </summary>
internal sealed class RegionChoiceRecorder
{
    /// <summary>The choice the content stage made, or <see langword="null"/> when it chose no region (or did not run).</summary>
    public RegionChoiceResult? Choice { get; private set; }

    public void Record(RegionChoiceResult choice) => Choice = choice;
}
