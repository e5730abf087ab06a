namespace NewsExtract.Fetching;

/// <summary>A resource fetched by <see cref="ArticleClient.FetchResourceAsync"/>: its bytes as sent (a content encoding undone), its media type, where it was finally found.</summary>
public sealed record FetchedResource
{
    /// <summary>The address asked for.</summary>
    public required Uri RequestedUrl { get; init; }

    /// <summary>The address the resource was found at, after redirects.</summary>
    public required Uri Url { get; init; }

    /// <summary>The media type, lower case, such as <c>application/xml</c>; empty when the server sent none.</summary>
    public required string MediaType { get; init; }

    /// <summary>The charset the server declared, if any.</summary>
    public string? Charset { get; init; }

    /// <summary>The body, within <see cref="LimitOptions.MaxResponseBytes"/>.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    internal static async Task<FetchedResource> FromAsync(HttpResponseMessage response, Uri requested, Uri url, CancellationToken cancellationToken) => new()
    {
        RequestedUrl = requested,

        // A caller's handler may have followed redirects itself; its request then says where it ended.
        Url = response.RequestMessage?.RequestUri ?? url,
        MediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? string.Empty,
        Charset = response.Content.Headers.ContentType?.CharSet,
        Content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false),
    };
}
