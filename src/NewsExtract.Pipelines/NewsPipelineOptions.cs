namespace NewsExtract.Pipelines;

/// <summary>Settings of a <see cref="NewsPipeline"/>. Immutable; validated once, when the pipeline is made.</summary>
public sealed record NewsPipelineOptions
{
    /// <summary>Inputs fetched and extracted at once. Default: the number of processors; range 1 to 1,024.</summary>
    public int MaxConcurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether results come in the order of the inputs (<see langword="true"/>) or as they complete. In order, a slow
    /// input holds back the results behind it, up to four times <see cref="MaxConcurrency"/> of them; memory stays bounded
    /// either way. Default: <see langword="true"/>.
    /// </summary>
    public bool PreserveOrder { get; init; } = true;

    /// <summary>
    /// Whether an article without a publication date takes the one its source gave (a feed item's, a news
    /// sitemap's). Default: <see langword="true"/>.
    /// </summary>
    public bool UseSourceDates { get; init; } = true;

    internal NewsPipelineOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1, nameof(MaxConcurrency));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxConcurrency, 1024, nameof(MaxConcurrency));
        return this;
    }
}
