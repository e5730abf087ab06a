using NewsExtract.Text;
using NewsExtract.Pipeline;

namespace NewsExtract.Metadata;

/// <summary>
/// The metadata of plain text, which has only its lines: the headline is found by <see cref="TextTitleFinder"/>, the
/// date is a date line right around it. What stands before the headline is the page around the article (navigation,
/// teasers of other articles) and goes, unless it holds running prose, or half as much text as follows the headline
/// and tells of the same things (then the headline may be a subhead, and nothing is thrown away on its word).
/// </summary>
internal sealed class TextTitleStage : IExtractionStage
{
    public static TextTitleStage Default { get; } = new();

    /// <summary>What stands before the headline is dropped when it has less than this share of the text after it (in characters: scripts without spaces count too).</summary>
    private const double MaxProseShareBeforeHeadline = 0.5;

    public void Run(ExtractionContext context)
    {
        var metadata = context.Set(new MetadataBuilder());
        var blocks = context.Blocks;
        var title = TextTitleFinder.Find(blocks);
        if (title < 0)
        {
            return;
        }

        if (HoldsRunningProse(blocks, title) && FirstKept(blocks) is >= 0 and var opening && opening < title && OpensAsHeadline(blocks[opening].Text)
            && WordOverlap.Of(blocks, opening, opening + 1, title) == Relatedness.Yes && !OpensLaterBlock(blocks, opening))
        {
            // Running prose before the headline-like line: that line stands inside the article (a question, a quoted
            // cry), and the short line of one sentence that opens the text, and tells of what follows that line (not a
            // teaser's headline), is its headline, full stop or not.
            title = opening;
        }

        metadata.Title = blocks[title].Text;
        if (TextTitleFinder.BylineUnder(blocks, title) is >= 0 and var byline)
        {
            blocks[byline].Remove(RemovalReason.Metadata, RemovalRules.Byline);
        }

        metadata.Published = DateFinder.FindInText(blocks, metadata.Title);
        if (!HoldsRunningProse(blocks, title)
            && (KeptChars(blocks, 0, title) < KeptChars(blocks, title + 1, blocks.Count) * MaxProseShareBeforeHeadline
                || !WordOverlap.Shares(blocks, 0, title, title)))
        {
            for (var i = 0; i < title; i++)
            {
                blocks[i].Remove(RemovalReason.OutsideContent, RemovalRules.BeforeHeadline);
            }
        }
    }

    /// <summary>
    /// Whether two prose blocks follow each other before the headline: running text, which teasers and navigation are
    /// not. Then the headline may be a subhead, and what stands before it may be the article's start.
    /// </summary>
    private static bool HoldsRunningProse(List<Block> blocks, int title) => ProseSections.RunsOn(blocks, 0, title);

    /// <summary>A headline opening the text has at most this many words: a sentence of prose is longer.</summary>
    private const int MaxHeadlineWords = 16;

    /// <summary>A headline has at most this many characters.</summary>
    private const int MaxHeadlineChars = 200;

    private static int FirstKept(List<Block> blocks) => blocks.FindIndex(b => b.Kept);

    /// <summary>Whether a later block opens with the words of this one (cut short or whole): a teaser's copy of a paragraph, not a headline.</summary>
    private static bool OpensLaterBlock(List<Block> blocks, int line)
    {
        var head = blocks[line].Text.AsSpan().Trim().TrimEnd(".…").TrimEnd();
        for (var i = line + 1; i < blocks.Count && head.Length > 0; i++)
        {
            if (blocks[i].Text.AsSpan().TrimStart().StartsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line may be the headline that opens a text: short, one sentence, not opening in lower case.</summary>
    private static bool OpensAsHeadline(string text)
    {
        var line = text.AsSpan().Trim();
        var words = TextNormalizer.CountWords(line);
        if (line.Length is 0 or > MaxHeadlineChars || words is < 2 or > MaxHeadlineWords || char.IsLower(line[0]) || line.Contains('\n'))
        {
            return false;
        }

        // One sentence: no full stop, question or exclamation mark inside it followed by a space.
        var inner = line.TrimEnd("\"'”’»)].!?…");
        for (var i = 0; i + 1 < inner.Length; i++)
        {
            if (inner[i] is '.' or '!' or '?' && char.IsWhiteSpace(inner[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static int KeptChars(List<Block> blocks, int start, int end)
    {
        var chars = 0;
        for (var i = start; i < end; i++)
        {
            if (blocks[i].Kept)
            {
                chars += blocks[i].Text.Length;
            }
        }

        return chars;
    }
}
