using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace NewsExtract.Fetching;

/// <summary>
/// What one <see cref="ArticleClient"/> reports: its logger, the instruments of its meter (from the options'
/// <see cref="FetchOptions.MeterFactory"/>, else a meter shared by all clients) and the activity of each page.
/// </summary>
internal sealed class FetchTelemetry
{
    private static readonly string? Version = typeof(FetchTelemetry).Assembly.GetName().Version?.ToString();

    private static readonly ActivitySource Source = new(NewsExtractTelemetry.ActivitySourceName, Version);

    private static readonly Meter SharedMeter = new(NewsExtractTelemetry.MeterName, Version);

    /// <summary>One set of instruments per meter: a meter factory hands the same meter to every client it serves.</summary>
    private static readonly ConditionalWeakTable<Meter, Instruments> InstrumentsByMeter = [];

    private readonly Instruments instruments;
    private readonly TimeProvider clock;

    public FetchTelemetry(FetchOptions options)
    {
        Logger = options.LoggerFactory.CreateLogger<ArticleClient>();
        clock = options.TimeProvider;
        var meter = options.MeterFactory?.Create(new MeterOptions(NewsExtractTelemetry.MeterName) { Version = Version }) ?? SharedMeter;
        instruments = InstrumentsByMeter.GetValue(meter, m => new Instruments(m));
    }

    public ILogger Logger { get; }

    /// <summary>Starts watching one page: its activity, if anyone listens, and its clock.</summary>
    public PageWatch Start(Uri url)
    {
        var activity = Source.StartActivity("newsextract.page");
        if (activity is not null)
        {
            activity.SetTag("url.full", url.AbsoluteUri);
            activity.SetTag("server.address", url.Host);
        }

        return new PageWatch(this, activity, url, clock.GetTimestamp());
    }

    /// <summary>The instruments of one meter.</summary>
    private sealed class Instruments(Meter meter)
    {
        public Counter<long> Pages { get; } = meter.CreateCounter<long>("newsextract.pages", "{page}", "Pages fetched.");

        public Counter<long> Articles { get; } = meter.CreateCounter<long>("newsextract.articles", "{article}", "Articles extracted from pages fetched.");

        public Counter<long> Failures { get; } = meter.CreateCounter<long>("newsextract.failures", "{page}", "Pages that could not be fetched, by reason.");

        public Counter<long> Bytes { get; } = meter.CreateCounter<long>("newsextract.bytes", "By", "Bytes of the pages fetched, decompressed.");

        public Histogram<double> FetchDuration { get; } = meter.CreateHistogram<double>("newsextract.fetch.duration", "s", "Time to fetch a page: robots.txt, redirects and retries included.");

        public Histogram<double> ExtractionDuration { get; } = meter.CreateHistogram<double>("newsextract.extraction.duration", "s", "Time to extract the article of a page fetched.");

        public Counter<long> DuplicatesMerged { get; } = meter.CreateCounter<long>("newsextract.duplicates_merged", "{block}", "Blocks merged into another as duplicates, in the articles extracted.");
    }

    /// <summary>One page under way: ends its activity when disposed.</summary>
    internal sealed class PageWatch(FetchTelemetry telemetry, Activity? activity, Uri url, long started) : IDisposable
    {
        private long extractionStarted;

        public void Fetched(FetchedPage page)
        {
            var elapsed = telemetry.clock.GetElapsedTime(started);
            var instruments = telemetry.instruments;
            instruments.Pages.Add(1);
            instruments.Bytes.Add(page.ByteCount);
            instruments.FetchDuration.Record(elapsed.TotalSeconds);
            activity?.SetTag("http.response.status_code", (int)page.StatusCode);
            activity?.SetTag("newsextract.redirects", page.RedirectCount);
            activity?.SetTag("newsextract.bytes", page.ByteCount);
            FetchLog.PageFetched(telemetry.Logger, page.Url, (int)page.StatusCode, page.ByteCount, elapsed.TotalMilliseconds);
            extractionStarted = telemetry.clock.GetTimestamp();
        }

        public void Extracted(Article article)
        {
            var instruments = telemetry.instruments;
            instruments.Articles.Add(1);
            instruments.ExtractionDuration.Record(telemetry.clock.GetElapsedTime(extractionStarted).TotalSeconds);
            instruments.DuplicatesMerged.Add(article.Diagnostics.Merged.Count);
            var bodySource = article.Diagnostics.BodySource;
            if (activity is not null)
            {
                activity.SetTag("newsextract.paragraphs", article.Paragraphs.Count);
                activity.SetTag("newsextract.quotes", article.Quotes.Count);
                activity.SetTag("newsextract.duplicates_merged", article.Diagnostics.Merged.Count);
                activity.SetTag("newsextract.body_source", bodySource.ToString());
            }

            if (bodySource != BodySource.Region)
            {
                FetchLog.BodyFromFallback(telemetry.Logger, url, bodySource);
            }
        }

        public void Failed(FetchException failure)
        {
            var reason = ReasonName(failure.Reason);
            telemetry.instruments.Failures.Add(1, new KeyValuePair<string, object?>("reason", reason));
            telemetry.instruments.FetchDuration.Record(telemetry.clock.GetElapsedTime(started).TotalSeconds);
            activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
            activity?.SetTag("error.type", reason);
            FetchLog.PageFailed(telemetry.Logger, url, failure.Reason, failure.Message);
        }

        public void Dispose() => activity?.Dispose();
    }

    /// <summary>A reason as metrics and traces name it: <c>disallowed_by_robots</c>.</summary>
    internal static string ReasonName(FetchFailureReason reason) => reason switch
    {
        FetchFailureReason.Timeout => "timeout",
        FetchFailureReason.TooLarge => "too_large",
        FetchFailureReason.NotHtml => "not_html",
        FetchFailureReason.DisallowedByRobots => "disallowed_by_robots",
        FetchFailureReason.HttpStatus => "http_status",
        FetchFailureReason.CircuitOpen => "circuit_open",
        FetchFailureReason.TooManyRedirects => "too_many_redirects",
        FetchFailureReason.BlockedAddress => "blocked_address",
        FetchFailureReason.ConnectionFailed => "connection_failed",
        FetchFailureReason.RateLimited => "rate_limited",
        FetchFailureReason.InvalidResponse => "invalid_response",
        _ => reason.ToString().ToLowerInvariant(),
    };
}
