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
    public void Find_FragmentInsideReportedSpeech_GivesTheWholeStatementAsContent()
    {
        const string paragraph = "Councillor Anna Holm said the plan “treats the symptom, not the cause” and warned that costs could rise.";
        var quotes = Find(paragraph);

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Equal("the plan “treats the symptom, not the cause”", quote.Content);
        Assert.Equal(quote.Content, paragraph.Substring(quote.ContentStart, quote.ContentLength));
    }

    [Fact]
    public void Find_FragmentAfterANamingCue_ContentIsItsObjectAndTheFragment()
    {
        var quotes = Find("Senator Lind called the ruling “hasty and careless” in a post on Sunday.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Equal("hasty and careless", quote.Text);
        Assert.Equal("the ruling “hasty and careless”", quote.Content);
    }

    [Fact]
    public void Find_StatementEndingInsideTheMarks_StopsBeforeTheNextSentence()
    {
        var quotes = Find("Baker said the inquiry is “ongoing.” He said the bureau had not commented on its scope.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Equal("the inquiry is “ongoing.”", quote.Content);
    }

    [Fact]
    public void Find_QuoteThatIsTheCuesWholeStatement_IsDirect()
    {
        var quotes = Find("The leaflet claims “Holm is the candidate you can trust.”");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Null(quote.Content);
    }

    [Fact]
    public void Find_ReportedClauseHoldingWordsInMarks_IsPartialWithTheClauseAsContent()
    {
        var quotes = Find("Moss complained party officials were trying to “shield” Lind by scheduling debates at weekends.");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("shield", quote.Text);
        Assert.Equal("party officials were trying to “shield” Lind by scheduling debates at weekends", quote.Content);
        Assert.Equal("Moss", quote.Speaker);
    }

    [Fact]
    public void Find_PollShareAsSubject_ReportsWhatItSays()
    {
        var quotes = Find("In the survey, 67 percent of voters said the council should delay the vote until the spring.");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the council should delay the vote until the spring", quote.Text);
        Assert.Equal("67 percent of voters", quote.Speaker);
    }

    [Fact]
    public void Find_DirectAndIndirectQuotes_HaveNoContent()
    {
        var quotes = Find("“We are ready,” Kabulov said.", "Kabulov said Moscow had not yet held official contacts.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Null(q.Content));
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

    [Fact]
    public void Find_PullQuoteBeforeItsBodyQuote_IsListedOnceWithTheAttribution()
    {
        var quotes = Find(
            "“We will not be the generation that let the reef die.”",
            "Environment minister Grace Tulloch unveiled the plan on Wednesday.",
            "“We will not be the generation that let the reef die,” Tulloch said.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Grace Tulloch", quote.Speaker);
        Assert.Equal(2, quote.ParagraphIndex);
    }

    [Fact]
    public void Find_PronounSkipsTheLastSpeakerWhenTheGenderDoesNotFit()
    {
        var quotes = Find(
            "“Those were bad bills,” said Republican Jack Mercer.",
            "“They were bipartisan bills,” Democrat Susan Liu replied.",
            "“You voted against them twice,” she added.");

        Assert.Equal(["Jack Mercer", "Susan Liu", "Susan Liu"], quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Speaker));
    }

    [Fact]
    public void Find_TitlesInMarksWithoutAttribution_AreNotQuotes()
    {
        var quotes = Find("Her memoir, “Ground Truth,” devotes a chapter to the “Harbour Six,” and she told the Gazette’s “Morning Desk” about it.");

        Assert.DoesNotContain(quotes, q => q.Kind != QuoteKind.Indirect);
    }

    [Fact]
    public void Find_FrenchGuillemetsAndInvertedCue_ResolveToTheMan()
    {
        var quotes = Find(
            "Le ministre de l'Intérieur, Paul Marceau, a défendu le texte.",
            "« Le gouvernement court derrière l'extrême droite », a estimé la députée Claire Fontaine.",
            "« Nous irons jusqu'au bout », a-t-il ajouté.");

        var last = quotes[^1];
        Assert.Equal("Nous irons jusqu'au bout", last.Text);
        Assert.Equal("Paul Marceau", last.Speaker);
    }

    [Fact]
    public void Find_RoleAndPartyDesignator_AreNotPartOfTheName()
    {
        var quotes = Find("“This is not the bill any of us would have written,” Sen. Patrick Nolan (D-N.Y.) said, as Senate Majority Leader Ana Ruiz looked on.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Patrick Nolan", quote.Speaker);
    }

    [Fact]
    public void Find_ReportedClauseBeforeItsAttribution_IsIndirect()
    {
        var quotes = Find("India will not sign any trade deal that hurts its farmers, Commerce Minister Vikram Rao said on Monday.");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("India will not sign any trade deal that hurts its farmers", quote.Text);
        Assert.Equal("Vikram Rao", quote.Speaker);
        Assert.Equal("Commerce Minister", quote.SpeakerRole);
    }

    [Fact]
    public void Find_ParagraphOfManyUnmatchedMarksAndCues_EndsWithinTheTimeBudget()
    {
        // A hostile page: 100,000 opening marks, each followed by a cue, in one run-on sentence. Read quote by quote
        // over the whole sentence this took minutes (the square of the marks); bounded, it takes well under a second.
        var paragraph = string.Concat(Enumerable.Repeat("\u201cword said ", 100_000));
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var quotes = new QuoteFinder(Lexicon.Default).Find([paragraph], includeIndirect: true, budget.Token);

        Assert.NotNull(quotes);
    }

    [Fact]
    public void Find_AttributionNextToAQuoteInAVeryLongSentence_IsStillRead()
    {
        var filler = string.Join(", ", Enumerable.Repeat("and the ferry ran late again", 60));
        var quotes = Find($"“We will fix the timetable this summer,” said Mayor Anna Berg as the council heard that {filler} {filler}.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Anna Berg", quote.Speaker);
    }

    [Fact]
    public void Find_QuoteThenNameWithALongRoleSetOffByCommas_AttributesToTheName()
    {
        var quotes = Find("“Nothing we build this year will be finished before the winter,” Lena Okafor, director of the regional planning office at the Northern Transport Institute, said in an interview.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Lena Okafor", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Find_QuoteThenNameWithAPartyDesignator_AttributesToTheName()
    {
        var quotes = Find("“There is real energy in a whole range of contests,” Rep. Dana Whitfield (D-Ore.) said.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Dana Whitfield", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Find_QuoteOpeningAParagraphAfterOneEndingWithAColon_IsAttributedThere()
    {
        var quotes = Find(
            "The council published its reply on Monday. Mayor Ines Varga added:",
            "“We will not close a single library this year, and we will not raise the fees either.”");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Ines Varga", quote.Speaker);
        Assert.Equal(1, quote.ParagraphIndex);
    }

    [Fact]
    public void Find_PluralNounBeforeAFormOfBe_IsNoCue()
    {
        var quotes = Find("The Western states are expected to vote on March 1, officials said.");

        var quote = Assert.Single(quotes);
        Assert.Equal("officials", quote.Speaker);
        Assert.Equal("The Western states are expected to vote on March 1", quote.Text);
    }

    [Fact]
    public void Find_WritersWordsRunningOnAfterTheClosingMark_MakeTheQuoteAFragmentOfTheStatement()
    {
        const string paragraph = "Olaf Lind chairs the board. “We never taught anything” against the plan, he said.";

        var quote = Assert.Single(Find(paragraph), q => q.Kind != QuoteKind.Indirect);

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("We never taught anything", quote.Text);
        Assert.Equal("“We never taught anything” against the plan", quote.Content);
        Assert.Equal(quote.Content, paragraph.Substring(quote.ContentStart, quote.ContentLength));
        Assert.Equal("Olaf Lind", quote.Speaker);
    }

    [Fact]
    public void Find_QuoteClosingItsClauseBeforeTheAttribution_StaysDirect()
    {
        var quote = Assert.Single(Find("Olaf Lind chairs the board. “We never taught anything against the plan,” he said."), q => q.Kind != QuoteKind.Indirect);

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Null(quote.Content);
    }

    [Fact]
    public void Find_UnattributedQuoteAfterAFragmentOfTheSameSpeaker_GoesOnWithTheMixedStatement()
    {
        var quotes = Find("The ferry is also “a lifeline for the islands,” Mayor Ines Rask said. “Without it the school would close.”");

        Assert.Equal([QuoteKind.Partial, QuoteKind.Partial], quotes.Select(q => q.Kind));
        Assert.Equal(["Ines Rask", "Ines Rask"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Find_UnattributedQuoteAfterADirectQuote_StaysDirect()
    {
        var quotes = Find("“The ferry is a lifeline for the islands,” Mayor Ines Rask said. “Without it the school would close.”");

        Assert.Equal([QuoteKind.Direct, QuoteKind.Direct], quotes.Select(q => q.Kind));
    }

    [Fact]
    public void Find_SubjectOfAnIntroductionWithWordsBeforeItsCue_Speaks()
    {
        var quote = Assert.Single(Find("Senator Ada Brook went on to say: “We will not give up the harbour without a vote.”"));

        Assert.Equal("Ada Brook", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void Find_NameRightBeforeAColon_Speaks()
    {
        var quote = Assert.Single(Find("Harbour plans divide the town - Carl Vinter: “Nobody here wants the old quay to close.”"));

        Assert.Equal("Carl Vinter", quote.Speaker);
    }
}
