using NewsExtract.Fetching;

namespace NewsExtract.Pipelines;

/// <summary>What a crawl fetches besides article pages: robots.txt, sitemaps, feeds (any media type, as bytes), and home pages.</summary>
internal interface ICrawlFetcher
{
    Task<FetchedPage> FetchPageAsync(Uri url, CancellationToken cancellationToken);

    Task<FetchedResource> FetchResourceAsync(Uri url, CancellationToken cancellationToken);
}

/// <summary>The crawl's requests through the one client, so its robots.txt rules and per-host delay hold for them all.</summary>
internal sealed class ClientFetcher(ArticleClient client) : ICrawlFetcher
{
    public Task<FetchedPage> FetchPageAsync(Uri url, CancellationToken cancellationToken) => client.FetchAsync(url, cancellationToken);

    public Task<FetchedResource> FetchResourceAsync(Uri url, CancellationToken cancellationToken) => client.FetchResourceAsync(url, cancellationToken);
}
