using NewsExtract.Cleaning;

namespace NewsExtract.Tests.Cleaning;

public sealed class BoilerplateClassifierTests
{
    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("SHARE THIS POST")]
    [InlineData("Thumbnail")]
    [InlineData("Advertisement")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Read more: Why the ferry was late")]
    [InlineData("Zum Inhalt springen")]
    [InlineData("Anzeige")]
    [InlineData("Partager")]
    [InlineData("Publicité")]
    [InlineData("© 2026 The Harbour Gazette")]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("•")]
    [InlineData("Facebook Twitter Google+ Whatsapp")]
    [InlineData("Share Tweet Email")]
    public void IsBoilerplate_GenericPhrase_IsRecognised(string text)
    {
        Assert.True(BoilerplateClassifier.Default.IsBoilerplate(text));
    }

    [Theory]
    [InlineData("The council voted to share the cost of the new bridge with the neighbouring town.")]
    [InlineData("Latest news from the front suggests the talks have stalled, officials said on Friday, adding that a new round was planned.")]
    [InlineData("Share prices fell sharply.")]
    [InlineData("Thumbnail sketches of the suspects were released by police.")]
    public void IsBoilerplate_SentenceUsingTheSameWords_IsKept(string text)
    {
        Assert.False(BoilerplateClassifier.Default.IsBoilerplate(text));
    }

    [Fact]
    public void IsBoilerplate_CustomPhraseList_IsUsed()
    {
        var classifier = new BoilerplateClassifier(["Mehr vom Autor", "Zur Startseite*"]);

        Assert.True(classifier.IsBoilerplate("Mehr vom Autor"));
        Assert.True(classifier.IsBoilerplate("Zur Startseite von heute"));
        Assert.False(classifier.IsBoilerplate("Skip to main content"));
    }

    [Fact]
    public void IsBoilerplate_ClosingCredit_IsBoilerplateInMarkupButNotInScrapedText()
    {
        const string Credit = "Reporting by Jane Roe; Editing by John Doe";

        Assert.True(BoilerplateClassifier.Default.IsBoilerplate(Credit));
        Assert.False(BoilerplateClassifier.Default.IsBoilerplate(Credit, scrapedText: true));
        Assert.True(BoilerplateClassifier.Default.IsBoilerplate("Share this post", scrapedText: true));
    }

    [Fact]
    public void IsBoilerplate_ContributorLine_IsBoilerplateInMarkupButNotInScrapedText()
    {
        const string Contributor = "Jane Roe in Berlin contributed to this report.";

        Assert.True(BoilerplateClassifier.Default.IsBoilerplate(Contributor));
        Assert.False(BoilerplateClassifier.Default.IsBoilerplate(Contributor, scrapedText: true));
    }

    [Fact]
    public void IsBoilerplate_ScrapedLineWithAClosingCreditAndOtherFurniture_IsStillBoilerplate()
    {
        var classifier = new BoilerplateClassifier(["*sign up for our*"], markupOnlyPrefixes: ["*contributed to this report*"]);

        Assert.True(classifier.IsBoilerplate("Jane Roe contributed to this report. Sign up for our newsletter", scrapedText: true));
        Assert.False(classifier.IsBoilerplate("Jane Roe contributed to this report.", scrapedText: true));
    }
}
