using System.Text.Json;

namespace NewsExtract.Tests.Content;

/// <summary>
/// When the content scorer's region is thin, the alternatives (densest prose, JSON-LD articleBody, script state)
/// are compared by one quality score and the winner says so in the diagnostics.
/// </summary>
public sealed class BodyFallbackTests
{
    private static readonly string[] Story =
    [
        "The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about the cost.",
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.",
        "Public meetings will be held in every affected district before the work begins in the spring, the mayor told reporters outside.",
        "Residents of the lower town, flooded twice in five years, welcomed the decision but asked for a say in where the gates will stand.",
    ];

    private static string Paragraphs(IEnumerable<string> texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    [Fact]
    public void Extract_ArticleInsideUnclosedHeader_ComesBackFromTheDensestProse()
    {
        // The site header is never closed: every block of the page is inside page furniture.
        var html = $"""
            <html><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <main><h1>Council backs flood barrier</h1>{Paragraphs(Story)}</main>
            <div class="more"><a href="/a">Other story one</a> <a href="/b">Other story two</a></div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
        Assert.Equal(BodySource.DensestProse, article.Diagnostics.BodySource);
    }

    [Fact]
    public void Extract_ShellWithNextData_ReadsTheArticleFromTheScriptState()
    {
        var state = JsonSerializer.Serialize(new
        {
            props = new
            {
                pageProps = new
                {
                    article = new
                    {
                        title = "Council backs flood barrier",
                        blocks = Story.Select(text => new { type = "paragraph", text }).ToArray(),
                    },
                },
            },
        });
        var html = $"""
            <html><head><title>Council backs flood barrier</title></head><body><div id="__next"></div>
            <script id="__NEXT_DATA__" type="application/json">{state}</script></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
        Assert.Equal(BodySource.ScriptState, article.Diagnostics.BodySource);
    }

    [Fact]
    public void Extract_ThinMarkupWithArticleBody_TakesTheStructuredData()
    {
        var jsonLd = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = "Council backs flood barrier",
            ["articleBody"] = string.Join("\n", Story),
        });
        var html = $"""
            <html><head><script type="application/ld+json">{jsonLd}</script></head>
            <body><article><h1>Council backs flood barrier</h1><p>{Story[0]}</p></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
        Assert.Equal(BodySource.StructuredData, article.Diagnostics.BodySource);
        Assert.Contains(PageWarning.BodyFromStructuredData, article.Diagnostics.Warnings);
    }

    [Fact]
    public void Extract_ShortArticleBesideLongerComments_KeepsTheArticle()
    {
        var comments = Enumerable.Range(1, 5).Select(i =>
            $"Reader {i} wrote at length that the barrier is a waste of money, that the river has not flooded in years, and that the council should rather fix the roads.");
        var html = $"""
            <html><body><div class="post"><h1>Council backs flood barrier</h1>{Paragraphs(Story.Take(2))}</div>
            <ol class="commentlist">{string.Concat(comments.Select(c => $"<li><p>{c}</p></li>"))}</ol></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story.Take(2), article.Paragraphs);
        Assert.Equal(BodySource.Region, article.Diagnostics.BodySource);
    }

    [Fact]
    public void Extract_PageWithFullArticle_StaysWithTheRegion()
    {
        var html = $"<html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}</article></body></html>";

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(BodySource.Region, article.Diagnostics.BodySource);
    }
}
