using NewsExtract.Fetching;
using NewsExtract.Pipelines;

namespace NewsExtract.Tests.Pipelines;

public sealed class RemoteSourcesTests
{
    private static async Task<List<PageInput>> ListAsync(string path)
    {
        await using var site = await LoopbackNewsSite.StartAsync(TimeProvider.System, crawlDelay: 0);
        await using var client = new ArticleClient(new FetchOptions { RateLimit = new() { MinIntervalPerHost = TimeSpan.Zero } });
        var inputs = new List<PageInput>();
        await foreach (var input in RemoteSources.ListedByAsync(client, site.Url(path)))
        {
            inputs.Add(input);
        }

        return inputs;
    }

    [Fact]
    public async Task ListedByAsync_SitemapIndex_GivesTheAddressesOfItsSitemapsOnceEachNormalised()
    {
        var inputs = await ListAsync("/sitemap-index.xml");

        Assert.Equal(
            [.. LoopbackNewsSite.ArticlePaths.Skip(4), LoopbackNewsSite.PrivatePath, .. LoopbackNewsSite.ArticlePaths.Take(2)],
            inputs.Select(i => i.Url!.AbsolutePath));
        Assert.All(inputs, i => Assert.Empty(i.Url!.Query));
        Assert.Equal(new DateTimeOffset(2024, 5, 17, 8, 0, 0, TimeSpan.Zero), inputs[^2].Published);
        Assert.Equal("Story number 1 of the week", inputs[^2].Title);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    public async Task ListedByAsync_Feed_GivesItsItemsWithDates(string feed)
    {
        var inputs = await ListAsync(feed);

        Assert.Equal(3, inputs.Count);
        Assert.All(inputs, i => Assert.Contains(i.Url!.AbsolutePath, LoopbackNewsSite.ArticlePaths));
        Assert.All(inputs, i => Assert.NotNull(i.Published));
    }
}
