using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsExtract.Cli;

/// <summary>An HTML response stored in a WARC file.</summary>
internal sealed record WarcRecord(string RecordId, Uri? TargetUri, byte[] Body, string? Charset);

/// <summary>
/// Reads the HTML response records of a WARC/1.0 or 1.1 file, plain or gzip-compressed record by record as Common
/// Crawl publishes it, streaming: one record in memory at a time.
/// </summary>
internal static class WarcReader
{
    private const int MaxHeaderLine = 64 * 1024;
    private const long MaxRecordBytes = 64L * 1024 * 1024;

    public static IEnumerable<WarcRecord> ReadHtmlResponses(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16)
            : new BufferedStream(file, 1 << 16);
        foreach (var record in Read(stream))
        {
            yield return record;
        }
    }

    internal static IEnumerable<WarcRecord> Read(Stream stream)
    {
        while (true)
        {
            string? line;
            do
            {
                line = ReadLine(stream);
            }
            while (line is not null && line.Length == 0);

            if (line is null)
            {
                yield break;
            }

            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"not a WARC record header: '{Shorten(line)}'");
            }

            var headers = ReadHeaders(stream);
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 0)
            {
                throw new InvalidDataException("a WARC record without a valid Content-Length");
            }

            var type = headers.GetValueOrDefault("warc-type");
            var contentType = headers.GetValueOrDefault("content-type") ?? string.Empty;
            if (type != "response" || length > MaxRecordBytes || !contentType.Contains("application/http", StringComparison.OrdinalIgnoreCase))
            {
                Skip(stream, length);
                continue;
            }

            var block = new byte[length];
            stream.ReadExactly(block);
            var response = HttpResponseBlock.Parse(block);
            if (response is null || !response.IsHtml)
            {
                continue;
            }

            var id = headers.GetValueOrDefault("warc-record-id") ?? string.Empty;
            Uri.TryCreate(headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>'), UriKind.Absolute, out var target);
            yield return new WarcRecord(id, target, response.Body, response.Charset);
        }
    }

    private static Dictionary<string, string> ReadHeaders(Stream stream)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? line;
        while ((line = ReadLine(stream)) is { Length: > 0 })
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    internal static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
            }

            if (b == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.UTF8.GetString(bytes.ToArray());
            }

            if (bytes.Count >= MaxHeaderLine)
            {
                throw new InvalidDataException("a WARC header line longer than 64 KB");
            }

            bytes.Add((byte)b);
        }
    }

    private static void Skip(Stream stream, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new InvalidDataException("the WARC file ends inside a record");
            }

            length -= read;
        }
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}

/// <summary>An HTTP response as WARC stores it: status line, headers, body (de-chunked and decompressed here).</summary>
internal sealed record HttpResponseBlock(int Status, string? ContentType, string? Charset, byte[] Body)
{
    private const long MaxDecompressedBytes = 64L * 1024 * 1024;

    public bool IsHtml => ContentType is null || ContentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    public static HttpResponseBlock? Parse(byte[] block)
    {
        var separator = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var separatorLength = 4;
        if (separator < 0)
        {
            separator = block.AsSpan().IndexOf("\n\n"u8);
            separatorLength = 2;
        }

        if (separator < 0)
        {
            return null;
        }

        var head = Encoding.Latin1.GetString(block, 0, separator).Split('\n');
        var statusParts = head[0].Trim().Split(' ', 3);
        if (statusParts.Length < 2 || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = block[(separator + separatorLength)..];
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        if (headers.TryGetValue("Content-Encoding", out var encoding))
        {
            body = Decompress(body, encoding.Trim().ToLowerInvariant());
        }

        var contentType = headers.GetValueOrDefault("Content-Type");
        string? charset = null;
        if (contentType is not null)
        {
            var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                charset = contentType[(index + 8)..].Split(';')[0].Trim().Trim('"');
            }
        }

        return new HttpResponseBlock(status, contentType, charset, body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size <= 0)
            {
                break;
            }

            position += lineEnd + 1;
            size = Math.Min(size, body.Length - position);
            output.Write(body, position, size);
            position += size + 2;
        }

        return output.Length > 0 ? output.ToArray() : body;
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body;
        }

        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            try
            {
                while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (output.Length + read > MaxDecompressedBytes)
                    {
                        throw new InvalidDataException("a WARC response body decompresses to more than 64 MB");
                    }

                    output.Write(buffer, 0, read);
                }
            }
            catch (InvalidDataException) when (output.Length == 0)
            {
                // Many archives store the body already decoded while keeping the header: use it as it is.
                return body;
            }

            return output.ToArray();
        }
    }
}
