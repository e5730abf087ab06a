using NewsExtract.Fetching;
using NewsExtract.Pipelines;

namespace NewsExtract.Orleans;

/// <summary>
/// What a silo's crawl grains share: the validated options, the clock, and (made on first use, since they call
/// grains) the fetch client whose politeness is the host grains', the extractor, the pipeline and the index.
/// </summary>
internal sealed class CrawlSettings : IDisposable
{
    private readonly Lazy<ArticleClient> client;

    public CrawlSettings(ClusterCrawlOptions options, IGrainFactory grains, ICrawlSink sink, TimeProvider? clock = null, CancellationToken stopping = default)
    {
        Stopping = stopping;
        Options = options.Validated();
        Clock = clock ?? TimeProvider.System;
        Sink = sink;
        Extractor = new ArticleExtractor(options.Extraction);
        Index = new ClusterNearDuplicateIndex(grains, options);
        var politeness = new GrainHostPoliteness(grains, Clock);
        client = new Lazy<ArticleClient>(() => new ArticleClient(options.Fetch with { RateLimit = options.Fetch.RateLimit with { Politeness = politeness } }, Extractor));
        Pipeline = new Lazy<NewsPipeline>(() => new NewsPipeline(Extractor, client.Value));
    }

    public ClusterCrawlOptions Options { get; }

    public TimeProvider Clock { get; }

    /// <summary>Cancelled when the silo starts to stop: its running tasks give up and no new one is sent.</summary>
    public CancellationToken Stopping { get; }

    public ICrawlSink Sink { get; }

    public ArticleExtractor Extractor { get; }

    public ClusterNearDuplicateIndex Index { get; }

    public ArticleClient Client => client.Value;

    public Lazy<NewsPipeline> Pipeline { get; }

    public void Dispose()
    {
        if (client.IsValueCreated)
        {
            client.Value.Dispose();
        }
    }
}
