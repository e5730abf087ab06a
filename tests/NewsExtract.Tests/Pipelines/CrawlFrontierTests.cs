using NewsExtract.Pipelines;

namespace NewsExtract.Tests.Pipelines;

public sealed class CrawlFrontierTests
{
    [Fact]
    public async Task InMemoryFrontier_AddsEachAddressOnceAndGivesThemFirstInFirstOut()
    {
        var frontier = new InMemoryCrawlFrontier();
        var a = new Uri("https://news.example/2024/05/17/a");
        var b = new Uri("https://news.example/2024/05/17/b");

        Assert.True(await frontier.TryAddAsync(new FrontierEntry(a, FrontierSource.Sitemap)));
        Assert.True(await frontier.TryAddAsync(new FrontierEntry(b, FrontierSource.Link)));
        Assert.False(await frontier.TryAddAsync(new FrontierEntry(a, FrontierSource.Feed)));
        Assert.False(await frontier.MarkSeenAsync(b));
        Assert.True(await frontier.MarkSeenAsync(new Uri("https://news.example/redirected")));

        Assert.Equal(a, (await frontier.TryTakeAsync())!.Url);
        Assert.Equal(FrontierSource.Link, (await frontier.TryTakeAsync())!.Source);
        Assert.Null(await frontier.TryTakeAsync());
        Assert.False(await frontier.TryAddAsync(new FrontierEntry(new Uri("https://news.example/redirected"), FrontierSource.Link)));
    }
}
