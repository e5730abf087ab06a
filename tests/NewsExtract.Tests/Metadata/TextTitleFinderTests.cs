namespace NewsExtract.Tests.Metadata;

/// <summary>
/// The headline of scraped plain text: the line that opens the article's prose, not a teaser's, a subhead or a
/// credit. The article's paragraphs tell of the same things (as a standfirst and its article do); the teaser does not.
/// </summary>
public sealed class TextTitleFinderTests
{
    private const string P1 = "The harbour authority has ordered an independent review of safety on the night ferries after two crew members were injured.";
    private const string P2 = "The review of the night ferries will look at weather procedures, staffing levels and the age of the fleet, the harbour authority said on Monday.";
    private const string P3 = "Solheim said the safety findings would be made public before the summer timetable begins in June, and welcomed the independent review.";
    private const string Teaser = "The museum will reopen its north wing next spring after three years of repairs to the roof and the old glass ceiling.";

    [Fact]
    public void ExtractFromText_TeaserBeforeTheArticle_TakesTheArticlesHeadline()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Museum wing to reopen\n\n{Teaser}\n\nFerry safety review ordered\n\nPhoto: Reuters\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_TeaserWithUnfinishedParagraphRightAboveTheHeadline_IsNotStackedOntoIt()
    {
        // The teaser's paragraph lacks its full stop, so it reads like a headline stacked over the article's.
        var teaserParagraph = Teaser.TrimEnd('.');
        var article = ArticleExtractor.Default.ExtractFromText($"Museum north wing reopens after repairs\n\n{teaserParagraph}\n\nFerry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_ShortSectionsUnderSubheads_TakesTheHeadlineOfTheFirstSection()
    {
        // Each subhead has one paragraph under it until the last: the article is found at its first longer
        // section, and its first section (the same story: the same words) is still part of it.
        var article = ArticleExtractor.Default.ExtractFromText(
            $"Ferry safety review ordered\n\n{P1}\n\nSafety first\n\n{P3}\n\nWhat happens next\n\n{P2}\n\n{P3.Replace("June", "July", StringComparison.Ordinal)}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal(P1, article.Paragraphs[0]);
    }

    [Fact]
    public void ExtractFromText_SubheadAfterTheFirstParagraph_IsNotTheTitle()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_CreditLineUnderTheHeadline_IsNeitherTitleNorParagraph()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\nFoto: picture alliance/dpa\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_ParagraphRepeatedLaterAsPullQuote_StaysAtItsFirstPlace()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P2}");

        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_TwoSubheadsAfterTheStandfirst_AreNotTheTitle()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\n{P1}\n\nSeit Montag\n\nWhat happens next\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, "Seit Montag", "What happens next", P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_OneSentencePullQuote_IsDroppedButAShortSubheadFromTheTextStays()
    {
        const string P4 = "The ferries carry about two thousand passengers a night in summer. Crews say the oldest boats should have been retired years ago.";
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\n{P1}\n\n{P4}\n\nThe age of the fleet\n\n{P2}\n\n“Crews say the oldest boats should have been retired years ago.”\n\n{P3}");

        Assert.Equal([P1, P4, "The age of the fleet", P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_WholeParagraphRepeatedInQuotationMarks_KeepsTheFirstPlace()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}\n\n“{P1}”");

        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_UnrecognisedBylineOverTheDate_IsNeitherTitleNorParagraph()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered\n\nJane Roe, Reuters\n\nMay 5, 2021\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_TeasersLongerThanAShortArticle_AreDroppedWithTheTextBeforeTheHeadline()
    {
        const string Other = "The council approved a new budget for the city library on Thursday, with money for longer opening hours…";
        var article = ArticleExtractor.Default.ExtractFromText($"Museum wing to reopen\n\n{Teaser}\n\nLibrary hours extended\n\n{Other}\n\nFerry safety review ordered\n\nMay 5, 2021\n\n{P1}\n\n{P2}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_HeadlineInLowerCaseOpeningTheText_IsTheTitleNotTheFirstSubhead()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"ferry safety review ordered by the harbour authority\n\n{P1}\n\nSafety first\n\n{P2}\n\n{P3}");

        Assert.Equal("ferry safety review ordered by the harbour authority", article.Title);
        Assert.Equal([P1, "Safety first", P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_OneWordHeadlineAndNoOtherShortLine_IsTheTitle()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferries\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferries", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_HeadlineStackedOverLinesThatAreNoSubheads_IsTheTitle()
    {
        // Four short lines under the headline (a source, an editor's note, a standfirst, a hint), more than a stack of
        // headline and subheads holds; the text from the headline on tells of one story.
        var article = ArticleExtractor.Default.ExtractFromText(
            $"Ferry safety review: the harbour authority report\n\nNight ferries and their crews (report, 2024)\n\nPrepared by the harbour safety board\n\nAn independent review of the night ferries\n\nNotes on the review in the margin\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review: the harbour authority report", article.Title);
        Assert.Equal("Night ferries and their crews (report, 2024)", article.Paragraphs[0]);
    }

    [Fact]
    public void ExtractFromText_NavigationLineOpeningTheText_IsNotTakenForTheHeadline()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Most popular\n\nFerry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_TeaserWhoseNextHeadlineIsOneWord_IsNotTakenForTheArticle()
    {
        // The teaser's paragraph and the next teaser's (under a one-word headline that reads as no headline) make
        // two paragraphs under the first teaser's headline, but not two in a row.
        const string Other = "The council approved a new budget for the city library on Thursday, with money for longer opening hours.";
        var article = ArticleExtractor.Default.ExtractFromText($"Museum wing to reopen\n\n{Teaser}\n\nLibrary\n\n{Other}\n\nFerry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_TeaserCutShortBeforeALineOfProse_IsDroppedWithTheTextBeforeTheHeadline()
    {
        // A paragraph cut short ("…") is a teaser's: with the sentence after it, it is no running text of the article.
        const string Cut = "The council approved a new budget for the city library on Thursday, with money for longer…";
        var article = ArticleExtractor.Default.ExtractFromText($"Library hours extended\n\n{Cut}\n\nRead the decision of the council in full.\n\nFerry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_TeaserInAScriptWithoutSpacesBeforeTheArticle_IsNotTakenForItsHeadline()
    {
        // The teaser's words cannot be split on spaces; its pairs of characters are not found in the article below.
        var article = ArticleExtractor.Default.ExtractFromText(
            $"博物馆北翼明年春天重新开放\n\n博物馆的北翼在屋顶和旧玻璃天花板经过三年的修缮之后，将于明年春天重新向公众开放。\n\nFerry safety review ordered\n\n{P1}\n\n{P2}\n\n{P3}");

        Assert.Equal("Ferry safety review ordered", article.Title);
        Assert.Equal([P1, P2, P3], article.Paragraphs);
    }
}
