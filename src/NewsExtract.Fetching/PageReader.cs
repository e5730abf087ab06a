namespace NewsExtract.Fetching;

/// <summary>
/// Decides which responses are pages the client takes (HTML, XHTML, and plain text when allowed) and turns the final
/// response into a <see cref="FetchedPage"/>: its body decoded by the charset it declares or shows, and its headers.
/// </summary>
internal sealed class PageReader(FetchOptions options)
{
    /// <summary>Refuses a response that is not a page the client takes, before its body is read.</summary>
    public void CheckMediaType(HttpResponseMessage response, Uri url)
    {
        var mediaType = MediaTypeOf(response);
        if (mediaType is not ("text/html" or "application/xhtml+xml") && !(options.Limits.AllowPlainText && mediaType == "text/plain"))
        {
            throw new FetchException(FetchFailureReason.NotHtml, url, $"the page is {mediaType}, not HTML{(options.Limits.AllowPlainText ? " or plain text" : string.Empty)}");
        }
    }

    /// <summary>The page a successful response carries.</summary>
    /// <param name="response">The final response, a 2xx.</param>
    /// <param name="requested">The address the caller asked for.</param>
    /// <param name="url">The address this response came from, after redirects.</param>
    /// <param name="redirects">How many redirects led here.</param>
    /// <param name="cancellationToken">Cancels reading a body not yet read.</param>
    public async Task<FetchedPage> ReadAsync(HttpResponseMessage response, Uri requested, Uri url, int redirects, CancellationToken cancellationToken)
    {
        var body = await ResponseReader.BodyOfAsync(response, url, options.Limits.MaxResponseBytes, options.Limits.EffectiveMaxDecompressedBytes, cancellationToken).ConfigureAwait(false);
        var text = ArticleExtractor.Decode(body, response.Content.Headers.ContentType?.CharSet, out var encoding);

        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.NonValidated)
        {
            headers[header.Key] = [.. header.Value];
        }

        foreach (var header in response.Content.Headers.NonValidated)
        {
            headers[header.Key] = [.. header.Value];
        }

        return new FetchedPage
        {
            RequestedUrl = requested,

            // A caller's handler may have followed redirects itself; its request then says where it ended.
            Url = response.RequestMessage?.RequestUri ?? url,
            StatusCode = response.StatusCode,
            Content = text,
            MediaType = MediaTypeOf(response),
            Encoding = encoding,
            Headers = headers.AsReadOnly(),
            RedirectCount = redirects,
            ByteCount = body.Count,
        };
    }

    private static string MediaTypeOf(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "text/html";
}
