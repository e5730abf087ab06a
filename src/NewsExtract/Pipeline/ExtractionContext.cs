using AngleSharp.Html.Dom;
using NewsExtract.Parsing;

namespace NewsExtract.Pipeline;

/// <summary>The state of one extraction as it passes through the stages. Never shared between extractions.</summary>
internal sealed class ExtractionContext
{
    public ExtractionContext(ExtractionOptions options, Uri? url, CancellationToken cancellationToken)
    {
        Options = options;
        Url = url;
        CancellationToken = cancellationToken;
    }

    public ExtractionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public Uri? Url { get; set; }

    /// <summary>The parsed page on the HTML path, until <see cref="ReleaseDocument"/>; <see langword="null"/> for plain text.</summary>
    public IHtmlDocument? Document
    {
        get;
        set
        {
            field = value;
            IsPlainText &= value is null;
        }
    }

    /// <summary>The elements metadata is read from, collected during the front end's walk; <see langword="null"/> when the metadata stage is to find them itself.</summary>
    public Metadata.MetadataElements? MetadataElements { get; set; }

    /// <summary>Whether the page came as plain text rather than HTML; stays false once the document is released.</summary>
    public bool IsPlainText { get; private set; } = true;

    /// <summary>
    /// Drops the parsed page and the elements read from it once no later stage needs them: a collection during the
    /// later stages then finds the tree dead instead of moving it to an older generation.
    /// </summary>
    public void ReleaseDocument()
    {
        Document = null;
        MetadataElements = null;
    }

    public List<Block> Blocks { get; } = [];

    public List<Container> Containers { get; } = [];

    public MetadataBuilder Metadata { get; } = new();

    public List<Dedup.Merge> Merges { get; } = [];

    public List<PageWarning> Warnings { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public IEnumerable<Block> KeptBlocks => Blocks.Where(b => b.Kept);

    public void Warn(PageWarning warning)
    {
        if (!Warnings.Contains(warning))
        {
            Warnings.Add(warning);
        }
    }
}

/// <summary>Metadata as the stages find it, before it is frozen into the <see cref="Article"/>.</summary>
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
