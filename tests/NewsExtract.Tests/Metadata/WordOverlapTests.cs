using NewsExtract.Metadata;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Metadata;

/// <summary>
/// Whether lines of plain text tell of the same things as the text after them: by their longer words, or, in a script
/// written without spaces, by their pairs of neighbouring characters.
/// </summary>
public sealed class WordOverlapTests
{
    private const string Headline = "港口当局下令调查夜间渡轮安全";
    private const string Article = "港口当局周一表示，将对夜间渡轮的安全进行独立调查，此前两名船员受伤。调查将涵盖天气程序和人员配置。";
    private const string German = "Die Bibliothek der Stadt verlängert ihre Öffnungszeiten am Wochenende deutlich, teilte die Verwaltung mit.";

    private static List<Block> Lines(params string[] lines) => [.. lines.Select((line, i) => new Block(i, line, BlockKind.Line))];

    [Fact]
    public void Of_HeadlineWithoutSpacesOverItsArticle_IsRelated() =>
        Assert.Equal(Relatedness.Yes, WordOverlap.Of(Lines(Headline, Article), 0, 1, 1));

    [Fact]
    public void Of_HeadlineWithoutSpacesOverAnotherArticle_IsUnrelated() =>
        Assert.Equal(Relatedness.No, WordOverlap.Of(Lines(Headline, German), 0, 1, 1));

    [Fact]
    public void Of_SpacedLineOverAnArticleWithoutSpaces_IsUnrelated() =>
        Assert.Equal(Relatedness.No, WordOverlap.Of(Lines(German, Article), 0, 1, 1));

    [Fact]
    public void Of_LineWithTooFewLongerWords_IsUnknown() =>
        Assert.Equal(Relatedness.Unknown, WordOverlap.Of(Lines("Ferry review", German), 0, 1, 1));
}
