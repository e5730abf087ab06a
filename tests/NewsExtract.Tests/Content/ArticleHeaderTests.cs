namespace NewsExtract.Tests.Content;

/// <summary>An article's own header is not page furniture: its standfirst is body, its kicker, date and buttons are not.</summary>
public sealed class ArticleHeaderTests
{
    private const string Standfirst = "After ten years of argument the council has backed a movable barrier along the riverside, to be built by 2028.";

    private const string Story = """
        <p>The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about the cost.</p>
        <p>Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.</p>
        """;

    [Fact]
    public void Extract_StandfirstInArticleHeader_IsKeptAndItsLabelsAreNot()
    {
        var html = $"""
            <html><body><header><nav><a href="/">Home</a></nav></header><main><article>
            <header><p>Local politics</p><h1>Council backs flood barrier</h1><p>{Standfirst}</p><p>4 minute read</p><p>Published May 25</p></header>
            {Story}</article></main></body></html>
            """;

        var paragraphs = ArticleExtractor.Default.Extract(html).Paragraphs;

        Assert.Equal(Standfirst, paragraphs[0]);
        Assert.DoesNotContain("4 minute read", paragraphs);
        Assert.DoesNotContain("Local politics", paragraphs);
        Assert.Equal(3, paragraphs.Count);
    }
}
