namespace NewsExtract.Metadata;

/// <summary>
/// Metadata as the stages find it, before it is frozen into the <see cref="Article"/>: the result the metadata
/// stage (or, for plain text, the title stage) hands to the later stages.
/// </summary>
internal sealed class MetadataBuilder
{
    public string? Title { get; set; }

    public List<string> Authors { get; } = [];

    public DateTimeOffset? Published { get; set; }

    public DateTimeOffset? Modified { get; set; }

    public string? Language { get; set; }

    public string? SiteName { get; set; }

    public string? Description { get; set; }

    public Uri? Image { get; set; }

    public Uri? Canonical { get; set; }

    /// <summary>JSON-LD <c>articleBody</c>, kept as a fallback for pages whose body is rendered by script.</summary>
    public string? StructuredBody { get; set; }

    public bool? AccessibleForFree { get; set; }
}
