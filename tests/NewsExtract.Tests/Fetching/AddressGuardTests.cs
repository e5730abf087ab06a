using System.Net;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

/// <summary>Refusing non-public addresses: which ones, and that the check happens after DNS and on every redirect.</summary>
public sealed class AddressGuardTests : FetchTestBase
{
    private static readonly IPAddress SecondLoopback = IPAddress.Parse("127.0.0.2");

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.8.8")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:c0a8:0101::1")]
    [InlineData("2001:db8::1")]
    public void IsNonPublic_PrivateLoopbackLinkLocalAndSpecial_AreBlocked(string address) =>
        Assert.True(AddressGuard.IsNonPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("2606:4700::6810:85e5")]
    [InlineData("2002:5db8:d822::1")]
    public void IsNonPublic_PublicAddresses_AreAllowed(string address) =>
        Assert.False(AddressGuard.IsNonPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task FetchAsync_BlockPrivateWithLoopbackAddressInUrl_FailsBeforeSendingAnything()
    {
        Server.Map("/story", Respond.Html(ArticleHtml()));
        using var client = new ArticleClient(Options with { Limits = new() { BlockPrivateAddresses = true } });

        var failure = await FailsWith(FetchFailureReason.BlockedAddress, client.FetchAsync(Server.Url("/story")));

        Assert.Equal(0, Server.TotalHits);
        Assert.Contains("127.0.0.1 is a private, loopback or link-local address", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_BlockPrivateWithNameOfLoopback_IsRefusedAfterDnsResolution()
    {
        Server.Map("/story", Respond.Html(ArticleHtml()));
        using var client = new ArticleClient(Options with { Limits = new() { BlockPrivateAddresses = true } });

        var failure = await FailsWith(FetchFailureReason.BlockedAddress, client.FetchAsync(new Uri($"http://localhost:{Server.Port}/story")));

        Assert.Equal(0, Server.TotalHits);
        Assert.Contains("localhost resolves to", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectToHostResolvingToBlockedAddress_IsRefusedOnThatHop()
    {
        // 127.0.0.2 stands in for a public address, 127.0.0.1 (what "localhost" resolves to) for a private one.
        await using var outside = await LoopbackServer.StartAsync(SecondLoopback);
        outside.Map("/story", Respond.Redirect($"http://localhost:{Server.Port}/admin"));
        Server.Map("/admin", Respond.Html(ArticleHtml()));
        using var client = new ArticleClient(Options with
        {
            Limits = new() { BlockPrivateAddresses = true },
            AddressFilter = address => IPAddress.IsLoopback(address) && !address.Equals(SecondLoopback),
        });

        var failure = await FailsWith(FetchFailureReason.BlockedAddress, client.FetchAsync(outside.Url("/story")));

        Assert.Equal(1, outside.Hits("/story"));
        Assert.Equal(0, Server.TotalHits);
        Assert.Equal(new Uri($"http://localhost:{Server.Port}/robots.txt"), failure.Url);
    }

    [Fact]
    public async Task FetchAsync_BlockPrivateWithCallersHttpClient_ChecksResolvedAddressesItself()
    {
        Server.Map("/story", Respond.Html(ArticleHtml()));
        using var http = new HttpClient();
        using var client = new ArticleClient(http, Options with { Robots = new() { Obey = false }, Limits = new() { BlockPrivateAddresses = true } });

        await FailsWith(FetchFailureReason.BlockedAddress, client.FetchAsync(new Uri($"http://localhost:{Server.Port}/story")));

        Assert.Equal(0, Server.TotalHits);
    }

    [Fact]
    public async Task FetchAsync_BlockPrivateOff_FetchesLoopback()
    {
        Server.Map("/story", Respond.Html(ArticleHtml()));
        using var client = new ArticleClient(Options);

        Assert.Equal(HttpStatusCode.OK, (await Within(client.FetchAsync(new Uri($"http://localhost:{Server.Port}/story")))).StatusCode);
    }
}
