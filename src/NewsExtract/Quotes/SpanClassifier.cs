using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// Tells the spans in quotation marks that may be quotes from titles, names and slogans in marks ("The Long Night",
/// "Gang of Six") that nothing attributes: short, title-cased, with no cue after them and no colon before.
/// </summary>
internal sealed class SpanClassifier(Lexicon lexicon)
{
    /// <summary>Titles and names in marks are short: "The Long Night", "Gang of Six".</summary>
    private const int MaxTitleWords = 7;

    /// <summary>Words shorter than this do not decide whether a span is title-cased ("of", "the", "to").</summary>
    private const int MinTitleContentLetters = 4;

    /// <summary>Marks each span as a quote, or as a title, name or slogan in marks ("The Long Night", "Gang of Six") that nothing attributes.</summary>
    public void Classify(ParsedParagraph paragraph)
    {
        var tokens = paragraph.Tokens;
        for (var s = 0; s < paragraph.Spans.Count; s++)
        {
            var first = paragraph.SpanFirst[s];
            var last = paragraph.SpanLast[s];
            if (first < 0)
            {
                continue;
            }

            if (!IsTitleLike(paragraph, s))
            {
                paragraph.IsQuote[s] = true;
                continue;
            }

            // "“Gang of Six,” Smith said" quotes; "“The Long Night” recounts …" names a chapter.
            var after = last + 1;
            var cueAfter = after < tokens.Count && tokens[last].HasComma
                && (lexicon.CueLength(tokens, after) > 0 || (after + 1 < tokens.Count && !tokens[after].EndsClause && lexicon.CueLength(tokens, after + 1) > 0));
            var colonBefore = first > 0 && tokens[first - 1].Trailing.Contains(':');
            paragraph.IsQuote[s] = cueAfter || colonBefore;
        }
    }

    /// <summary>Whether tokens[first..last] read as a title or name: short, and every longer word capitalised.</summary>
    private static bool IsTitleLike(ParsedParagraph paragraph, int s)
    {
        var tokens = paragraph.Tokens;
        var first = paragraph.SpanFirst[s];
        var last = paragraph.SpanLast[s];
        var span = paragraph.Spans[s];
        // Counted only as far as the limit: a long quote is told from a title by its first words, not by reading all of them.
        if (last - first + 1 > MaxTitleWords || TextNormalizer.HasWords(paragraph.Text.AsSpan(span.Start, span.End - span.Start), MaxTitleWords + 1))
        {
            return false;
        }

        var capitalized = 0;
        for (var k = first; k <= last; k++)
        {
            // A sentence ends inside: "“Every one.”" is said, not a title.
            if (tokens[k].EndsSentence && (k < last || !ClosesBeforeStop(tokens[k].Trailing)))
            {
                return false;
            }

            var letters = 0;
            foreach (var c in tokens[k].WordSpan)
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }

            if (letters < MinTitleContentLetters)
            {
                continue;
            }

            if (!tokens[k].IsCapitalized)
            {
                return false;
            }

            capitalized++;
        }

        return capitalized > 0;
    }

    /// <summary>"Zeitung“." — the full stop stands after the closing mark, outside the quote.</summary>
    private static bool ClosesBeforeStop(string trailing)
    {
        var mark = trailing.AsSpan().IndexOfAny(QuoteSpanScanner.DoubleMarks);
        return mark >= 0 && trailing.AsSpan(mark).IndexOfAny(".!?") >= 0;
    }
}
