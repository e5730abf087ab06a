using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

/// <summary>What a client tells its logger, its meter and its activity source, read back with a fake logger, a MeterListener and an ActivityListener.</summary>
public sealed class ArticleClientTelemetryTests : FetchTestBase
{
    private readonly FakeLoggerProvider logs = new();
    private readonly ILoggerFactory loggerFactory;
    private readonly ServiceProvider meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public ArticleClientTelemetryTests()
    {
        loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
    }

    private FetchOptions Observed => Options with { LoggerFactory = loggerFactory, MeterFactory = meters.GetRequiredService<IMeterFactory>() };

    public override async Task DisposeAsync()
    {
        loggerFactory.Dispose();
        await meters.DisposeAsync();
        await base.DisposeAsync();
    }

    private static string DuplicatedArticleHtml() => ArticleHtml().Replace(
        "</article>",
        "<blockquote><p>The harbour ferry returned to service on Monday after three weeks of repairs to its hull.</p></blockquote></article>",
        StringComparison.Ordinal);

    [Fact]
    public async Task Retry_IsLoggedAtInformation_ByTheClientAndByPolly_AndNoWarningWhenThePageComes()
    {
        Server.Map("/story", Respond.Sequence(Respond.Status(503, retryAfter: "2"), Respond.Html(ArticleHtml())));
        using var client = new ArticleClient(Observed);

        var article = client.GetArticleAsync(Server.Url("/story"));
        await Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(2));
        await Within(article);

        var records = logs.Collector.GetSnapshot();
        var retry = Assert.Single(records, r => r.Id.Name == "Retrying");
        Assert.Equal(LogLevel.Information, retry.Level);
        Assert.Equal(typeof(ArticleClient).FullName, retry.Category);
        Assert.Contains(Server.Url("/story").AbsoluteUri, retry.Message, StringComparison.Ordinal);
        Assert.Contains("retry 1 of 3", retry.Message, StringComparison.Ordinal);
        Assert.Contains("status 503", retry.Message, StringComparison.Ordinal);
        Assert.Contains(records, r => r.Category == "Polly" && r.Level == LogLevel.Information && r.Message.Contains("OnRetry", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task PageRobotsDisallows_IsLoggedAtDebug_AndItsFailureAsAWarning()
    {
        Server.Map("/robots.txt", Respond.Text("User-agent: *\nDisallow: /private"));
        using var client = new ArticleClient(Observed);

        await FailsWith(FetchFailureReason.DisallowedByRobots, client.FetchAsync(Server.Url("/private/story")));

        var records = logs.Collector.GetSnapshot();
        var refusal = Assert.Single(records, r => r.Id.Name == "DisallowedByRobots");
        Assert.Equal(LogLevel.Debug, refusal.Level);
        Assert.Contains("NewsExtract", refusal.Message, StringComparison.Ordinal);
        var failure = Assert.Single(records, r => r.Level == LogLevel.Warning);
        Assert.Equal("PageFailed", failure.Id.Name);
        Assert.Contains("DisallowedByRobots", failure.Message, StringComparison.Ordinal);
        Assert.Contains(failure.StructuredState!, pair => pair.Key == "Url" && pair.Value == Server.Url("/private/story").ToString());
    }

    [Fact]
    public async Task Meter_CountsPagesArticlesFailuresByReasonBytesDurationsAndMerges()
    {
        Server.Map("/robots.txt", Respond.Text("User-agent: *\nDisallow: /private"));
        Server.Map("/a", Respond.Html(ArticleHtml()));
        Server.Map("/b", Respond.Html(DuplicatedArticleHtml()));
        var meterFactory = meters.GetRequiredService<IMeterFactory>();
        using var measurements = new Measurements(meterFactory);
        using var client = new ArticleClient(Observed);

        var first = await Within(client.GetArticleAsync(Server.Url("/a")));
        var second = await Within(client.GetArticleAsync(Server.Url("/b")));
        await FailsWith(FetchFailureReason.HttpStatus, client.FetchAsync(Server.Url("/missing")));
        await FailsWith(FetchFailureReason.DisallowedByRobots, client.GetArticleAsync(Server.Url("/private/story")));

        Assert.Equal(2, measurements.Sum("newsextract.pages"));
        Assert.Equal(2, measurements.Sum("newsextract.articles"));
        Assert.Equal(Encoding.UTF8.GetByteCount(ArticleHtml()) + Encoding.UTF8.GetByteCount(DuplicatedArticleHtml()), measurements.Sum("newsextract.bytes"));
        Assert.Equal(1, measurements.Sum("newsextract.failures", ("reason", "http_status")));
        Assert.Equal(1, measurements.Sum("newsextract.failures", ("reason", "disallowed_by_robots")));
        Assert.Equal(4, measurements.Count("newsextract.fetch.duration"));
        Assert.Equal(2, measurements.Count("newsextract.extraction.duration"));
        Assert.Equal(first.Diagnostics.Merged.Count + second.Diagnostics.Merged.Count, measurements.Sum("newsextract.duplicates_merged"));
        Assert.True(second.Diagnostics.Merged.Count > 0);
    }

    [Fact]
    public async Task ActivitySource_GivesOneActivityPerPage_WithTheOutcome()
    {
        Server.Map("/a", Respond.Html(ArticleHtml()));
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == NewsExtractTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if ((activity.GetTagItem("url.full") as string)?.StartsWith(Server.BaseAddress.AbsoluteUri, StringComparison.Ordinal) == true)
                {
                    lock (stopped)
                    {
                        stopped.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var client = new ArticleClient(Observed);

        await Within(client.GetArticleAsync(Server.Url("/a")));
        await FailsWith(FetchFailureReason.HttpStatus, client.FetchAsync(Server.Url("/missing")));

        Assert.Equal(2, stopped.Count);
        Assert.All(stopped, a => Assert.Equal("newsextract.page", a.OperationName));
        var page = stopped.Single(a => a.Status != ActivityStatusCode.Error);
        Assert.Equal(200, page.GetTagItem("http.response.status_code"));
        Assert.Equal(3, page.GetTagItem("newsextract.paragraphs"));
        Assert.Equal("Region", page.GetTagItem("newsextract.body_source"));
        var failed = stopped.Single(a => a.Status == ActivityStatusCode.Error);
        Assert.Equal("http_status", failed.GetTagItem("error.type"));
    }

    /// <summary>The measurements of the instruments one meter factory made, read with a <see cref="MeterListener"/>.</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly List<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> taken = [];

        public Measurements(IMeterFactory factory)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Take(instrument, value, tags));
            listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Take(instrument, value, tags));
            listener.Start();
        }

        public double Sum(string instrument, (string Key, string Value)? tag = null)
        {
            lock (taken)
            {
                return taken.Where(m => m.Instrument == instrument && (tag is not { } t || m.Tags.Any(p => p.Key == t.Key && Equals(p.Value, t.Value)))).Sum(m => m.Value);
            }
        }

        public int Count(string instrument)
        {
            lock (taken)
            {
                return taken.Count(m => m.Instrument == instrument);
            }
        }

        public void Dispose() => listener.Dispose();

        private void Take(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = tags.ToArray();
            lock (taken)
            {
                taken.Add((instrument.Name, value, copy));
            }
        }
    }
}
