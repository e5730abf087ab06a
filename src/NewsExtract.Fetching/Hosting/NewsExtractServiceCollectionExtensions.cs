using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsExtract;
using NewsExtract.Fetching;
using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsExtract in an application's services: the extractor, and the fetching client on <see cref="IHttpClientFactory"/>.</summary>
public static class NewsExtractServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ArticleExtractor"/> and a singleton <see cref="ArticleClient"/> that takes
    /// the named <see cref="HttpClient"/> <see cref="NewsExtractOptions.HttpClientName"/> from
    /// <see cref="IHttpClientFactory"/> (built on <see cref="ArticleClient.CreateHandler"/>), and logs, meters and
    /// times with the application's <see cref="ILoggerFactory"/>, <see cref="IMeterFactory"/> and
    /// <see cref="TimeProvider"/>. The options are read from the section <c>NewsExtract</c> of the application's
    /// <see cref="IConfiguration"/>, when there is one, then changed by <paramref name="configure"/>, and validated
    /// when the host starts: a bad value stops the start with an <see cref="OptionsValidationException"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options after the configuration was read; optional.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddNewsExtract(this IServiceCollection services, Action<NewsExtractOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NewsExtractOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            if (provider.GetService<IConfiguration>() is { } configuration)
            {
                NewsExtractConfiguration.Apply(configuration.GetSection(NewsExtractOptions.SectionName), options);
            }
        });
        return AddCore(services, configure);
    }

    /// <summary>
    /// Registers NewsExtract as <see cref="AddNewsExtract(IServiceCollection, Action{NewsExtractOptions}?)"/> does,
    /// with the options read from <paramref name="configuration"/> (a section laid out as <c>NewsExtract</c> is).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section to read the options from.</param>
    /// <param name="configure">Changes the options after the configuration was read; optional.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddNewsExtract(this IServiceCollection services, IConfiguration configuration, Action<NewsExtractOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NewsExtractOptions>().Configure(options => NewsExtractConfiguration.Apply(configuration, options));
        return AddCore(services, configure);
    }

    private static IServiceCollection AddCore(IServiceCollection services, Action<NewsExtractOptions>? configure)
    {
        var options = services.AddOptions<NewsExtractOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsExtractOptions>, NewsExtractOptionsValidator>());

        // The client follows redirects and decompresses within its limits itself, and its own timeouts govern.
        services.AddHttpClient(NewsExtractOptions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => ArticleClient.CreateHandler(provider.GetRequiredService<IOptions<NewsExtractOptions>>().Value.Fetch))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        services.TryAddSingleton(provider =>
        {
            var extraction = provider.GetRequiredService<IOptions<NewsExtractOptions>>().Value.Extraction;
            var clock = provider.GetService<TimeProvider>() ?? TimeProvider.System;
            return extraction == ExtractionOptions.Default && clock == TimeProvider.System
                ? ArticleExtractor.Default
                : new ArticleExtractorBuilder().WithOptions(extraction).WithTimeProvider(clock).Build();
        });
        services.TryAddSingleton(provider => new ArticleClient(
            provider.GetRequiredService<IHttpClientFactory>(),
            NewsExtractOptions.HttpClientName,
            WithServices(provider, provider.GetRequiredService<IOptions<NewsExtractOptions>>().Value.Fetch),
            provider.GetRequiredService<ArticleExtractor>()));
        return services;
    }

    /// <summary>The application's logger factory, meter factory and clock, where the options keep the defaults.</summary>
    private static FetchOptions WithServices(IServiceProvider provider, FetchOptions fetch) => fetch with
    {
        LoggerFactory = ReferenceEquals(fetch.LoggerFactory, NullLoggerFactory.Instance) ? provider.GetService<ILoggerFactory>() ?? fetch.LoggerFactory : fetch.LoggerFactory,
        MeterFactory = fetch.MeterFactory ?? provider.GetService<IMeterFactory>(),
        TimeProvider = ReferenceEquals(fetch.TimeProvider, TimeProvider.System) ? provider.GetService<TimeProvider>() ?? fetch.TimeProvider : fetch.TimeProvider,
    };
}
