namespace NewsExtract.Tests.Content;

/// <summary>After the article's last prose, headings and short non-sentence lines label what was cut and go too.</summary>
public sealed class BodyTailTests
{
    private static readonly string[] Story =
    [
        "The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about the cost.",
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.",
    ];

    private static IReadOnlyList<string> Extract(string tail, ExtractionFocus focus = ExtractionFocus.Balanced)
    {
        var html = $"<html><body><article><h1>Council backs flood barrier</h1>{string.Concat(Story.Select(p => $"<p>{p}</p>"))}{tail}</article></body></html>";
        return new ArticleExtractor(ExtractionOptions.Default with { Focus = focus }).Extract(html).Paragraphs;
    }

    [Fact]
    public void Extract_TrailingSectionLabels_AreLeftOut()
    {
        var paragraphs = Extract("<h3>Mehr zum Thema</h3><ul><li><a href='/a'>Hochwasser in der Altstadt</a></li></ul><p>Weiterlesen:</p><p>Seite drucken</p>");

        Assert.Equal(Story, paragraphs);
    }

    [Fact]
    public void Extract_TrailingListOfFacts_Stays()
    {
        var facts = new[] { "Length: 2.4 km", "Cost: 310 million", "Gates: 14", "Start of work: spring" };
        var paragraphs = Extract(string.Concat(facts.Select(f => $"<p>{f}</p>")));

        Assert.Equal(Story.Concat(facts), paragraphs);
    }

    [Fact]
    public void Extract_SentenceEndingInColon_Stays()
    {
        var paragraphs = Extract("<p>The mayor posted a picture of the plans on her account:</p>");

        Assert.Equal("The mayor posted a picture of the plans on her account:", paragraphs[^1]);
    }

    [Fact]
    public void Extract_RecallFocus_KeepsTrailingLabels()
    {
        var paragraphs = Extract("<p>Seite drucken</p>", ExtractionFocus.Recall);

        Assert.Equal("Seite drucken", paragraphs[^1]);
    }

    [Fact]
    public void Extract_IntroductionToRemovedLinksInsideTheBody_GoesWithThem()
    {
        var more = "Public meetings will be held in every affected district before the work begins in the spring, the mayor said.";
        var paragraphs = Extract($"<p>Schon gelesen?</p><p><a href='/a'>Hochwasser in der Altstadt</a></p><p>Das könnte Sie auch interessieren:</p><p><a href='/b'>Neue Brücke eröffnet</a></p><p>{more}</p>");

        Assert.Equal([.. Story, more], paragraphs);
    }
}
