using System.Net;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

public sealed class RobotsTxtTests
{
    private static bool Allowed(string robots, string path, string agent = "NewsExtract") =>
        RobotsTxt.Parse(robots, agent).IsAllowed(new Uri("https://news.example" + path));

    [Theory]
    [InlineData("/", true)]
    [InlineData("/private", false)]
    [InlineData("/private/story", false)]
    [InlineData("/privateer", false)]
    [InlineData("/public/private", true)]
    public void IsAllowed_DisallowIsAPathPrefix(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("User-agent: *\nDisallow: /private\n", path));

    [Theory]
    [InlineData("/folder/page", false)]
    [InlineData("/folder/public/page", true)]
    [InlineData("/folder/", false)]
    public void IsAllowed_LongestMatchWins(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("User-agent: *\nDisallow: /folder/\nAllow: /folder/public/\n", path));

    [Fact]
    public void IsAllowed_EquallyLongAllowAndDisallow_Allows() =>
        Assert.True(Allowed("User-agent: *\nDisallow: /page\nAllow: /page\n", "/page"));

    [Theory]
    [InlineData("/file.php", false)]
    [InlineData("/dir/file.php", false)]
    [InlineData("/file.php?x=1", true)]
    [InlineData("/file.phpx", true)]
    [InlineData("/search?q=1&sort=new", false)]
    [InlineData("/searching", true)]
    public void IsAllowed_WildcardsAndEndAnchor(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("User-agent: *\nDisallow: /*.php$\nDisallow: /search?*sort=\n", path));

    [Fact]
    public void IsAllowed_GroupForOurAgentReplacesTheStarGroup()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: newsextract\nUser-agent: OtherBot\nDisallow: /drafts\n";

        Assert.True(Allowed(robots, "/story"));
        Assert.False(Allowed(robots, "/drafts/1"));
        Assert.False(Allowed(robots, "/story", agent: "SomeoneElse"));
    }

    [Fact]
    public void IsAllowed_GroupsForOneAgentAreMerged()
    {
        const string robots = "User-agent: NewsExtract\nDisallow: /a\n\nUser-agent: *\nDisallow: /c\n\nUser-agent: NewsExtract\nDisallow: /b\n";

        Assert.False(Allowed(robots, "/a"));
        Assert.False(Allowed(robots, "/b"));
        Assert.True(Allowed(robots, "/c"));
    }

    [Fact]
    public void IsAllowed_CommentsBlankLinesAndCase_AreTolerated() =>
        Assert.False(Allowed("\uFEFF# hello\r\nUSER-AGENT: * # everyone\r\n\r\nDISALLOW: /x # not here\r\nsitemap: https://news.example/map.xml\r\n", "/x/1"));

    [Fact]
    public void IsAllowed_EmptyDisallowOrNoGroup_AllowsEverything()
    {
        Assert.True(Allowed("User-agent: *\nDisallow:\n", "/anything"));
        Assert.True(Allowed("Disallow: /\n", "/anything"));
        Assert.True(Allowed(string.Empty, "/anything"));
    }

    [Fact]
    public void IsAllowed_RobotsTxtItself_IsAlwaysAllowed() =>
        Assert.True(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"));

    [Theory]
    [InlineData("Disallow: /a%7eb", "/a~b")]
    [InlineData("Disallow: /a~b", "/a%7Eb")]
    [InlineData("Disallow: /caf%C3%A9", "/café")]
    [InlineData("Disallow: /café", "/caf%c3%a9")]
    public void IsAllowed_PercentEncodingIsNormalised(string rule, string path) =>
        Assert.False(Allowed("User-agent: *\n" + rule + "\n", path));

    [Fact]
    public void CrawlDelay_IsReadFromTheChosenGroup()
    {
        const string robots = "User-agent: *\nCrawl-delay: 2.5\n\nUser-agent: OtherBot\nCrawl-delay: 60\n";

        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsTxt.Parse(robots, "NewsExtract").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), RobotsTxt.Parse(robots, "OtherBot").CrawlDelay);
        Assert.Null(RobotsTxt.Parse("User-agent: *\nCrawl-delay: soon\n", "NewsExtract").CrawlDelay);
    }

    [Fact]
    public void Unreachable_DisallowsEverythingButRobotsTxt()
    {
        var robots = RobotsTxt.Unreachable(HttpStatusCode.ServiceUnavailable);

        Assert.False(robots.IsAllowed(new Uri("https://news.example/")));
        Assert.True(robots.IsAllowed(new Uri("https://news.example/robots.txt")));
    }

    [Theory]
    [InlineData("/a*", "/a", true)]
    [InlineData("*", "/anything", true)]
    [InlineData("/a*b*c$", "/axxbyyc", true)]
    [InlineData("/a*b*c$", "/axxbyycz", false)]
    [InlineData("/$", "/", true)]
    [InlineData("/$", "/x", false)]
    [InlineData("/a**b", "/ab", true)]
    public void Matches_Wildcards(string pattern, string path, bool matches) =>
        Assert.Equal(matches, RobotsTxt.Matches(pattern, path));
}
