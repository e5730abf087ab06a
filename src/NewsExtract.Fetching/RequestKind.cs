namespace NewsExtract.Fetching;

/// <summary>What a request fetches, which decides its <c>Accept</c> header, its body limit and whether it waits for the rate limit.</summary>
internal enum RequestKind
{
    /// <summary>A page the caller asked for, or a redirect on the way to it.</summary>
    Page,

    /// <summary>A host's robots.txt, or a redirect on the way to it.</summary>
    Robots,

    /// <summary>A resource a crawl reads (a sitemap, a feed) of any media type, or a redirect on the way to it.</summary>
    Resource,
}
