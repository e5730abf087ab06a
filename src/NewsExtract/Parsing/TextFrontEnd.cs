using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Parsing;

/// <summary>
/// The front end of the text pipeline: turns already-scraped plain text into blocks: each line is a block, except that a hard-wrapped paragraph (a long
/// line that does not end a sentence, followed by a line that starts in lower case) is joined back together.
/// </summary>
/// <param name="maxBlocks">The most blocks read from one text.</param>
internal sealed class TextFrontEnd(int maxBlocks) : IExtractionStage
{
    /// <summary>A line at least this long that stops mid-sentence is taken to be hard-wrapped.</summary>
    private const int WrappedLineMinChars = 50;

    /// <summary>The first stage of the text pipeline: reads the context's input.</summary>
    public void Run(ExtractionContext context) => Read(context.Input, context);

    public void Read(string text, ExtractionContext context)
    {
        string? pending = null;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                Add(ref pending, context);
                continue;
            }

            var collapsed = TextNormalizer.CollapseWhitespace(line.ToString());
            if (pending is not null && ContinuesWrappedLine(pending, collapsed))
            {
                pending = pending + " " + collapsed;
                continue;
            }

            Add(ref pending, context);
            pending = collapsed;
            if (context.Blocks.Count >= maxBlocks)
            {
                return;
            }
        }

        Add(ref pending, context);
    }

    private static bool ContinuesWrappedLine(string previous, string next) =>
        previous.Length >= WrappedLineMinChars
        && !TextNormalizer.EndsLikeSentence(previous)
        && next.Length > 0
        && char.IsLower(next[0]);

    private void Add(ref string? pending, ExtractionContext context)
    {
        if (pending is null)
        {
            return;
        }

        if (context.Blocks.Count < maxBlocks)
        {
            context.Blocks.Add(new Block(context.Blocks.Count, pending, BlockKind.Line));
        }

        pending = null;
    }
}
