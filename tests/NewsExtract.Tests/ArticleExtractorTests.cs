using System.Text;
using NewsExtract.Output;
using Snapshooter.Xunit;

namespace NewsExtract.Tests;

public sealed class ArticleExtractorTests
{
    private static string SamplePage => File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html"));

    [Fact]
    public void Extract_SamplePage_MatchesSnapshot()
    {
        var article = ArticleExtractor.Default.Extract(SamplePage, new Uri("https://gazette.example/local/flood-barrier"));

        Snapshot.Match(ArticleJson.Serialize(article, "sample-article", indented: true));
    }

    [Fact]
    public void Extract_SamplePage_DropsNavigationShareBarCaptionRelatedLinksAndPullQuote()
    {
        var article = ArticleExtractor.Default.Extract(SamplePage);

        Assert.Equal("City Council Approves Riverside Flood Barrier After Decade of Debate", article.Title);
        Assert.Equal(6, article.Paragraphs.Count);
        Assert.StartsWith("The city council voted 9 to 4", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Share this post", StringComparison.Ordinal) || p.Contains("Latest news", StringComparison.Ordinal)
            || p.Contains("Photo:", StringComparison.Ordinal) || p.Contains("Ferry timetable", StringComparison.Ordinal) || p.Contains("cookies", StringComparison.Ordinal));
        Assert.Equal(["Maria Lindqvist"], article.Authors);
    }

    [Fact]
    public void Extract_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleExtractor.Default.Extract(null!));
        Assert.Throws<ArgumentNullException>(() => ArticleExtractor.Default.ExtractFromText(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<<<>>>&&&")]
    [InlineData("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>")]
    public void Extract_EmptyOrGarbageInput_GivesEmptyArticleWithWarning(string html)
    {
        var article = ArticleExtractor.Default.Extract(html);

        Assert.True(article.IsEmpty);
        Assert.Contains(PageWarning.NoArticleFound, article.Diagnostics.Warnings);
    }

    [Fact]
    public void Extract_BinaryData_GivesEmptyArticleMarkedNotText()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var article = ArticleExtractor.Default.Extract(ArticleExtractor.Decode(bytes));

        Assert.True(article.IsEmpty);
        Assert.Contains(PageWarning.NotText, article.Diagnostics.Warnings);
    }

    [Fact]
    public void Extract_VeryShortPageWithoutParagraphs_KeepsItsText()
    {
        var article = ArticleExtractor.Default.Extract("<html><body><p>Test case one</p><p>Test case two</p></body></html>");

        Assert.Equal(["Test case one", "Test case two"], article.Paragraphs);
    }

    [Fact]
    public void Extract_InputLongerThanTheLimit_IsTruncatedWithAWarning()
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { MaxInputChars = 2_000 });
        var html = "<p>" + string.Concat(Enumerable.Repeat("Word after word in a long paragraph. ", 500)) + "</p>";

        var article = extractor.Extract(html);

        Assert.Contains(PageWarning.InputTruncated, article.Diagnostics.Warnings);
        Assert.True(article.Text.Length < 2_000);
    }

    [Fact]
    public void Extract_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Default.Extract(SamplePage, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Extract_FromManyThreadsAtOnce_GivesTheSameArticle()
    {
        var html = SamplePage;
        var expected = ArticleJson.Serialize(ArticleExtractor.Default.Extract(html));

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = ArticleJson.Serialize(ArticleExtractor.Default.Extract(html)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Constructor_SimilarityOutOfRange_Throws(double similarity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ExtractionOptions { DuplicateSimilarity = similarity }));
    }

    [Fact]
    public async Task ExtractAsync_Windows1251PageWithMetaCharset_DecodesCyrillic()
    {
        const string html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article><p>Правительство объявило о новых мерах поддержки для малого бизнеса в регионах страны.</p></article></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = new MemoryStream(Encoding.GetEncoding(1251).GetBytes(html));

        var article = await ArticleExtractor.Default.ExtractAsync(stream);

        Assert.Equal("Новости", article.Title);
        Assert.StartsWith("Правительство объявило", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractFromText_ArticleWithoutBoilerplateOrCopies_KeepsEveryParagraph()
    {
        var text = "A Headline Without Punctuation\n\nFirst paragraph of the story, long enough to read as prose.\n\nSecond paragraph, also prose.";

        var article = ArticleExtractor.Default.ExtractFromText(text);

        Assert.Equal("A Headline Without Punctuation", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Empty(article.Diagnostics.Merged);
    }

    [Fact]
    public void Decode_Utf8BytesUnderAStaleLegacyCharset_AreReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"gb2312\"><title>新闻</title></head><body><p>人工智能迈上新台阶</p></body></html>");

        Assert.Contains("人工智能迈上新台阶", ArticleExtractor.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleOnlyInNoscript_IsReadFromThere()
    {
        const string html = """
            <html><body><div id="app"></div><script>render()</script>
            <noscript><article><p>The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument over how to protect the old town.</p>
            <p>Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said on Friday.</p></article></noscript>
            </body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("The council voted", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleWithNoscriptImageFallback_IgnoresIt()
    {
        var html = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html")).Replace("<main id=\"main\">", "<main id=\"main\"><noscript>Please enable JavaScript to view the comments.</noscript>", StringComparison.Ordinal);

        var article = ArticleExtractor.Default.Extract(html);

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("JavaScript", StringComparison.Ordinal));
    }
}
