namespace NewsExtract.Pipelines;

/// <summary>Settings of a <see cref="SiteCrawler"/>. Immutable; validated once, when the crawler is made.</summary>
public sealed record CrawlOptions
{
    /// <summary>Articles published before this are not output (nor fetched, when a sitemap or feed gives the date). Default: none.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The most article pages fetched, all sites together. Default: none; at least 1 when set.</summary>
    public int? MaxPages { get; init; }

    /// <summary>The most sitemap files read for one site, indexes and their children together. Default: 200; range 1 to 100,000.</summary>
    public int MaxSitemapsPerSite { get; init; } = 200;

    /// <summary>Whether the links of a site's home page are followed (those with an article's shape). Default: <see langword="true"/>.</summary>
    public bool FollowHomePageLinks { get; init; } = true;

    /// <summary>Settings of the pipeline that fetches and extracts the articles. Default: <see cref="NewsPipelineOptions"/>'s defaults.</summary>
    public NewsPipelineOptions Pipeline { get; init; } = new();

    internal CrawlOptions Validated()
    {
        if (MaxPages is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPages), MaxPages, "MaxPages must be at least 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSitemapsPerSite, 1, nameof(MaxSitemapsPerSite));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxSitemapsPerSite, 100_000, nameof(MaxSitemapsPerSite));
        ArgumentNullException.ThrowIfNull(Pipeline, nameof(Pipeline));
        Pipeline.Validated();
        return this;
    }
}
