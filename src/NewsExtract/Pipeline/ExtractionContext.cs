namespace NewsExtract.Pipeline;

/// <summary>
/// The state of one extraction as it passes through the stages. Never shared between extractions.
/// </summary>
/// <remarks>
/// Two kinds of state. The article being built (blocks, containers, merges, quotes, warnings) is edited by the stages
/// in turn. What one stage hands to a later one besides (the parsed page, the metadata found) is a typed result: its
/// producer <see cref="Set{T}"/>s it, its consumer <see cref="Require{T}"/>s it, and a consumer placed before its
/// producer fails loudly instead of reading nothing. Settings are not here: each stage got its own when it was built.
/// </remarks>
internal sealed class ExtractionContext(string input, Uri? url, CancellationToken cancellationToken)
{
    /// <summary>The results handed between stages: a handful per page, looked through by type.</summary>
    private readonly List<object> results = [];

    /// <summary>The page as given to the extractor (truncated to its limit): the markup or the plain text the front end reads.</summary>
    public string Input { get; } = input;

    /// <summary>The address the page was requested from, if known.</summary>
    public Uri? Url { get; } = url;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The stage running now, named by <see cref="Require{T}"/> when its prerequisite is missing.</summary>
    public IExtractionStage? CurrentStage { get; set; }

    public List<Block> Blocks { get; } = [];

    public List<Container> Containers { get; } = [];

    public List<Merge> Merges { get; } = [];

    public List<PageWarning> Warnings { get; } = [];

    public List<Quote> Quotes { get; } = [];

    /// <summary>The links inside blocks, in block order; the HTML front end makes them.</summary>
    public List<BlockLink> Links { get; } = [];

    /// <summary>
    /// The nearest container of each form control (input, button, select, textarea) the HTML front end skipped, once
    /// per control: the walk leaves controls out of the text, so their boxes would otherwise read as prose.
    /// </summary>
    public List<int> FormControlContainers { get; } = [];

    /// <summary>The nearest container of each image the HTML front end passed, once per image.</summary>
    public List<int> ImageContainers { get; } = [];

    /// <summary>Which path produced the body; the body fallback changes it when an alternative wins.</summary>
    public BodySource BodySource { get; set; } = BodySource.Region;

    public IEnumerable<Block> KeptBlocks => Blocks.Where(b => b.Kept);

    public void Warn(PageWarning warning)
    {
        if (!Warnings.Contains(warning))
        {
            Warnings.Add(warning);
        }
    }

    /// <summary>Hands a result to the later stages, in place of an earlier one of the same type.</summary>
    /// <returns>The result.</returns>
    public T Set<T>(T result)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        results.RemoveAll(r => r is T);
        results.Add(result);
        return result;
    }

    /// <summary>The result of type <typeparamref name="T"/> an earlier stage produced, or <see langword="null"/>.</summary>
    public T? Find<T>()
        where T : class
    {
        foreach (var result in results)
        {
            if (result is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The result of type <typeparamref name="T"/> an earlier stage produced.</summary>
    /// <exception cref="MissingStageResultException">No earlier stage produced one: the pipeline's stages are out of order.</exception>
    public T Require<T>()
        where T : class =>
        Find<T>() ?? throw new MissingStageResultException(CurrentStage, typeof(T));

    /// <summary>
    /// Drops every result that holds nodes of the parsed page (<see cref="IPageTreeResult"/>) once no later stage
    /// needs them: a collection during the later stages then finds the tree dead instead of moving it to an older
    /// generation.
    /// </summary>
    public void ReleasePageTree() => results.RemoveAll(r => r is IPageTreeResult);
}

/// <summary>A result that holds nodes of the parsed page, dropped by <see cref="DocumentRelease"/>.</summary>
internal interface IPageTreeResult;

/// <summary>A stage asked for a result that no stage before it produced: the pipeline is built out of order.</summary>
internal sealed class MissingStageResultException(IExtractionStage? stage, Type result)
    : InvalidOperationException($"{stage?.GetType().Name ?? "A stage"} needs the {result.Name} of an earlier stage, and none produced it: the pipeline's stages are out of order, or DocumentRelease came too early.")
{
    /// <summary>The type of the missing result.</summary>
    public Type Result { get; } = result;
}
