using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsExtract.Pipelines.Warc;

/// <summary>
/// Reads the HTML responses of a WARC/1.0 or 1.1 archive, plain or gzip-compressed record by record as Common
/// Crawl's CC-NEWS publishes it, streaming: one record in memory at a time, whatever the archive's length. Each
/// response's stored HTTP headers are honoured: chunked transfer encoding is undone, gzip, deflate and Brotli content
/// encodings are decompressed, and the declared charset travels with the page.
/// </summary>
public static class WarcReader
{
    /// <summary>Records longer than this are passed over (a page is never this long; a video might be).</summary>
    public const long MaxRecordBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Every HTML response record of the archive, as a page input: <see cref="PageInput.Id"/> is the record's
    /// <c>WARC-Record-ID</c>, <see cref="PageInput.Url"/> its <c>WARC-Target-URI</c>, <see cref="PageInput.Published"/>
    /// its <c>WARC-Date</c> is not: the date of the capture says nothing of the article's.
    /// </summary>
    /// <param name="stream">The archive's bytes; not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidDataException">The archive is malformed (records before the fault have been returned).</exception>
    public static async IAsyncEnumerable<PageInput> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var content = await SourceStreams.OpenAsync(stream, cancellationToken).ConfigureAwait(false);
        var reader = new ByteReader(content);
        while (true)
        {
            string? line;
            do
            {
                line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            while (line is { Length: 0 });

            if (line is null)
            {
                yield break;
            }

            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Not a WARC record header: '{(line.Length <= 60 ? line : line[..60] + "…")}'.");
            }

            var headers = await ReadHeadersAsync(reader, cancellationToken).ConfigureAwait(false);
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 0)
            {
                throw new InvalidDataException("A WARC record without a valid Content-Length.");
            }

            var type = headers.GetValueOrDefault("warc-type");
            var contentType = headers.GetValueOrDefault("content-type") ?? string.Empty;
            if (type != "response" || length > MaxRecordBytes || !contentType.Contains("application/http", StringComparison.OrdinalIgnoreCase))
            {
                await reader.SkipAsync(length, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var block = new byte[length];
            await reader.ReadExactlyAsync(block, cancellationToken).ConfigureAwait(false);
            if (HttpResponseBlock.Parse(block) is not { IsHtml: true } response)
            {
                continue;
            }

            var id = headers.GetValueOrDefault("warc-record-id") ?? string.Empty;
            Uri.TryCreate(headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>'), UriKind.Absolute, out var target);
            yield return new PageInput { Id = id, Url = target, Content = response.Body, Kind = PageContentKind.Html, Charset = response.Charset };
        }
    }

    private static async Task<Dictionary<string, string>> ReadHeadersAsync(ByteReader reader, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }
}
