using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsExtract.Orleans;

/// <summary>Adds the crawl's grains to a silo.</summary>
public static class NewsExtractSiloBuilderExtensions
{
    /// <summary>
    /// Adds the crawl's grains and their settings to the silo: the host grains (politeness, queue, crawl delay), the
    /// stateless fetch-and-extract workers, the seen-address set and the near-duplicate index. Every silo of the
    /// cluster needs the same call, and a grain storage named <see cref="ClusterCrawlOptions.StorageName"/> that
    /// outlives any one silo (Redis: <c>AddRedisGrainStorage</c>).
    /// </summary>
    /// <param name="builder">The silo.</param>
    /// <param name="sink">Makes the sink this silo's workers write their article pages to (<see cref="JsonLinesCrawlSink"/>: a file per silo).</param>
    /// <param name="options">The settings; the defaults when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public static ISiloBuilder AddNewsExtractCrawler(this ISiloBuilder builder, Func<IServiceProvider, ICrawlSink> sink, ClusterCrawlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sink);
        var validated = (options ?? new ClusterCrawlOptions()).Validated();
        builder.Services.AddSingleton(services => new CrawlSettings(
            validated,
            services.GetRequiredService<IGrainFactory>(),
            sink(services),
            services.GetService<TimeProvider>(),
            services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None));
        builder.Services.AddSingleton<CrawlTaskRunner>();
        return builder;
    }
}
