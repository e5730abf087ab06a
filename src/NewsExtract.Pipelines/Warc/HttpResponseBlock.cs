using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsExtract.Pipelines.Warc;

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
