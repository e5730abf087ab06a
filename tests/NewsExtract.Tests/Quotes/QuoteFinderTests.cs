using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class QuoteFinderTests
{
    private static List<Quote> Find(params string[] paragraphs) =>
        new QuoteFinder(Lexicon.Default).Find(paragraphs, includeIndirect: true, CancellationToken.None);

    [Fact]
    public void Find_QuoteThenSaidName_ResolvesSurnameToFullName()
    {
        var quotes = Find(
            "The envoy, Zamir Kabulov, arrived on Friday.",
            "“We are ready to talk to everyone who wants peace,\" said Kabulov.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("We are ready to talk to everyone who wants peace,", quote.Text);
        Assert.Equal("Zamir Kabulov", quote.Speaker);
        Assert.Equal("said", quote.Cue);
        Assert.Equal(1, quote.ParagraphIndex);
    }

    [Fact]
    public void Find_NameSaidColonQuote_AttributesToTheName()
    {
        var quotes = Find("Maria Lindqvist said: „Wir sind bereit, mit allen zu sprechen, die Frieden wollen.“");

        var quote = Assert.Single(quotes);
        Assert.Equal("Wir sind bereit, mit allen zu sprechen, die Frieden wollen.", quote.Text);
        Assert.Equal("Maria Lindqvist", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void Find_PronounSpeaker_ResolvesToTheLastNamedSpeaker()
    {
        var quotes = Find(
            "\"The bridge will be finished by May,\" engineer Tove Berg said.",
            "She added: \"Nobody should expect traffic on it before the summer.\"");

        Assert.Equal(["Tove Berg", "Tove Berg"], quotes.Select(q => q.Speaker));
        Assert.Equal("added", quotes[1].Cue);
    }

    [Fact]
    public void Find_FragmentInsideReportedSpeech_IsPartial()
    {
        var quotes = Find("Councillor Anna Holm said the plan “treats the symptom, not the cause” and warned that costs could rise.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Equal("treats the symptom, not the cause", quote.Text);
        Assert.Equal("Anna Holm", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Find_ReportedSpeechWithoutMarks_IsIndirect()
    {
        var quotes = Find("According to the report, Kabulov said Moscow had not yet held official contacts with the new administration.");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Moscow had not yet held official contacts with the new administration", quote.Text);
        Assert.Equal("Kabulov", quote.Speaker);
    }

    [Fact]
    public void Find_OrganisationAsSpeaker_KeepsTheSourceAsWritten()
    {
        var quotes = Find("\"The border will stay closed until further notice,\" the ministry said in a statement.");

        Assert.Equal("the ministry", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Find_ScareQuotesAndTitles_AreNotQuotes()
    {
        var quotes = Find("The so-called \"reform\" was debated after a screening of \"The Long Night\" at the festival.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void Find_QuoteRunningOverTwoParagraphs_IsOneQuote()
    {
        var quotes = Find(
            "\"We started with nothing. We had no money and no building,\" said founder Ola Strand. \"Then the town helped us.",
            "\"Now we employ forty people.\"");

        Assert.Contains(quotes, q => q.Text.Contains("Then the town helped us. Now we employ forty people.", StringComparison.Ordinal) && q.Speaker == "Ola Strand");
    }

    [Fact]
    public void Find_ApostrophesInsideWords_DoNotOpenQuotes()
    {
        var quotes = Find("Russia’s envoy didn’t comment on the players’ union or the country's plans.");

        Assert.DoesNotContain(quotes, q => q.Kind != QuoteKind.Indirect);
    }

    [Fact]
    public void Find_DashAttribution_TakesTheNameAfterTheDash()
    {
        var quotes = Find("\"Every city needs a library that stays open late.\" — Sofia Marsh");

        var quote = Assert.Single(quotes);
        Assert.Equal("Sofia Marsh", quote.Speaker);
    }
}
