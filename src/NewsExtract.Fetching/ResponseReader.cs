using System.Globalization;
using System.IO.Compression;

namespace NewsExtract.Fetching;

/// <summary>
/// Reads a response body into memory within limits enforced while it streams: the bytes as sent, and again the bytes
/// once decompressed (gzip, deflate, brotli), so neither a huge body nor a small "zip bomb" is ever held whole.
/// </summary>
internal static class ResponseReader
{
    private const int ChunkBytes = 81_920;

    /// <summary>Reads the body of <paramref name="content"/>, decompressed.</summary>
    /// <param name="content">The response content, not yet read.</param>
    /// <param name="url">The address, for errors.</param>
    /// <param name="maxBytes">The most bytes as sent.</param>
    /// <param name="maxDecompressedBytes">The most bytes once decompressed.</param>
    /// <param name="truncate">Whether a body over a limit is cut there (robots.txt) rather than refused with <see cref="FetchFailureReason.TooLarge"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ArraySegment<byte>> ReadAsync(HttpContent content, Uri url, long maxBytes, long maxDecompressedBytes, bool truncate, CancellationToken cancellationToken)
    {
        if (!truncate && content.Headers.ContentLength is { } announced && announced > maxBytes)
        {
            throw new FetchException(FetchFailureReason.TooLarge, url, string.Create(CultureInfo.InvariantCulture, $"the server announced {announced:N0} bytes, more than the limit of {maxBytes:N0}"));
        }

        var codings = content.Headers.ContentEncoding
            .Select(c => c.Trim().ToLowerInvariant())
            .Where(c => c is not ("" or "identity"))
            .ToList();
        Stream body = new LimitedStream(
            await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
            maxBytes,
            truncate ? null : () => new FetchException(FetchFailureReason.TooLarge, url, string.Create(CultureInfo.InvariantCulture, $"the body is larger than the limit of {maxBytes:N0} bytes")));
        try
        {
            // Codings are listed in the order they were applied, so they come off in reverse.
            for (var i = codings.Count - 1; i >= 0; i--)
            {
                body = await OpenDecoderAsync(codings[i], body, url, cancellationToken).ConfigureAwait(false);
            }

            if (codings.Count > 0)
            {
                var names = string.Join(", ", codings);
                body = new LimitedStream(
                    body,
                    maxDecompressedBytes,
                    truncate ? null : () => new FetchException(FetchFailureReason.TooLarge, url, string.Create(CultureInfo.InvariantCulture, $"the {names} body expands to more than the limit of {maxDecompressedBytes:N0} bytes")));
            }

            var capacity = codings.Count == 0 && content.Headers.ContentLength is { } length ? (int)Math.Min(length, maxBytes) : 0;
            using var buffer = new MemoryStream(capacity);
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (InvalidDataException exception)
        {
            throw new FetchException(FetchFailureReason.InvalidResponse, url, $"the {string.Join(", ", codings)} body is corrupt: {exception.Message}", exception);
        }
        finally
        {
            await body.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The body of a response: the one its attempt already read within the limits, or, when a custom pipeline replaced the response, read now.</summary>
    /// <param name="response">The response, its body buffered by <see cref="RequestSender"/> or not yet read.</param>
    /// <param name="url">The address, for errors.</param>
    /// <param name="maxBytes">The most bytes as sent, if the body must be read now.</param>
    /// <param name="maxDecompressedBytes">The most bytes once decompressed, if the body must be read now.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ArraySegment<byte>> BodyOfAsync(HttpResponseMessage response, Uri url, long maxBytes, long maxDecompressedBytes, CancellationToken cancellationToken) =>
        response.Content is BufferedContent buffered
            ? buffered.Body
            : await ReadAsync(response.Content, url, maxBytes, maxDecompressedBytes, truncate: false, cancellationToken).ConfigureAwait(false);

    private static async Task<Stream> OpenDecoderAsync(string coding, Stream source, Uri url, CancellationToken cancellationToken)
    {
        switch (coding)
        {
            case "gzip" or "x-gzip":
                return new GZipStream(source, CompressionMode.Decompress);
            case "br":
                return new BrotliStream(source, CompressionMode.Decompress);
            case "deflate":
                // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate: the zlib header tells them apart.
                var head = new byte[2];
                var count = await source.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                var isZlib = count == 2 && (head[0] & 0x0F) == 8 && ((head[0] << 8) | head[1]) % 31 == 0;
                var replay = new ReplayStream(head.AsMemory(0, count), source);
                return isZlib ? new ZLibStream(replay, CompressionMode.Decompress) : new DeflateStream(replay, CompressionMode.Decompress);
            default:
                throw new FetchException(FetchFailureReason.InvalidResponse, url, $"the body uses the unsupported content encoding '{coding}'");
        }
    }
}
