namespace NewsExtract;

/// <summary>
/// An extraction ran past <see cref="ExtractionOptions.MaxExtractionTime"/> and was stopped: the page is one no
/// ordinary page resembles (the bounds on size, depth and elements keep every page of the hostile set well inside the
/// default budget). The caller's own cancellation still throws <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class ExtractionTimeoutException : NewsExtractException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="budget">The budget the extraction ran past.</param>
    /// <param name="innerException">The cancellation that stopped the extraction, if any.</param>
    public ExtractionTimeoutException(TimeSpan budget, Exception? innerException = null)
        : base($"The extraction ran past its time budget of {budget.TotalMilliseconds:0} ms.", innerException!)
    {
        Budget = budget;
    }

    /// <summary>The budget the extraction ran past: the extractor's <see cref="ExtractionOptions.MaxExtractionTime"/>.</summary>
    public TimeSpan Budget { get; }
}
