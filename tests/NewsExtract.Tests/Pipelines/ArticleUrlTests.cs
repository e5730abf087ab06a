using NewsExtract.Pipelines;

namespace NewsExtract.Tests.Pipelines;

public sealed class ArticleUrlTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM:443/2024/05/17/story?utm_source=x&id=7&fbclid=abc#comments", "https://news.example.com/2024/05/17/story?id=7")]
    [InlineData("http://news.example:80/a?utm_medium=rss", "http://news.example/a")]
    [InlineData("http://news.example:8080/a", "http://news.example:8080/a")]
    [InlineData("https://news.example", "https://news.example/")]
    [InlineData("https://news.example/a?b=2&a=1", "https://news.example/a?b=2&a=1")]
    public void Normalize_SpellingsOfOnePage_BecomeOne(string given, string expected)
    {
        Assert.Equal(expected, ArticleUrl.Normalize(new Uri(given)).AbsoluteUri);
    }

    [Fact]
    public void Normalize_NotAWebAddress_Throws()
    {
        Assert.Throws<ArgumentException>(() => ArticleUrl.Normalize(new Uri("ftp://news.example/a")));
    }

    [Theory]
    [InlineData("https://news.example/2024/05/17/council-approves-flood-barrier")]
    [InlineData("https://news.example/politics/council-approves-flood-barrier-after-decade.html")]
    [InlineData("https://news.example/world/20240517/barrier")]
    [InlineData("https://news.example/news/article-123456789")]
    [InlineData("https://news.example/a/council_approves_the_flood_barrier_plan")]
    public void LooksLikeArticle_DatedOrSluggedPath_IsAnArticle(string url)
    {
        Assert.True(ArticleUrl.LooksLikeArticle(new Uri(url)));
    }

    [Theory]
    [InlineData("https://news.example/")]
    [InlineData("https://news.example/politics")]
    [InlineData("https://news.example/politics/")]
    [InlineData("https://news.example/tag/flood-barrier-and-river-works")]
    [InlineData("https://news.example/author/jane-doe-senior-city-reporter")]
    [InlineData("https://news.example/topics/council-and-city-hall-politics")]
    [InlineData("https://news.example/2024/05/17/council-approves-flood-barrier?page=2")]
    [InlineData("https://news.example/images/council-approves-flood-barrier.jpg")]
    [InlineData("https://news.example/feed/council-approves-flood-barrier-news")]
    [InlineData("mailto:desk@news.example")]
    public void LooksLikeArticle_ListingOrOtherPage_IsNot(string url)
    {
        Assert.False(ArticleUrl.LooksLikeArticle(new Uri(url)));
    }
}
