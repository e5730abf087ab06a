using NewsExtract.Metadata;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Metadata;

/// <summary>
/// The prose under a headline-like line of plain text: an article's runs on, paragraph after paragraph; teasers of
/// other articles come one paragraph each, with their next headline between or their paragraph cut short.
/// </summary>
public sealed class ProseSectionsTests
{
    private const string P1 = "The harbour authority has ordered an independent review of safety on the night ferries after two crew members were injured.";
    private const string P2 = "The review of the night ferries will look at weather procedures, staffing levels and the age of the fleet, the harbour authority said on Monday.";
    private const string Teaser = "The museum will reopen its north wing next spring after three years of repairs to the roof and the old glass ceiling.";

    private static List<Block> Lines(params string[] lines) => [.. lines.Select((line, i) => new Block(i, line, BlockKind.Line))];

    [Fact]
    public void Running_TwoParagraphsInARow_IsRunningProse()
    {
        var blocks = Lines("Ferry safety review ordered", P1, P2);

        Assert.True(ProseSections.Running(blocks, 0));
        Assert.Equal(2, ProseSections.Count(blocks, 0));
    }

    [Fact]
    public void Running_ParagraphsWithAShortLineBetween_IsNotRunningProse()
    {
        // A teaser's paragraph, then the next teaser's one-word headline, then its paragraph.
        var blocks = Lines("Museum wing to reopen", Teaser, "Document", P1);

        Assert.False(ProseSections.Running(blocks, 0));
        Assert.Equal(2, ProseSections.Count(blocks, 0));
    }

    [Fact]
    public void Running_FirstParagraphCutShort_DoesNotStartRunningProse()
    {
        var blocks = Lines("Museum wing to reopen", Teaser[..60] + "…", P1);

        Assert.False(ProseSections.Running(blocks, 0));
    }

    [Fact]
    public void Running_RemovedLineBetweenParagraphs_IsSkipped()
    {
        var blocks = Lines("Ferry safety review ordered", P1, "Advertisement", P2);
        blocks[2].Remove(RemovalReason.Boilerplate, RemovalRules.BoilerplatePhrase);

        Assert.True(ProseSections.Running(blocks, 0));
    }

    [Theory]
    [InlineData("The museum will reopen its north wing…", true)]
    [InlineData("The museum will reopen its north wing ... ", true)]
    [InlineData("The museum will reopen its north wing.", false)]
    public void IsCut_EllipsisAtTheEnd_IsCutShort(string line, bool cut) => Assert.Equal(cut, ProseSections.IsCut(line));
}
