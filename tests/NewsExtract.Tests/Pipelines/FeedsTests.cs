using System.Text;
using System.Xml;
using NewsExtract.Pipelines;

namespace NewsExtract.Tests.Pipelines;

public sealed class FeedsTests
{
    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task ReadAsync_Rss20_GivesItemsWithLinksDatesAndTitles()
    {
        var items = await Feeds.ReadAsync(Stream("""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>The Example</title><link>https://news.example/</link><description>News</description>
              <item><title>Barrier opens</title><link>https://news.example/2024/05/18/barrier-opens</link><pubDate>Sat, 18 May 2024 06:00:00 GMT</pubDate></item>
              <item><title>Ferry late</title><link>/2024/05/17/ferry-late</link><pubDate>Fri, 17 May 2024 08:00:00 +0200</pubDate></item>
              <item><title>Odd date</title><link>https://news.example/2024/05/16/odd-date</link><pubDate>Thu, 16 May 2024 09:00:00 EST</pubDate></item>
              <item><title>No date</title><link>https://news.example/2024/05/15/no-date</link><pubDate>sometime soon</pubDate></item>
              <item><title>No link</title></item>
            </channel></rss>
            """), new Uri("https://news.example/feed.xml"));

        Assert.Equal(
            ["https://news.example/2024/05/18/barrier-opens", "https://news.example/2024/05/17/ferry-late", "https://news.example/2024/05/16/odd-date", "https://news.example/2024/05/15/no-date"],
            items.Select(i => i.Link.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2024, 5, 18, 6, 0, 0, TimeSpan.Zero), items[0].Published);
        Assert.Equal(new DateTimeOffset(2024, 5, 17, 6, 0, 0, TimeSpan.Zero), items[1].Published!.Value.ToUniversalTime());
        Assert.Equal(new DateTime(2024, 5, 16), items[2].Published!.Value.Date);
        Assert.Null(items[3].Published);
        Assert.Equal("Barrier opens", items[0].Title);
    }

    [Fact]
    public async Task ReadAsync_Atom_GivesEntriesWithAlternateLinks()
    {
        var items = await Feeds.ReadAsync(Stream("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>The Example</title><id>urn:x</id><updated>2024-05-18T06:00:00Z</updated>
              <entry><title>Barrier opens</title><id>urn:1</id><updated>2024-05-18T07:00:00Z</updated><published>2024-05-18T06:00:00Z</published>
                <link rel="alternate" href="https://news.example/2024/05/18/barrier-opens"/></entry>
              <entry><title>Ferry late</title><id>https://news.example/2024/05/17/ferry-late</id><updated>2024-05-17T06:00:00Z</updated></entry>
            </feed>
            """));

        Assert.Equal(["https://news.example/2024/05/18/barrier-opens", "https://news.example/2024/05/17/ferry-late"], items.Select(i => i.Link.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2024, 5, 18, 6, 0, 0, TimeSpan.Zero), items[0].Published);
        Assert.Equal(new DateTimeOffset(2024, 5, 17, 6, 0, 0, TimeSpan.Zero), items[1].Published);
    }

    [Fact]
    public async Task ReadAsync_NotAFeed_ThrowsXmlException()
    {
        await Assert.ThrowsAsync<XmlException>(() => Feeds.ReadAsync(Stream("<urlset><url><loc>https://news.example/a</loc></url></urlset>")));
        await Assert.ThrowsAsync<XmlException>(() => Feeds.ReadAsync(Stream("<html><body>not xml")));
    }

    [Fact]
    public async Task ReadAsync_RssWithoutAVersion_ThrowsXmlException()
    {
        // Found by the feed fuzzer: the formatter threw NotSupportedException, which the method does not document.
        await Assert.ThrowsAsync<XmlException>(() => Feeds.ReadAsync(Stream("<rss><channel><item><link>https://news.example/a</link></item></channel></rss>")));
    }

    [Fact]
    public void Discover_AlternateLinks_GivesFeedsOnce()
    {
        var html = """
            <html><head>
            <link rel="alternate" type="application/rss+xml" href="/feed.xml">
            <link rel="alternate" type="application/atom+xml" href="https://news.example/atom.xml">
            <link rel="alternate" hreflang="de" href="https://news.example/de/">
            <link rel="stylesheet" type="text/css" href="/style.css">
            <link rel="alternate" type="application/rss+xml" href="/feed.xml">
            </head><body></body></html>
            """;

        var feeds = Feeds.Discover(html, new Uri("https://news.example/politics/"));

        Assert.Equal(["https://news.example/feed.xml", "https://news.example/atom.xml"], feeds.Select(f => f.AbsoluteUri));
    }
}
