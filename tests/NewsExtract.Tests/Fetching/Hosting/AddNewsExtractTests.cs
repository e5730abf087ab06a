using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsExtract.Fetching;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NewsExtract.Tests.Fetching.Hosting;

/// <summary><c>services.AddNewsExtract(…)</c> in a host: options from configuration, validated at start, the client on IHttpClientFactory with the host's logging and metrics.</summary>
public sealed class AddNewsExtractTests : FetchTestBase
{
    private static IHost Build(Dictionary<string, string?> settings, Action<NewsExtractOptions>? configure = null, Action<IServiceCollection>? more = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddNewsExtract(configure);
        more?.Invoke(builder.Services);
        return builder.Build();
    }

    [Fact]
    public async Task AddNewsExtract_ReadsTheSection_ThenTheDelegate_AndResolvesExtractorAndClient()
    {
        using var host = Build(
            new()
            {
                ["NewsExtract:Extraction:Focus"] = "precision",
                ["NewsExtract:Fetch:UserAgent"] = "ConfigBot/1.0",
                ["NewsExtract:Fetch:Retry:MaxRetries"] = "5",
                ["NewsExtract:Fetch:Timeouts:Total"] = "00:02:00",
                ["NewsExtract:Fetch:Limits:MaxDecompressedBytes"] = "2000000",
            },
            options => options.Fetch = options.Fetch with { UserAgent = "DelegateBot/2.0" });
        await host.StartAsync();

        var client = host.Services.GetRequiredService<ArticleClient>();
        var extractor = host.Services.GetRequiredService<ArticleExtractor>();

        Assert.Equal("DelegateBot/2.0", client.Options.UserAgent);
        Assert.Equal(5, client.Options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMinutes(2), client.Options.Timeouts.Total);
        Assert.Equal(2_000_000, client.Options.Limits.MaxDecompressedBytes);
        Assert.Equal(ExtractionFocus.Precision, extractor.Options.Focus);
        Assert.Same(extractor, host.Services.GetRequiredService<ArticleExtractor>());
        Assert.Same(client, host.Services.GetRequiredService<ArticleClient>());
        Assert.Equal(3, RetryOptions.Default.MaxRetries);
        Assert.Equal("NewsExtract/0.1", FetchOptions.Default.UserAgent);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddNewsExtract_ClientFetchesThroughTheNamedHttpClient_WithTheHostsLogging()
    {
        Server.Map("/story", Respond.Html(ArticleHtml()));
        var throughFactory = 0;
        using var host = Build(
            new() { ["NewsExtract:Fetch:RateLimit:MinIntervalPerHost"] = "00:00:00" },
            more: services =>
            {
                services.AddFakeLogging(o => o.FilteredLevels.Clear());
                services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug));
                services.AddSingleton<TimeProvider>(Clock);
                services.AddHttpClient(NewsExtractOptions.HttpClientName).AddHttpMessageHandler(() => new CountingHandler(() => Interlocked.Increment(ref throughFactory)));
            });
        await host.StartAsync();

        var article = await Within(host.Services.GetRequiredService<ArticleClient>().GetArticleAsync(Server.Url("/story")));

        Assert.Equal("Harbour Ferry Returns After Storm Repairs", article.Title);
        Assert.Equal(2, throughFactory);
        Assert.Same(Clock, host.Services.GetRequiredService<ArticleClient>().Options.TimeProvider);
        var records = host.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Category == typeof(ArticleClient).FullName && r.Id.Name == "PageFetched");
        await host.StopAsync();
    }

    [Theory]
    [InlineData("NewsExtract:Fetch:Retry:MaxRetries", "99", "Retry.MaxRetries")]
    [InlineData("NewsExtract:Extraction:DuplicateSimilarity", "0.1", "DuplicateSimilarity")]
    [InlineData("NewsExtract:Fetch:UserAgent", "Bot@Home/1.0", "UserAgent")]
    [InlineData("NewsExtract:Fetch:Retry:MaxRetris", "5", "NewsExtract:Fetch:Retry:MaxRetris is not a setting")]
    [InlineData("NewsExtract:Fetch:Timeouts:Total", "soon", "NewsExtract:Fetch:Timeouts:Total is 'soon', not a time span")]
    [InlineData("NewsExtract:Extraction:Focus", "everything", "not one of Balanced, Precision, Recall")]
    public async Task AddNewsExtract_BadSetting_StopsTheHostAtStart(string key, string value, string named)
    {
        using var host = Build(new() { [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_EverySettingOfTheOptionRecords_HasAKey()
    {
        var settings = Settings("Extraction", typeof(ExtractionOptions)).Concat(Settings("Fetch", typeof(FetchOptions)));

        Assert.Equal(settings.Order(StringComparer.OrdinalIgnoreCase), NewsExtractConfiguration.Keys().Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OpenTelemetry_PicksUpThePagesActivitiesAndMetrics_ByTheirNames()
    {
        Server.Map("/story", Respond.Html(ArticleHtml()));
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        using var host = Build(new() { ["NewsExtract:Fetch:RateLimit:MinIntervalPerHost"] = "00:00:00" }, more: services => services.AddMetrics());
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddSource(NewsExtractTelemetry.ActivitySourceName).AddInMemoryExporter(activities).Build())
        using (var metering = Sdk.CreateMeterProviderBuilder().AddMeter(NewsExtractTelemetry.MeterName, "Polly").AddInMemoryExporter(metrics).Build())
        {
            await host.StartAsync();
            await Within(host.Services.GetRequiredService<ArticleClient>().GetArticleAsync(Server.Url("/story")));
            tracing.ForceFlush();
            metering.ForceFlush();
        }

        Assert.Contains(activities, a => a.OperationName == "newsextract.page" && Equals(a.GetTagItem("url.full"), Server.Url("/story").AbsoluteUri));
        Assert.Contains(metrics, m => m.Name == "newsextract.pages");
        Assert.Contains(metrics, m => m.Name == "newsextract.fetch.duration");
        Assert.Contains(metrics, m => m.MeterName == "Polly");
        await host.StopAsync();
    }

    /// <summary>The configurable settings of an options record: its simple properties, and its groups' by path.</summary>
    private static IEnumerable<string> Settings(string prefix, Type type)
    {
        Type[] services = [typeof(TimeProvider), typeof(ILoggerFactory), typeof(System.Diagnostics.Metrics.IMeterFactory), typeof(Polly.ResiliencePipeline<HttpResponseMessage>)];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (services.Contains(propertyType))
            {
                continue;
            }

            if (propertyType.IsPrimitive || propertyType.IsEnum || propertyType == typeof(string) || propertyType == typeof(TimeSpan))
            {
                yield return $"{prefix}:{property.Name}";
            }
            else
            {
                foreach (var nested in Settings($"{prefix}:{property.Name}", propertyType))
                {
                    yield return nested;
                }
            }
        }
    }

    private sealed class CountingHandler(Action count) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            count();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
