using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Tests.Cli;

/// <summary>The console app reading a WARC file as Common Crawl publishes it: gzip per record.</summary>
public sealed class WarcBatchTests : IDisposable
{
    private readonly string workDirectory = Directory.CreateTempSubdirectory("newsextract-warc-").FullName;

    public void Dispose() => Directory.Delete(workDirectory, recursive: true);

    private static byte[] Record(string type, string id, string uri, string contentType, string block)
    {
        var body = Encoding.UTF8.GetBytes(block);
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n";
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(header));
            gzip.Write(body);
            gzip.Write("\r\n\r\n"u8);
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task Batch_WarcGz_ExtractsEveryHtmlResponseWithRecordIdAndTargetUri()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html"));
        var warc = Path.Combine(workDirectory, "crawl.warc.gz");
        await using (var file = File.Create(warc))
        {
            file.Write(Record("warcinfo", "0000", "", "application/warc-fields", "software: test\r\n"));
            file.Write(Record("request", "1111", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"));
            file.Write(Record("response", "2222", "https://news.example/a", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page));
            file.Write(Record("response", "3333", "https://news.example/logo.png", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG"));
        }

        var output = Path.Combine(workDirectory, "out.jsonl");

        var (exitCode, _, error) = await CliTests.RunAsync("batch", warc, "--output", output);

        Assert.Equal(0, exitCode);
        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(output))).RootElement;
        Assert.Equal("<urn:uuid:2222>", line.GetProperty("id").GetString());
        Assert.Equal("https://news.example/a", line.GetProperty("url").GetString());
        Assert.Equal("City Council Approves Riverside Flood Barrier After Decade of Debate", line.GetProperty("title").GetString());
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_TruncatedWarc_ReportsOneLineAndFails()
    {
        var warc = Path.Combine(workDirectory, "broken.warc");
        File.WriteAllText(warc, "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n");
        var output = Path.Combine(workDirectory, "out.jsonl");

        var (exitCode, _, error) = await CliTests.RunAsync("batch", warc, "--output", output);

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Contains("broken.warc", error, StringComparison.Ordinal);
    }
}
