using NewsExtract.Fetching;

namespace NewsExtract.Pipelines;

/// <summary>Why an input of a pipeline gave no article.</summary>
public enum PipelineFailureKind
{
    /// <summary>The input cannot be read: no content and no http(s) address.</summary>
    InvalidInput,

    /// <summary>The page could not be fetched; see <see cref="PipelineFailure.FetchReason"/>.</summary>
    Fetch,

    /// <summary>The page was read but the extractor refused it (too large, too deeply nested, unreadable).</summary>
    Extraction,

    /// <summary>Anything else that went wrong with this input alone.</summary>
    Other,
}

/// <summary>What went wrong with one input.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Message">One readable sentence.</param>
/// <param name="FetchReason">For <see cref="PipelineFailureKind.Fetch"/>, the fetch client's reason.</param>
public sealed record PipelineFailure(PipelineFailureKind Kind, string Message, FetchFailureReason? FetchReason = null)
{
    /// <summary>A short name of the reason, for summaries: the fetch reason when there is one, otherwise the kind.</summary>
    public string Reason => FetchReason?.ToString() ?? Kind.ToString();
}

/// <summary>The outcome of one input: its article, or why there is none. Every input of a pipeline gives one.</summary>
/// <param name="Input">The input, as the source gave it.</param>
/// <param name="Article">The article; <see langword="null"/> when the input failed.</param>
/// <param name="Failure">Why the input failed; <see langword="null"/> when it gave an article.</param>
public sealed record PipelineResult(PageInput Input, Article? Article, PipelineFailure? Failure)
{
    /// <summary>Whether the input gave an article.</summary>
    public bool Succeeded => Article is not null;
}

/// <summary>How far a pipeline has come.</summary>
/// <param name="Completed">Inputs done, articles and failures together.</param>
/// <param name="Failed">Inputs that failed.</param>
public readonly record struct PipelineProgress(int Completed, int Failed);
