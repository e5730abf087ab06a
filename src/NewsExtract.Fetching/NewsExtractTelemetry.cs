namespace NewsExtract.Fetching;

/// <summary>
/// The names under which an <see cref="ArticleClient"/> reports what it does, for OpenTelemetry and other listeners:
/// <c>.AddSource(NewsExtractTelemetry.ActivitySourceName)</c> and <c>.AddMeter(NewsExtractTelemetry.MeterName)</c>
/// (add the meter <c>Polly</c> too for the resilience pipeline's own metrics).
/// </summary>
/// <remarks>
/// <para>Traces: one activity <c>newsextract.page</c> per page fetched, tagged <c>url.full</c>, <c>server.address</c>,
/// <c>http.response.status_code</c>, <c>newsextract.redirects</c>, <c>newsextract.bytes</c>; for an article also
/// <c>newsextract.paragraphs</c>, <c>newsextract.quotes</c>, <c>newsextract.duplicates_merged</c> and
/// <c>newsextract.body_source</c>; a failure sets the status to error and <c>error.type</c> to the
/// <see cref="FetchFailureReason"/> (snake case, as in the metrics).</para>
/// <para>Metrics: <c>newsextract.pages</c> (pages fetched), <c>newsextract.articles</c> (articles extracted),
/// <c>newsextract.failures</c> (tagged <c>reason</c>), <c>newsextract.bytes</c> (page bodies, decompressed),
/// <c>newsextract.fetch.duration</c> and <c>newsextract.extraction.duration</c> (seconds),
/// <c>newsextract.duplicates_merged</c> (blocks merged into another in the articles extracted).</para>
/// <para>Logs (category <c>NewsExtract.Fetching.ArticleClient</c>): a retry at Information, a page robots.txt
/// disallows at Debug, a failed page at Warning, a body taken from a fallback at Information; Polly's own events
/// under its categories.</para>
/// </remarks>
public static class NewsExtractTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: <c>NewsExtract</c>.</summary>
    public const string ActivitySourceName = "NewsExtract";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>NewsExtract</c>.</summary>
    public const string MeterName = "NewsExtract";
}
