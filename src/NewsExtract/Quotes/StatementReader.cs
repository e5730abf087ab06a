namespace NewsExtract.Quotes;

/// <summary>
/// Finds the whole attributed statement a quoted fragment sits in: Holm said <i>the plan “treats the symptom”</i>;
/// Lind called <i>the ruling “hasty and careless.”</i>; <i>the builders had “cut every corner” on the
/// quay</i>, she said. The statement is the reported clause the fragment's cue governs, without the speaker and cue.
/// </summary>
internal sealed class StatementReader(Lexicon lexicon, ReportedSpeechReader reported)
{
    /// <summary>The statement's first and last token, or <see langword="null"/> when its bounds are not found.</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">One past the sentence's last token.</param>
    /// <param name="first">The fragment's first token.</param>
    /// <param name="last">The fragment's last token.</param>
    /// <param name="attribution">The fragment's attribution, in this sentence.</param>
    public (int First, int Last)? Of(ParsedParagraph paragraph, int start, int end, int first, int last, Attribution attribution)
    {
        var cue = attribution.Token;
        if (attribution.Cue is null || cue < start || cue >= end || (cue >= first && cue <= last))
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        if (reported.ClauseOf(paragraph, start, end, cue) is { } clause && clause.First <= first && clause.Last >= last)
        {
            return (clause.First, cue < first ? EndInsideQuote(tokens, last, clause.Last) : clause.Last);
        }

        if (cue > first)
        {
            // A cue after the fragment whose clause was not read: where the statement opens is not known.
            return null;
        }

        // "called the plan “a disaster”", "told supporters after his victory that “…”": what the cue governs, up to
        // the fragment's end (what follows it is as often the writer's as the speaker's).
        var from = cue + Math.Max(1, lexicon.CueLength(tokens, cue));
        for (var k = from; k < first; k++)
        {
            if (lexicon.Is(tokens[k], WordClass.Complementizer))
            {
                from = k + 1;
                break;
            }
        }

        return (from, last);
    }

    /// <summary>The first stretch in double quotation marks that opens and closes inside text[start..end), or <see langword="null"/>.</summary>
    /// <remarks>Words mentioned as words ("the word “resilience”", "the so-called “frugal four”") are passed over.</remarks>
    public static QuoteSpan? MarkedSpan(ParsedParagraph paragraph, int start, int end, Lexicon lexicon)
    {
        var tokens = paragraph.Tokens;
        var spans = paragraph.Spans;

        // Spans come in text order: only those that open inside the clause are read, so that a paragraph of many
        // clauses and many marks costs the sum of its clauses, not their product.
        for (var s = FirstOpeningAfter(spans, start); s < spans.Count && spans[s].Start < end; s++)
        {
            var span = spans[s];
            var first = paragraph.SpanFirst[s];
            if (span.Closed && span.End <= end + 1 && first >= 0
                && QuoteSpanScanner.IsDoubleMark(paragraph.Text[span.Start - 1])
                && !(first > 0 && lexicon.Is(tokens[first - 1], WordClass.MentionNoun)))
            {
                return span;
            }
        }

        return null;
    }

    /// <summary>The index of the first span that opens after <paramref name="offset"/> (spans are in text order).</summary>
    private static int FirstOpeningAfter(IReadOnlyList<QuoteSpan> spans, int offset)
    {
        var low = 0;
        var high = spans.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (spans[middle].Start > offset)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>The text offsets of tokens[first..last], with the quotation marks that open and close them.</summary>
    public static (int Start, int End) Offsets(ParsedParagraph paragraph, int first, int last)
    {
        ref var opening = ref paragraph.Tokens[first];
        ref var closing = ref paragraph.Tokens[last];
        var start = opening.OpensQuote ? opening.Start - opening.Leading.Length : opening.Start;
        var end = Math.Min(closing.Start + closing.WordSpan.Length, paragraph.Text.Length);
        var after = paragraph.Text.AsSpan(end, Math.Min(closing.End, paragraph.Text.Length) - end);
        var mark = after.LastIndexOfAny(QuoteSpanScanner.DoubleMarks);
        return (Math.Max(0, start), mark >= 0 && after[..mark].IndexOfAny(" —–") < 0 ? end + mark + 1 : end);
    }

    /// <summary>
    /// "said the review is “unfinished.” He said …": a sentence that ends inside a closing mark ends the statement, though
    /// the sentence reader let it run on for a cue that follows (the cue of the next sentence).
    /// </summary>
    private static int EndInsideQuote(TokenList tokens, int last, int to)
    {
        for (var k = last; k < to; k++)
        {
            ref var next = ref tokens[k + 1];
            if (tokens[k].EndsSentence && (next.IsCapitalized || next.OpensQuote))
            {
                return k;
            }
        }

        return to;
    }
}
