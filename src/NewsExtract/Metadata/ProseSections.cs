using NewsExtract.Pipeline;

namespace NewsExtract.Metadata;

/// <summary>
/// The prose under a headline-like line of plain text, up to the next one: how much there is, and whether it runs on
/// as an article's does or comes a paragraph at a time, as teasers of other articles do.
/// </summary>
internal static class ProseSections
{
    /// <summary>
    /// Whether two prose blocks follow each other in the line's section, with no kept line between (removed ones
    /// aside) and the first not cut short: running text. Teasers of other articles give one paragraph each, their
    /// next headline between (which may not read as one: "linux video", "Document").
    /// </summary>
    public static bool Running(IReadOnlyList<Block> blocks, int title) => RunsOn(blocks, title + 1, SectionEnd(blocks, title));

    /// <summary>
    /// Whether two prose blocks follow each other among the blocks from <paramref name="from"/> up to
    /// <paramref name="to"/> (removed ones aside), the first not cut short ("…"): running text, which teasers (a
    /// headline and one paragraph each) and navigation are not.
    /// </summary>
    public static bool RunsOn(IReadOnlyList<Block> blocks, int from, int to)
    {
        var previousWasProse = false;
        for (var i = from; i < to; i++)
        {
            var block = blocks[i];
            if (!block.Kept)
            {
                continue;
            }

            var prose = !TextTitleFinder.IsTitleLike(block.Text) && TextTitleFinder.IsProse(block);
            if (prose && previousWasProse)
            {
                return true;
            }

            previousWasProse = prose && !IsCut(block.Text);
        }

        return false;
    }

    /// <summary>How many prose blocks follow the line before the next headline-like line.</summary>
    public static int Count(IReadOnlyList<Block> blocks, int title)
    {
        var prose = 0;
        var end = SectionEnd(blocks, title);
        for (var i = title + 1; i < end; i++)
        {
            if (blocks[i].Kept && TextTitleFinder.IsProse(blocks[i]))
            {
                prose++;
            }
        }

        return prose;
    }

    /// <summary>Where the line's section ends: at the next kept headline-like line, or the text's end.</summary>
    private static int SectionEnd(IReadOnlyList<Block> blocks, int title)
    {
        for (var i = title + 1; i < blocks.Count; i++)
        {
            if (blocks[i].Kept && TextTitleFinder.IsTitleLike(blocks[i].Text))
            {
                return i;
            }
        }

        return blocks.Count;
    }

    /// <summary>Whether the line ends cut short ("…", "..."), as a teaser's paragraph may.</summary>
    public static bool IsCut(string line)
    {
        var text = line.AsSpan().TrimEnd();
        return text.EndsWith("…", StringComparison.Ordinal) || text.EndsWith("...", StringComparison.Ordinal);
    }
}
