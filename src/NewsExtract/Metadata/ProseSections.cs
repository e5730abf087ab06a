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
    public static bool Running(IReadOnlyList<Block> blocks, int title)
    {
        var previousWasProse = false;
        for (var i = title + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!block.Kept)
            {
                continue;
            }

            if (TextTitleFinder.IsTitleLike(block.Text))
            {
                return false;
            }

            var prose = TextTitleFinder.IsProse(block);
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
        for (var i = title + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!block.Kept)
            {
                continue;
            }

            if (TextTitleFinder.IsTitleLike(block.Text))
            {
                break;
            }

            if (TextTitleFinder.IsProse(block))
            {
                prose++;
            }
        }

        return prose;
    }

    /// <summary>Whether the line ends cut short ("…", "..."), as a teaser's paragraph may.</summary>
    public static bool IsCut(string line)
    {
        var text = line.AsSpan().TrimEnd();
        return text.EndsWith("…", StringComparison.Ordinal) || text.EndsWith("...", StringComparison.Ordinal);
    }
}
