namespace NewsExtract.Fetching;

/// <summary>
/// The settings of the services <c>AddNewsExtract</c> registers: the extractor's and the fetching client's options,
/// bound from the configuration section <see cref="SectionName"/> (keys as the properties are named:
/// <c>NewsExtract:Fetch:Retry:MaxRetries</c>, <c>NewsExtract:Extraction:Focus</c>) and then changed by the
/// application's delegate; validated once, when the host starts.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddNewsExtract(options =>
/// {
///     options.Fetch = options.Fetch with { UserAgent = "MyNewsBot/1.0 (+https://example.org/bot)" };
///     options.Extraction = options.Extraction with { Focus = ExtractionFocus.Precision };
/// });
/// </code>
/// </example>
public sealed class NewsExtractOptions
{
    /// <summary>The configuration section read: <c>NewsExtract</c>.</summary>
    public const string SectionName = "NewsExtract";

    /// <summary>The name of the <see cref="HttpClient"/> the client takes from <see cref="IHttpClientFactory"/>: <c>NewsExtract</c>.</summary>
    public const string HttpClientName = "NewsExtract";

    /// <summary>The extractor's options. Default: <see cref="ExtractionOptions.Default"/>.</summary>
    public ExtractionOptions Extraction { get; set; } = ExtractionOptions.Default;

    /// <summary>
    /// The fetching client's options. Default: <see cref="FetchOptions.Default"/>. Where they keep the defaults for
    /// <see cref="FetchOptions.LoggerFactory"/>, <see cref="FetchOptions.MeterFactory"/> and
    /// <see cref="FetchOptions.TimeProvider"/>, the application's services of those types take their place.
    /// </summary>
    public FetchOptions Fetch { get; set; } = FetchOptions.Default;
}
