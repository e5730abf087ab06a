using System.Runtime.CompilerServices;
using System.Xml;
using NewsExtract.Fetching;

namespace NewsExtract.Pipelines;

/// <summary>Inputs listed by a resource on the web: an RSS or Atom feed, a sitemap or a sitemap index.</summary>
public static class RemoteSources
{
    /// <summary>
    /// The addresses a feed or a sitemap lists, as inputs to fetch (with the dates and titles a feed or news sitemap
    /// gives), each once in the normalised spelling of <see cref="ArticleUrl.Normalize"/>. Which one it is comes from
    /// the document itself; a sitemap index is followed into its sitemaps, at most <paramref name="maxSitemaps"/> of
    /// them. Everything is fetched through <paramref name="client"/>, so its robots.txt rules and per-host delay hold.
    /// </summary>
    /// <param name="client">The client that fetches the feed or sitemaps.</param>
    /// <param name="url">The feed's or sitemap's address.</param>
    /// <param name="maxSitemaps">The most sitemap files read, the index included; at least 1.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="FetchException">The feed or first sitemap could not be fetched (a child sitemap that fails is passed over).</exception>
    /// <exception cref="XmlException">The document is neither a feed nor a sitemap.</exception>
    public static async IAsyncEnumerable<PageInput> ListedByAsync(ArticleClient client, Uri url, int maxSitemaps = 1_000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSitemaps, 1);
        var first = await client.FetchResourceAsync(url, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (await IsFeedAsync(first, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in await Feeds.ReadAsync(new MemoryStream(first.Content.ToArray(), writable: false), first.Url, cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add(ArticleUrl.Normalize(item.Link).AbsoluteUri))
                {
                    yield return PageInput.ForUrl(ArticleUrl.Normalize(item.Link), item.Published, item.Title);
                }
            }

            yield break;
        }

        var waiting = new Queue<FetchedResource?>([first]);
        var pending = new Queue<Uri>();
        var read = 0;
        while ((waiting.Count > 0 || pending.Count > 0) && read < maxSitemaps)
        {
            var sitemap = waiting.Count > 0 ? waiting.Dequeue() : await TryFetchAsync(client, pending.Dequeue(), cancellationToken).ConfigureAwait(false);
            if (sitemap is null)
            {
                continue;
            }

            read++;
            await foreach (var entry in Sitemaps.ReadAsync(new MemoryStream(sitemap.Content.ToArray(), writable: false), sitemap.Url, cancellationToken).ConfigureAwait(false))
            {
                if (entry.IsSitemap)
                {
                    pending.Enqueue(entry.Location);
                }
                else if (seen.Add(ArticleUrl.Normalize(entry.Location).AbsoluteUri))
                {
                    yield return PageInput.ForUrl(ArticleUrl.Normalize(entry.Location), entry.Published, entry.Title);
                }
            }
        }
    }

    /// <summary>Whether the document's root is an RSS or Atom feed's (rather than a sitemap's).</summary>
    private static async Task<bool> IsFeedAsync(FetchedResource resource, CancellationToken cancellationToken)
    {
        await using var content = await SourceStreams.OpenAsync(new MemoryStream(resource.Content.ToArray(), writable: false), cancellationToken).ConfigureAwait(false);
        using var reader = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, Async = true });
        await reader.MoveToContentAsync().ConfigureAwait(false);
        return reader.LocalName is "rss" or "feed" or "RDF";
    }

    private static async Task<FetchedResource?> TryFetchAsync(ArticleClient client, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await client.FetchResourceAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchException)
        {
            return null;
        }
    }
}
