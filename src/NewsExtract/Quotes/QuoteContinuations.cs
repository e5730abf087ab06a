namespace NewsExtract.Quotes;

/// <summary>
/// A quote that reaches across paragraphs: one introduced by the last sentence of the paragraph before, ending with a
/// colon, and one whose closing mark is paragraphs later (each continuing paragraph opens with a quotation mark).
/// </summary>
internal sealed class QuoteContinuations(AttributionReader attributions)
{
    /// <summary>The attribution in the last sentence of a paragraph that ends with a colon, introducing the next paragraph's quote.</summary>
    public Attribution? IntroducedBefore(ParsedParagraph before)
    {
        var tokens = before.Tokens;
        if (!before.IsFull || tokens.Count == 0 || !tokens[^1].Trailing.Contains(':') || before.InQuote(tokens.Count - 1))
        {
            return null;
        }

        var start = tokens.Count - 1;
        while (start > before.DatelineEnd && start > tokens.Count - QuoteFinder.MaxAttributionDistance && !before.SentenceBreak(start - 1))
        {
            start--;
        }

        return attributions.Lead(before, start, tokens.Count);
    }

    /// <summary>Joins the paragraphs after p that continue its unclosed quote; returns the whole text and the attribution after its closing mark.</summary>
    public (string Text, Attribution? Closing, int LastParagraph) RunOn(QuoteRun run, int p, string text)
    {
        var joined = text;
        for (var q = p + 1; q < run.Paragraphs.Length; q++)
        {
            var next = run.Paragraphs[q];
            if (!QuoteSpanScanner.StartsWithOpener(next.Text) || next.Spans.Count == 0 || !next.IsQuote[0])
            {
                break;
            }

            var span = next.Spans[0];
            joined += " " + QuoteFinder.Trimmed(next.Text, span.Start, span.End).Text;
            run.Consumed[q] = true;
            if (span.Closed)
            {
                var afterTo = next.Spans.Count > 1 && next.SpanFirst[1] >= 0 ? next.SpanFirst[1] : next.SentenceEnd(next.SpanLast[0] + 1, next.Tokens.Count);
                return (joined, attributions.Trail(next, next.SpanLast[0] + 1, afterTo, span.End), q);
            }
        }

        var lastRun = p;
        while (lastRun + 1 < run.Paragraphs.Length && run.Consumed[lastRun + 1])
        {
            lastRun++;
        }

        return (joined, null, lastRun);
    }
}
