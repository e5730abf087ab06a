using System.Text;
using NewsExtract.Pipelines;

namespace NewsExtract.Tests;

/// <summary>
/// The hostile set, where it is cheap to make in a test (bench/hostile/generate.py makes all of it, and run.sh times it
/// as whole processes): each input gives a best-effort article with the page warning its bound calls for, never a hang
/// or a crash. Durations are not asserted here; the bounds that keep them short are.
/// </summary>
public sealed class HostileInputTests
{
    private const string Article =
        "<article><h1>Council extends programme</h1><p>The council voted on Tuesday to extend the programme for another year, after a debate that ran late into the evening.</p>" +
        "<p>Residents from across the district came to the meeting to hear the decision, which passed by a wide margin after three hours.</p></article>";

    [Fact]
    public void Extract_200000NestedElements_KeepsTheArticleWithATreeDepthWarning()
    {
        var html = "<html><body>" + Repeat("<div>", 200_000) + Article + Repeat("</div>", 200_000) + "</body></html>";

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Contains(PageWarning.TreeDepthLimited, article.Diagnostics.Warnings);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The council voted", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_100000UnclosedInlineElements_KeepsTheTextWithATreeDepthWarning()
    {
        var html = "<html><body>" + Article + Repeat("<span><b><i>", 33_334) + "the end of the page";

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Contains(PageWarning.TreeDepthLimited, article.Diagnostics.Warnings);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The council voted", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AMillionTinyElements_CutsAtTheElementBoundWithAWarning()
    {
        var html = "<html><body>" + Article + Repeat("<i>a</i>", 1_000_000);

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Contains(PageWarning.ElementsLimited, article.Diagnostics.Warnings);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The council voted", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ExtractAsync_Utf16WithOrWithoutByteOrderMark_ReadsTheArticle(bool byteOrderMark)
    {
        var bytes = (byteOrderMark ? [0xFF, 0xFE] : Array.Empty<byte>()).Concat(Encoding.Unicode.GetBytes("<html><body>" + Article)).ToArray();

        var article = await ArticleExtractor.Default.ExtractAsync(new MemoryStream(bytes));

        Assert.Contains(article.Paragraphs, p => p.StartsWith("The council voted", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PageSprinkledWithNulCharacters_ReadsTheArticleWithoutThem()
    {
        var html = ("<html><body>" + Article).Replace(" ", " \0", StringComparison.Ordinal);

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Contains(article.Paragraphs, p => p.StartsWith("The council voted on Tuesday", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains('\0', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n \n\t\r\n")]
    public void Extract_EmptyOrWhitespaceOnly_ReportsNoArticle(string input)
    {
        var article = ArticleExtractor.Default.Extract(input);

        Assert.Empty(article.Paragraphs);
        Assert.Contains(PageWarning.NoArticleFound, article.Diagnostics.Warnings);
    }

    [Fact]
    public async Task ExtractAsync_RandomBytes_ReportsNotText()
    {
        var bytes = new byte[200_000];
        new Random(20).NextBytes(bytes);

        var article = await ArticleExtractor.Default.ExtractAsync(new MemoryStream(bytes));

        Assert.Contains(PageWarning.NotText, article.Diagnostics.Warnings);
    }

    [Fact]
    public async Task ReadAsync_StreamFarLongerThanTheBound_ReadsOneCharacterPastIt()
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { MaxInputChars = 1_000 });
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(Repeat("abcdefghij", 1_000_000)));

        var text = await extractor.ReadAsync(stream);

        Assert.Equal(1_001, text.Length);
        Assert.True(stream.Position <= 4_000 + 81_920);
    }

    [Fact]
    public void Read_BytesFarLongerThanTheBound_DecodesOneCharacterPastIt()
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { MaxInputChars = 1_000 });
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + Repeat("abcdefghij", 1_000_000));

        var text = extractor.Read(bytes);

        Assert.Equal(1_001, text.Length);
        Assert.StartsWith("abcdefghij", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipelineOverAFolder_FileLongerThanTheBound_GivesTheArticleWithATruncationWarning()
    {
        var folder = Directory.CreateTempSubdirectory("newsextract-hostile-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "long.html"), "<html><body>" + Article + Repeat("<p>filler paragraph of the page</p>", 2_000));
            var extractor = new ArticleExtractor(ExtractionOptions.Default with { MaxInputChars = 5_000 });
            var pipeline = new NewsPipeline(extractor);
            var results = new List<PipelineResult>();
            await foreach (var input in LocalSources.FolderAsync(folder))
            {
                results.Add(await pipeline.ExtractAsync(input));
            }

            var article = Assert.Single(results).Article!;
            Assert.Contains(PageWarning.InputTruncated, article.Diagnostics.Warnings);
            Assert.Contains(article.Paragraphs, p => p.StartsWith("The council voted", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
