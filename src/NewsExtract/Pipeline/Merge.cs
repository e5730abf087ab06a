namespace NewsExtract.Pipeline;

/// <summary>A block dropped as a copy of <paramref name="Kept"/> (<see langword="null"/> when the copy repeats the headline).</summary>
internal sealed record Merge(string DroppedText, Block? Kept, double Similarity, MergeRule Rule)
{
    /// <summary>The block dropped, for an explanation to place the merge on the page.</summary>
    public Block? Dropped { get; init; }
}
