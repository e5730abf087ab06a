namespace NewsExtract.Tests.Metadata;

/// <summary>
/// The plain-text metadata stage: a headline-like line that stands after running prose is inside the article, and the
/// short line of one sentence opening the text is the headline, with a full stop or without.
/// </summary>
public sealed class TextTitleStageTests
{
    private const string P1 = "The harbour authority has ordered an independent review of safety on the night ferries after two crew members were injured.";
    private const string P2 = "The review of the night ferries will look at weather procedures, staffing levels and the age of the fleet, the harbour authority said on Monday.";
    private const string P3 = "Solheim said the safety findings would be made public before the summer timetable begins in June, and welcomed the independent review.";
    private const string P4 = "Crew members on the late boats have asked for a second deckhand on every crossing since the winter storms began in November.";
    private const string Question = "“Who is going to pay for the new boats?”";

    [Fact]
    public void ExtractFromText_QuestionLineAfterRunningProse_StaysInTheBodyUnderTheOpeningHeadline()
    {
        var article = ArticleExtractor.Default.ExtractFromText($"Ferry safety review ordered after injuries.\n\n{P1}\n\n{P2}\n\n{Question}\n\n{P3}\n\n{P4}");

        Assert.Equal("Ferry safety review ordered after injuries.", article.Title);
        Assert.Equal([P1, P2, Question, P3, P4], article.Paragraphs);
    }

    [Fact]
    public void ExtractFromText_OpeningLineOfTwoSentences_IsNoHeadline()
    {
        // The text opens with prose, not a headline: the line after the prose keeps its place as the text's title.
        var opening = "The ferries stopped. Nobody knew why.";
        var article = ArticleExtractor.Default.ExtractFromText($"{opening}\n\n{P1}\n\n{P2}\n\n{Question}\n\n{P3}\n\n{P4}");

        Assert.NotEqual(opening, article.Title);
    }
}
