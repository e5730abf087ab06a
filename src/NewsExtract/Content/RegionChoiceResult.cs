namespace NewsExtract.Content;

/// <summary>What the content stage weighed, handed over only when an extraction is explained.</summary>
/// <param name="Scores">Every container's score, characters and link characters.</param>
/// <param name="Top">The container chosen as the article.</param>
/// <param name="Included">The chosen container and the siblings and split parts it was widened to.</param>
internal sealed record RegionChoiceResult(ContainerScores Scores, int Top, IReadOnlySet<int> Included);
