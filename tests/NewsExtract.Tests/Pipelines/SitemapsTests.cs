using System.IO.Compression;
using System.Text;
using System.Xml;
using NewsExtract.Pipelines;

namespace NewsExtract.Tests.Pipelines;

public sealed class SitemapsTests
{
    private static MemoryStream Stream(string text, bool gzip = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (!gzip)
        {
            return new MemoryStream(bytes);
        }

        var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(bytes);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static async Task<List<SitemapEntry>> ReadAsync(Stream stream, Uri? baseUrl = null)
    {
        var entries = new List<SitemapEntry>();
        await foreach (var entry in Sitemaps.ReadAsync(stream, baseUrl))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private const string UrlSet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
          <url><loc> https://news.example/2024/05/17/first-story </loc><lastmod>2024-05-17</lastmod>
            <image:image><image:loc>https://news.example/img/1.jpg</image:loc></image:image></url>
          <url><loc>https://news.example/2024/05/18/second-story</loc><lastmod>2024-05-18T09:30:00+02:00</lastmod></url>
          <url><loc>not a url</loc></url>
          <url><lastmod>2024-05-18</lastmod></url>
        </urlset>
        """;

    [Fact]
    public async Task ReadAsync_CorruptGzip_ThrowsInvalidDataException()
    {
        // Found by the sitemap fuzzer: gzip's magic bytes, then no valid deflate data. The exception is now documented.
        var corrupt = new MemoryStream([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xFF, 0xFF, 0xFF, 0xFF, 0x3C, 0x75]);

        await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var _ in Sitemaps.ReadAsync(corrupt))
            {
            }
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_UrlSet_GivesEachPageWithItsDate(bool gzip)
    {
        var entries = await ReadAsync(Stream(UrlSet, gzip));

        Assert.Equal(["https://news.example/2024/05/17/first-story", "https://news.example/2024/05/18/second-story"], entries.Select(e => e.Location.AbsoluteUri));
        Assert.All(entries, e => Assert.False(e.IsSitemap));
        Assert.Equal(new DateTimeOffset(2024, 5, 17, 0, 0, 0, TimeSpan.Zero), entries[0].LastModified);
        Assert.Equal(new DateTimeOffset(2024, 5, 18, 7, 30, 0, TimeSpan.Zero), entries[1].LastModified!.Value.ToUniversalTime());
    }

    [Fact]
    public async Task ReadAsync_SitemapIndex_GivesSitemaps()
    {
        var entries = await ReadAsync(Stream("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example/sitemap-1.xml.gz</loc><lastmod>2024-05-18</lastmod></sitemap>
              <sitemap><loc>/sitemap-news.xml</loc></sitemap>
            </sitemapindex>
            """), new Uri("https://news.example/sitemap.xml"));

        Assert.Equal(["https://news.example/sitemap-1.xml.gz", "https://news.example/sitemap-news.xml"], entries.Select(e => e.Location.AbsoluteUri));
        Assert.All(entries, e => Assert.True(e.IsSitemap));
    }

    [Fact]
    public async Task ReadAsync_NewsSitemap_GivesPublicationDatesAndTitles()
    {
        var entries = await ReadAsync(Stream("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url>
                <loc>https://news.example/2024/05/18/barrier-opens</loc>
                <news:news>
                  <news:publication><news:name>The Example</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2024-05-18T06:00:00Z</news:publication_date>
                  <news:title>Barrier opens &amp; river falls</news:title>
                </news:news>
              </url>
            </urlset>
            """));

        var entry = Assert.Single(entries);
        Assert.Equal(new DateTimeOffset(2024, 5, 18, 6, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal("Barrier opens & river falls", entry.Title);
    }

    [Fact]
    public async Task ReadAsync_BrokenXml_GivesTheEntriesBeforeTheFaultThenThrows()
    {
        var entries = new List<SitemapEntry>();
        await Assert.ThrowsAsync<XmlException>(async () =>
        {
            await foreach (var entry in Sitemaps.ReadAsync(Stream("<urlset><url><loc>https://news.example/2024/05/17/a-story</loc></url><url><loc>https://x")))
            {
                entries.Add(entry);
            }
        });
        Assert.Single(entries);
    }

    [Fact]
    public async Task ReadAsync_DocumentTypeDeclaration_IsRefused()
    {
        await Assert.ThrowsAsync<XmlException>(() => ReadAsync(Stream("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><urlset><url><loc>&e;</loc></url></urlset>")));
    }

    [Fact]
    public void FromRobotsTxt_SitemapLines_AreReadInAnyGroupOnceEach()
    {
        var robots = """
            User-agent: *
            Disallow: /private/
            Sitemap: https://news.example/sitemap.xml
            # Sitemap: https://news.example/commented.xml
            User-agent: other
            sitemap:/news-sitemap.xml
            SITEMAP: https://news.example/sitemap.xml
            """;

        var sitemaps = Sitemaps.FromRobotsTxt(robots, new Uri("https://news.example/robots.txt"));

        Assert.Equal(["https://news.example/sitemap.xml", "https://news.example/news-sitemap.xml"], sitemaps.Select(s => s.AbsoluteUri));
    }
}
