namespace NewsExtract.Tests;

public sealed class ArticleExtractorBuilderTests
{
    private const string Text = "Harbour Festival Returns\n\nThe harbour festival returns in June with boats, music and a market along the quay.\n\nMehr aus der Region\n\nTickets go on sale next week at the tourist office.";

    [Fact]
    public void Build_WithExtraBoilerplatePhrase_RemovesIt()
    {
        var extractor = new ArticleExtractorBuilder().AddBoilerplatePhrases(["Mehr aus der Region"]).Build();

        var article = extractor.ExtractFromText(Text);

        Assert.DoesNotContain("Mehr aus der Region", article.Paragraphs);
        Assert.Contains("Mehr aus der Region", ArticleExtractor.Default.ExtractFromText(Text).Paragraphs);
    }

    [Fact]
    public void Build_WithOptions_AppliesThem()
    {
        var extractor = new ArticleExtractorBuilder().WithOptions(o => o with { ExtractQuotes = false, Focus = ExtractionFocus.Recall }).Build();

        Assert.False(extractor.Options.ExtractQuotes);
        Assert.Equal(ExtractionFocus.Recall, extractor.Options.Focus);
    }

    [Fact]
    public void Build_WithInvalidOptions_Throws()
    {
        var builder = new ArticleExtractorBuilder().WithOptions(o => o with { MaxBlocks = 1 });

        Assert.Throws<ArgumentOutOfRangeException>(builder.Build);
    }

    [Fact]
    public void AddBoilerplatePhrases_EmptyPhrase_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ArticleExtractorBuilder().AddBoilerplatePhrases([" "]));
    }
}
