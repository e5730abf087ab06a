using System.Net;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

/// <summary>robots.txt fetched once per host, obeyed for the client's user agent, and its Crawl-delay honoured.</summary>
public sealed class ArticleClientRobotsTests : FetchTestBase
{
    private const string Robots = """
        # Our rules
        User-agent: *
        Disallow: /private
        Allow: /private/press
        Crawl-delay: 5

        User-agent: GreedyBot
        Disallow: /
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Map("/robots.txt", Respond.Text(Robots));
        foreach (var path in new[] { "/a", "/b", "/c", "/private/story", "/private/press/release", "/moved" })
        {
            Server.Map(path, Respond.Html(ArticleHtml()));
        }
    }

    [Fact]
    public async Task FetchAsync_PathDisallowed_FailsWithoutRequestingThePage()
    {
        using var client = new ArticleClient(Options);

        var failure = await FailsWith(FetchFailureReason.DisallowedByRobots, client.FetchAsync(Server.Url("/private/story")));

        Assert.Equal(0, Server.Hits("/private/story"));
        Assert.Equal(Server.Url("/private/story"), failure.Url);
        Assert.Contains("disallows this page for NewsExtract", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_LongerAllowInsideDisallowedPath_IsFetched()
    {
        using var client = new ArticleClient(Options with { Robots = new() { MaxCrawlDelay = TimeSpan.Zero } });

        await Within(client.FetchAsync(Server.Url("/private/press/release")));

        Assert.Equal(1, Server.Hits("/private/press/release"));
    }

    [Fact]
    public async Task FetchAsync_GroupNamingOurAgent_IsTheOneObeyed()
    {
        using var client = new ArticleClient(Options with { UserAgent = "GreedyBot/2.0 (+https://greedy.example)" });

        await FailsWith(FetchFailureReason.DisallowedByRobots, client.FetchAsync(Server.Url("/a")));

        Assert.Equal("GreedyBot/2.0 (+https://greedy.example)", Server.Received.Single().UserAgent);
    }

    [Fact]
    public async Task FetchAsync_ManyPagesOfOneHost_ReadsRobotsTxtOnce()
    {
        using var client = new ArticleClient(Options with { Robots = new() { MaxCrawlDelay = TimeSpan.Zero } });

        await Task.WhenAll(Within(client.FetchAsync(Server.Url("/a"))), Within(client.FetchAsync(Server.Url("/b"))));
        await Within(client.FetchAsync(Server.Url("/c")));
        await FailsWith(FetchFailureReason.DisallowedByRobots, client.FetchAsync(Server.Url("/private/story")));

        Assert.Equal(1, Server.Hits("/robots.txt"));
    }

    [Fact]
    public async Task FetchAsync_CrawlDelay_SpacesRequestsToTheHost()
    {
        using var client = new ArticleClient(Options);

        await Within(client.FetchAsync(Server.Url("/a")));
        var second = client.FetchAsync(Server.Url("/b"));
        await Clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        Assert.Equal(0, Server.Hits("/b"));
        Clock.Advance(TimeSpan.FromSeconds(5));

        await Within(second);
        Assert.Equal(1, Server.Hits("/b"));
    }

    [Fact]
    public async Task FetchAsync_CrawlDelayAboveMaxCrawlDelay_IsCut()
    {
        Server.Map("/robots.txt", Respond.Text("User-agent: *\nCrawl-delay: 3600\n"));
        using var client = new ArticleClient(Options with { Robots = new() { MaxCrawlDelay = TimeSpan.FromSeconds(20) } });

        await Within(client.FetchAsync(Server.Url("/a")));
        var second = client.FetchAsync(Server.Url("/b"));
        await Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(20));

        await Within(second);
        Assert.DoesNotContain(TimeSpan.FromSeconds(3600), Clock.Started);
    }

    [Fact]
    public async Task FetchAsync_IgnoreRobots_FetchesWithoutReadingRobotsTxt()
    {
        using var client = new ArticleClient(Options with { Robots = new() { Obey = false } });

        await Within(client.FetchAsync(Server.Url("/private/story")));

        Assert.Equal(0, Server.Hits("/robots.txt"));
    }

    [Fact]
    public async Task FetchAsync_RedirectIntoDisallowedPath_FailsOnThatHop()
    {
        Server.Map("/moved", Respond.Redirect("/private/story"));
        using var client = new ArticleClient(Options);

        var failure = await FailsWith(FetchFailureReason.DisallowedByRobots, client.FetchAsync(Server.Url("/moved")));

        Assert.Equal(Server.Url("/private/story"), failure.Url);
        Assert.Equal(0, Server.Hits("/private/story"));
    }

    [Fact]
    public async Task FetchAsync_NoRobotsTxt_AllowsEverything()
    {
        Server.Map("/robots.txt", Respond.Status(404));
        using var client = new ArticleClient(Options);

        await Within(client.FetchAsync(Server.Url("/private/story")));
    }

    [Fact]
    public async Task FetchAsync_RobotsTxtServerError_DisallowsEverything()
    {
        Server.Map("/robots.txt", Respond.Status(500));
        using var client = new ArticleClient(Options with { Retry = new() { MaxRetries = 0 } });

        var failure = await FailsWith(FetchFailureReason.DisallowedByRobots, client.FetchAsync(Server.Url("/a")));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Contains("RFC 9309", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, Server.Hits("/a"));
    }

    [Fact]
    public async Task FetchAsync_RobotsTxtUnreachable_FailsWithTheCauseAndRetriesLater()
    {
        Server.Map("/robots.txt", Respond.Sequence(Respond.AbortConnection(), Respond.Text("User-agent: *\nDisallow:\n")));
        using var client = new ArticleClient(Options with { Retry = new() { MaxRetries = 0 } });

        var failure = await FailsWith(FetchFailureReason.ConnectionFailed, client.FetchAsync(Server.Url("/a")));
        Assert.StartsWith("robots.txt could not be fetched", failure.Message, StringComparison.Ordinal);
        Assert.Equal(Server.Url("/robots.txt"), failure.Url);

        await Within(client.FetchAsync(Server.Url("/a")));
        Assert.Equal(2, Server.Hits("/robots.txt"));
    }
}
