using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class ReportedSpeechReaderTests
{
    private static List<Quote> Indirect(params string[] paragraphs) =>
        new QuoteFinder(Lexicon.Default).Find(paragraphs, includeIndirect: true, CancellationToken.None).Where(q => q.Kind == QuoteKind.Indirect).ToList();

    [Fact]
    public void Find_TwoSpeakersInOneSentence_GivesBothClauses()
    {
        var quotes = Indirect("Marta Olsen said the depot would close in March, but the union said no date had been agreed.");

        Assert.Equal(["the depot would close in March", "no date had been agreed"], quotes.Select(q => q.Text));
        Assert.Equal(["Marta Olsen", "the union"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Find_AttributionInsideTheSentence_GivesTheClauseOnBothSides()
    {
        var quotes = Indirect("The new ferry, she said, would run twice a day from June.");

        Assert.Equal(["The new ferry", "would run twice a day from June"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void Find_SpeakerOfARelativeClause_EndsTheClauseWithIt()
    {
        var quotes = Indirect("Pieter Smits, who said the bridge was unsafe for lorries, resigned from the council on Friday.");

        var quote = Assert.Single(quotes);
        Assert.Equal("the bridge was unsafe for lorries", quote.Text);
        Assert.Equal("Pieter Smits", quote.Speaker);
    }

    [Fact]
    public void Find_SentencesInTwoApostropheMarksAfterAnAttribution_GoOnWithItsSpeaker()
    {
        var quotes = Indirect("''The harbour will stay open all winter,'' Lena Brandt said. ''The ferries need it. We will pay for the ice breakers ourselves.'' The council meets again in May.");

        Assert.Equal(["The harbour will stay open all winter", "The ferries need it", "We will pay for the ice breakers ourselves"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Lena Brandt", q.Speaker));
    }

    [Fact]
    public void Find_SentencesInTwoApostropheMarksBeforeTheAttribution_GoToItsSpeaker()
    {
        var quotes = Indirect("''The ferry is older than the harbour itself. It will run until spring,'' Lena Brandt said.");

        Assert.Contains(quotes, q => q.Text == "The ferry is older than the harbour itself" && q.Speaker == "Lena Brandt");
        Assert.Contains(quotes, q => q.Text == "It will run until spring" && q.Speaker == "Lena Brandt");
    }

    [Fact]
    public void Find_TwoApostropheMarksReopenedAfterTheAttribution_GoOnWithTheStatement()
    {
        var quotes = Indirect("''The bridge was more than the town needed,'' Lena Brandt wrote, ''but nobody turns down a gift from the state.''");

        Assert.Equal(["The bridge was more than the town needed", "but nobody turns down a gift from the state"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Lena Brandt", q.Speaker));
    }

    [Fact]
    public void Find_AppositiveSpeakerClosingTheSentence_AttributesTheClauseBeforeIt()
    {
        var quote = Assert.Single(Indirect("Tram fares will rise again next spring, Oskar Lind, the head of the transit board, said at a hearing."));

        Assert.Equal("Tram fares will rise again next spring", quote.Text);
        Assert.Equal("Oskar Lind", quote.Speaker);
    }

    [Fact]
    public void Find_ClauseEndingWithADeterminerBeforeTheAttribution_KeepsTheClause()
    {
        var quote = Assert.Single(Indirect("The new line will carry more riders than another, Rosa Kemp said."));

        Assert.Equal("The new line will carry more riders than another", quote.Text);
    }

    [Fact]
    public void Find_ListenerNamedInSeveralWordsClosingTheSentence_EndsTheAttribution()
    {
        var quote = Assert.Single(Indirect("The harvest came in two weeks early, a farm spokesman told The Valley Gazette."));

        Assert.Equal("The harvest came in two weeks early", quote.Text);
        Assert.Equal("a farm spokesman", quote.Speaker);
    }

    [Fact]
    public void Find_RoleSetOffBeforeAnAppositiveSpeaker_IsNoPartOfTheStatement()
    {
        var quote = Assert.Single(Indirect("The ferry will keep running through the winter, the harbour board chairwoman, Lena Brandt, said."));

        Assert.Equal("The ferry will keep running through the winter", quote.Text);
        Assert.Equal("Lena Brandt", quote.Speaker);
    }

    [Fact]
    public void Find_ProgressiveCue_IsNoPassive()
    {
        var quote = Assert.Single(Indirect("The farmers are saying the new bridge will cut their journey to market in half."));

        Assert.Equal("the new bridge will cut their journey to market in half", quote.Text);
    }

    [Fact]
    public void Find_SecondCueOfTheSameSubject_IsASecondStatement()
    {
        var quotes = Indirect("The mayor told reporters the budget was balanced and said taxes would not rise next year.");

        Assert.Equal(["the budget was balanced", "taxes would not rise next year"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("The mayor", q.Speaker, ignoreCase: true));
    }

    [Fact]
    public void Find_ClauseFollowedByTheWritersOwn_EndsBeforeIt()
    {
        var quote = Assert.Single(Indirect("Officials said the road would reopen on Monday, but heavy rain is forecast for the weekend."));

        Assert.Equal("the road would reopen on Monday", quote.Text);
    }

    [Fact]
    public void Find_QuotedSentenceWithASecondSubject_GivesTheSecondStatement()
    {
        var quotes = new QuoteFinder(Lexicon.Default).Find(
            ["“We have done what we could,” Ines Varga said on Tuesday, but she said the cuts would hit schools hardest."],
            includeIndirect: true,
            CancellationToken.None);

        Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("the cuts would hit schools hardest", reported.Text);
        Assert.Equal("Ines Varga", reported.Speaker);
    }

    [Fact]
    public void Find_QuotedFragmentAndASecondCueOfTheSameSubject_GivesNoIndirectQuote()
    {
        var quotes = new QuoteFinder(Lexicon.Default).Find(
            ["The council called the plan “a waste of money” and said it would vote against it."],
            includeIndirect: true,
            CancellationToken.None);

        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void Find_NameAfterTheCueThatGoesOnAsASubject_IsNoSpeaker()
    {
        var quotes = Indirect("Ana Torres, the head of the group, said the framework would cut waiting times by half.");

        var quote = Assert.Single(quotes);
        Assert.Equal("the framework would cut waiting times by half", quote.Text);
        Assert.Equal("Ana Torres", quote.Speaker);
    }

    [Fact]
    public void Find_ClosingAttributionWithAListener_EndsTheClause()
    {
        var quote = Assert.Single(Indirect("The pipeline had been inspected twice this year, a regional official told the Harbour Times news site."));

        Assert.Equal("The pipeline had been inspected twice this year", quote.Text);
        Assert.Equal("a regional official", quote.Speaker);
    }

    [Fact]
    public void Find_PhraseOpeningWithACueWord_IsNoCue()
    {
        Assert.Empty(Indirect("In all, the pledges add up to more than $4 million."));
    }

    [Fact]
    public void Find_ParticipleCueAfterTheClause_IsASecondStatement()
    {
        var quotes = Indirect("The company said it had filed the report on time, saying the delay was the regulator's.");

        Assert.Equal(["it had filed the report on time", "the delay was the regulator's"], quotes.Select(q => q.Text));
        Assert.Equal(["The company", "The company"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Find_BareNounPhraseOpeningTheClause_IsTheSpeaker()
    {
        var quote = Assert.Single(Indirect("Officials familiar with the talks said the deal was close to being signed."));

        Assert.Equal("the deal was close to being signed", quote.Text);
        Assert.Equal("Officials familiar with the talks", quote.Speaker);
    }

    [Fact]
    public void Find_BareNounPhraseAfterACoordinator_IsTheSpeaker()
    {
        var quote = Assert.Single(Indirect("The storm flooded the valley, and forecasters say more rain is coming this week."));

        Assert.Equal("more rain is coming this week", quote.Text);
        Assert.Equal("forecasters", quote.Speaker);
    }

    [Fact]
    public void Find_PrepositionBeforeTheSpeaker_KeepsTheNounPhraseAfterIt()
    {
        var quote = Assert.Single(Indirect("The figures were released after the agency said the pilot had landed safely."));

        Assert.Equal("the pilot had landed safely", quote.Text);
        Assert.Equal("the agency", quote.Speaker, ignoreCase: true);
    }

    [Fact]
    public void Find_AnnouncedWithoutThat_GivesTheClause()
    {
        var quote = Assert.Single(Indirect("Lena Brandt announced the museum would close for a year of repairs."));

        Assert.Equal("the museum would close for a year of repairs", quote.Text);
    }

    [Theory]
    [InlineData("The host asked whether the party could keep its majority in the autumn.", "the party could keep its majority in the autumn")]
    [InlineData("Carla Diaz asked volunteers if they could stay until noon on Sunday.", "they could stay until noon on Sunday")]
    public void Find_IndirectQuestion_GivesTheQuestion(string sentence, string question)
    {
        var quote = Assert.Single(Indirect(sentence));

        Assert.Equal(question, quote.Text);
    }

    [Fact]
    public void Find_ParticipleAfterTheClause_EndsIt()
    {
        var quote = Assert.Single(Indirect("Raj Patel said the levy was fair, calling it a small price for cleaner air."));

        Assert.Equal("the levy was fair", quote.Text);
    }

    [Theory]
    [InlineData("Nora Kim wrote a short book about the war in the mountains.")]
    [InlineData("Several southern states that vote next week have large rural populations.")]
    public void Find_VerbThatReportsNoClause_GivesNothing(string sentence) => Assert.Empty(Indirect(sentence));

    [Fact]
    public void Find_TwoApostrophesClosingBeforeTheCue_TakeTheSpeakerAfterIt()
    {
        var quote = Assert.Single(Indirect("''We cannot wait for the next storm to hit the coast,'' said Dana Ross, a county engineer."));

        Assert.Equal("Dana Ross", quote.Speaker);
        Assert.Contains("the next storm to hit the coast", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_CueWithAClauseOfItsOwnAfterAQuotedFullStop_OpensANewSentence()
    {
        var quotes = Indirect("Counsel Rhea Moss said the inquiry is “ongoing.” She said the board has not commented on its scope.");

        var quote = Assert.Single(quotes);
        Assert.Equal("the board has not commented on its scope", quote.Text);
        Assert.Equal("Rhea Moss", quote.Speaker);
    }

    [Fact]
    public void Find_SubjectStandingForNoOneNamed_SpeaksForTheClause()
    {
        var quote = Assert.Single(Indirect("The shipyard posted a loss. It said the company would cut its prices next year."));

        Assert.Equal("the company would cut its prices next year", quote.Text);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Find_SecondCueOfASubjectAfterAnOpeningAdjunct_GoesToTheSubject()
    {
        var quote = Assert.Single(Indirect("In a short interview, Vera Holm rejected the idea and said that the manager was not being sidelined."));

        Assert.Equal("the manager was not being sidelined", quote.Text);
        Assert.Equal("Vera Holm", quote.Speaker);
    }

    [Fact]
    public void Find_ClauseOpeningWithANounThatMayBeACue_IsReported()
    {
        var quote = Assert.Single(Indirect("An aide said comments from the two ministers were consistent with their earlier statements."));

        Assert.Equal("comments from the two ministers were consistent with their earlier statements", quote.Text);
    }

    [Theory]
    [InlineData("Six in 10 say the ferry should run at night as well.", "Six in 10")]
    [InlineData("About 40% said the ferry should run at night as well.", "About 40")]
    [InlineData("Others said the ferry should run at night as well.", "Others")]
    [InlineData("The vote was close, and some said the ferry should run at night as well.", "some")]
    public void Find_ShareOfPeopleAsTheSubject_SpeaksForTheClause(string sentence, string speaker)
    {
        var quote = Assert.Single(Indirect(sentence));

        Assert.Equal("the ferry should run at night as well", quote.Text);
        Assert.StartsWith(speaker, quote.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In a 2019 letter, the mayor said the ferry should run at night as well.")]
    [InlineData("The council avoided all mention of the ferry in its plan for the coming year.")]
    public void Find_NumberOrShareInsideAPhrase_IsNoSpeaker(string sentence) =>
        Assert.DoesNotContain(Indirect(sentence), q => q.Speaker is { } speaker && (speaker.Contains("2019", StringComparison.Ordinal) || speaker.Contains("all", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Asked whether the depot would close, Mira Lund shook her head.", "the depot would close")]
    [InlineData("When asked how the plan would be paid for, the minister smiled.", "how the plan would be paid for")]
    [InlineData("The mayor was asked whether the bridge would reopen before the winter.", "the bridge would reopen before the winter")]
    public void Find_QuestionPutByNoOneNamed_GivesTheQuestionUpToItsComma(string sentence, string question)
    {
        var quote = Assert.Single(Indirect(sentence));

        Assert.Equal(question, quote.Text);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Find_QuestionWordAfterTheListener_OpensTheQuestion()
    {
        var quote = Assert.Single(Indirect("A reporter asked Tomas Berg why the depot had closed so early."));

        Assert.Equal("why the depot had closed so early", quote.Text);
        Assert.Equal("A reporter", quote.Speaker);
    }

    [Theory]
    [InlineData("“Where is the harbour?” asked the boy, who was standing by the gate with his father.")]
    [InlineData("The mayor was asked to name a deputy, if the council agreed to one.")]
    public void Find_QuestionWordThatOpensNoQuestion_GivesNoQuestion(string sentence) =>
        Assert.DoesNotContain(Indirect(sentence), q => q.Cue is "asked");

    [Fact]
    public void Find_CueInsideWhatASourceReports_ReportsAClauseOfItsOwn()
    {
        var quotes = Indirect("The mayor said the ferry would run at night as well, according to a statement from the port.");

        Assert.Contains(quotes, q => q.Text == "the ferry would run at night as well" && q.Speaker == "The mayor");
        Assert.Contains(quotes, q => q.Cue == "according to");
    }
}
