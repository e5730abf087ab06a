using System.IO.Compression;
using System.Net;
using System.Text;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

/// <summary>Size limits enforced while streaming, decompression with a cap, redirects, and the content types accepted.</summary>
public sealed class ArticleClientLimitsTests : FetchTestBase
{
    /// <summary>64 MiB of zeros, gzipped to a few dozen kilobytes.</summary>
    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(zeros);
            }
        }

        return compressed.ToArray();
    });

    [Fact]
    public async Task FetchAsync_BodyNeverEnds_FailsTooLargeWhileStreaming()
    {
        Server.Map("/endless", Respond.Endless(Server));
        using var client = new ArticleClient(Options with { Limits = new() { MaxResponseBytes = 64 * 1024 } });

        var failure = await FailsWith(FetchFailureReason.TooLarge, client.FetchAsync(Server.Url("/endless")));

        Assert.Contains("larger than the limit of 65,536 bytes", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, Server.Hits("/endless"));
    }

    [Fact]
    public async Task FetchAsync_AnnouncedLengthOverLimit_FailsBeforeReadingTheBody()
    {
        Server.Map("/huge", Respond.AnnouncesHugeBody(Server));
        using var client = new ArticleClient(Options);

        var failure = await FailsWith(FetchFailureReason.TooLarge, client.FetchAsync(Server.Url("/huge")));

        Assert.Contains("announced 1,073,741,824 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_GzipBomb_FailsTooLargeInsteadOfInflatingIt()
    {
        Server.Map("/bomb", Respond.Bytes(GzipBomb.Value, "text/html", contentEncoding: "gzip"));
        using var client = new ArticleClient(Options);

        var failure = await FailsWith(FetchFailureReason.TooLarge, client.FetchAsync(Server.Url("/bomb")));

        Assert.True(GzipBomb.Value.Length < client.Options.Limits.MaxResponseBytes);
        Assert.Contains("gzip body expands to more than the limit of 10,485,760 bytes", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, Server.Hits("/bomb"));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("deflate-raw")]
    [InlineData("br")]
    public async Task FetchAsync_CompressedPage_IsDecompressed(string coding)
    {
        var html = Encoding.UTF8.GetBytes(ArticleHtml());
        using var compressed = new MemoryStream();
        using (Stream encoder = coding switch
        {
            "gzip" => new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true),
            "deflate" => new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true),
            "deflate-raw" => new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true),
            _ => new BrotliStream(compressed, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            encoder.Write(html);
        }

        Server.Map("/packed", Respond.Bytes(compressed.ToArray(), "text/html; charset=utf-8", contentEncoding: coding == "deflate-raw" ? "deflate" : coding));
        using var client = new ArticleClient(Options);

        var page = await Within(client.FetchAsync(Server.Url("/packed")));

        Assert.Equal(ArticleHtml(), page.Content);
        Assert.Equal("gzip, deflate, br", Server.Received.Single(r => r.Path == "/packed").AcceptEncoding);
    }

    // The deflate block after the gzip header uses the reserved block type 3.
    [Fact]
    public async Task FetchAsync_CorruptGzip_FailsWithInvalidResponse()
    {
        Server.Map("/corrupt", Respond.Bytes([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x07, 0x00, 0x00], "text/html", contentEncoding: "gzip"));
        using var client = new ArticleClient(Options);

        await FailsWith(FetchFailureReason.InvalidResponse, client.FetchAsync(Server.Url("/corrupt")));
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_FailsWithTooManyRedirects()
    {
        Server.Map("/loop/a", Respond.Redirect("/loop/b"));
        Server.Map("/loop/b", Respond.Redirect("/loop/a", status: 301));
        using var client = new ArticleClient(Options with { Limits = new() { MaxRedirects = 3 } });

        var failure = await FailsWith(FetchFailureReason.TooManyRedirects, client.FetchAsync(Server.Url("/loop/a")));

        Assert.Equal(4, Server.Hits("/loop/a") + Server.Hits("/loop/b"));
        Assert.Equal(Server.Url("/loop/a"), failure.Url);
    }

    [Fact]
    public async Task FetchAsync_Redirects_ReturnsTheFinalUrlStatusAndHeaders()
    {
        Server.Map("/old", Respond.Redirect("/new", status: 301));
        Server.Map("/new", Respond.Redirect(Server.Url("/final").AbsoluteUri, status: 308));
        Server.Map("/final", Respond.Bytes(Encoding.UTF8.GetBytes(ArticleHtml()), "text/html; charset=utf-8", headers: r => r.Headers["X-Edition"] = "morning"));
        using var client = new ArticleClient(Options);

        var page = await Within(client.FetchAsync(Server.Url("/old")));

        Assert.Equal(Server.Url("/old"), page.RequestedUrl);
        Assert.Equal(Server.Url("/final"), page.Url);
        Assert.Equal(2, page.RedirectCount);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal(["morning"], page.Headers["x-edition"]);
    }

    [Fact]
    public async Task FetchAsync_RedirectWithoutLocation_FailsWithInvalidResponse()
    {
        Server.Map("/nowhere", Respond.Status(302));
        using var client = new ArticleClient(Options);

        await FailsWith(FetchFailureReason.InvalidResponse, client.FetchAsync(Server.Url("/nowhere")));
    }

    [Theory]
    [InlineData("application/pdf", false)]
    [InlineData("image/png", false)]
    [InlineData("application/json", false)]
    [InlineData("text/plain", false)]
    [InlineData("text/html; charset=utf-8", true)]
    [InlineData("application/xhtml+xml", true)]
    public async Task FetchAsync_ContentType_OnlyHtmlAndXhtmlAccepted(string contentType, bool accepted)
    {
        Server.Map("/doc", Respond.Html(ArticleHtml(), contentType));
        using var client = new ArticleClient(Options);

        if (accepted)
        {
            Assert.Contains("Harbour Ferry", (await Within(client.FetchAsync(Server.Url("/doc")))).Content, StringComparison.Ordinal);
        }
        else
        {
            var failure = await FailsWith(FetchFailureReason.NotHtml, client.FetchAsync(Server.Url("/doc")));
            Assert.Contains(contentType, failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetArticleAsync_PlainTextWhenAllowed_ExtractsFromTheText()
    {
        var text = "Harbour Ferry Returns After Storm Repairs\n\nThe harbour ferry returned to service on Monday after three weeks of repairs to its hull, the port authority said.\n\nEngineers replaced two damaged plates and tested the engines overnight before the first crossing at dawn.\n";
        Server.Map("/story.txt", Respond.Text(text));
        using var client = new ArticleClient(Options with { Limits = new() { AllowPlainText = true } });

        var page = await Within(client.FetchAsync(Server.Url("/story.txt")));
        var article = await Within(client.GetArticleAsync(Server.Url("/story.txt")));

        Assert.True(page.IsPlainText);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The harbour ferry returned", StringComparison.Ordinal));
    }
}
