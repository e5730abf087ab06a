using System.IO.Compression;
using System.Text;
using NewsExtract.Pipelines;
using NewsExtract.Pipelines.Warc;

namespace NewsExtract.Tests.Pipelines;

public sealed class WarcReaderTests
{
    private static byte[] Record(string version, string type, string id, string uri, string contentType, byte[] body, bool gzip)
    {
        var header = $"{version}\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n";
        using var buffer = new MemoryStream();
        using (Stream target = gzip ? new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true) : new NonClosing(buffer))
        {
            target.Write(Encoding.UTF8.GetBytes(header));
            target.Write(body);
            target.Write("\r\n\r\n"u8);
        }

        return buffer.ToArray();
    }

    private static byte[] Response(string head, byte[] body) => [.. Encoding.Latin1.GetBytes(head + "\r\n\r\n"), .. body];

    private static async Task<List<PageInput>> ReadAsync(byte[] archive)
    {
        var pages = new List<PageInput>();
        await foreach (var page in WarcReader.ReadAsync(new MemoryStream(archive)))
        {
            pages.Add(page);
        }

        return pages;
    }

    [Theory]
    [InlineData("WARC/1.0", true)]
    [InlineData("WARC/1.1", true)]
    [InlineData("WARC/1.1", false)]
    public async Task ReadAsync_Archive_GivesHtmlResponsesOnly(string version, bool gzip)
    {
        var html = Encoding.UTF8.GetBytes("<html><body><p>Größe</p></body></html>");
        byte[] archive =
        [
            .. Record(version, "warcinfo", "0", "", "application/warc-fields", "software: test\r\n"u8.ToArray(), gzip),
            .. Record(version, "request", "1", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\n\r\n"u8.ToArray(), gzip),
            .. Record(version, "response", "2", "https://news.example/a", "application/http; msgtype=response", Response("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8", html), gzip),
            .. Record(version, "response", "3", "https://news.example/logo.png", "application/http; msgtype=response", Response("HTTP/1.1 200 OK\r\nContent-Type: image/png", "PNG"u8.ToArray()), gzip),
        ];

        var page = Assert.Single(await ReadAsync(archive));

        Assert.Equal("<urn:uuid:2>", page.Id);
        Assert.Equal("https://news.example/a", page.Url!.AbsoluteUri);
        Assert.Equal(PageContentKind.Html, page.Kind);
        Assert.Equal("utf-8", page.Charset);
        Assert.Equal(html, page.Content.ToArray());
    }

    [Fact]
    public async Task ReadAsync_ChunkedGzippedLatin1Response_IsDechunkedDecompressedAndKeepsItsCharset()
    {
        var html = Encoding.Latin1.GetBytes("<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>");
        using var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(html);
        }

        var body = compressed.ToArray();
        var half = body.Length / 2;
        byte[] chunked =
        [
            .. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. body[..half], .. "\r\n"u8,
            .. Encoding.ASCII.GetBytes($"{body.Length - half:x};ext=1\r\n"), .. body[half..], .. "\r\n0\r\n\r\n"u8,
        ];
        var archive = Record("WARC/1.0", "response", "9", "https://news.example/b", "application/http; msgtype=response",
            Response("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", chunked), gzip: true);

        var page = Assert.Single(await ReadAsync(archive));

        Assert.Equal("ISO-8859-1", page.Charset);
        Assert.Equal(html, page.Content.ToArray());
        Assert.Contains("Café crème", ArticleExtractor.Decode(page.Content.ToArray(), page.Charset), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Truncated_ThrowsInvalidDataAfterTheCompleteRecords()
    {
        var good = Record("WARC/1.0", "response", "1", "https://news.example/a", "application/http; msgtype=response", Response("HTTP/1.1 200 OK\r\nContent-Type: text/html", "<p>a</p>"u8.ToArray()), gzip: false);
        byte[] archive = [.. good, .. "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"u8];
        var pages = new List<PageInput>();

        await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var page in WarcReader.ReadAsync(new MemoryStream(archive)))
            {
                pages.Add(page);
            }
        });
        Assert.Single(pages);
    }

    [Fact]
    public async Task ReadAsync_NotAWarc_ThrowsInvalidData()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync("<html>not an archive</html>"u8.ToArray()));
    }

    /// <summary>Writes through to a stream without closing it.</summary>
    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
