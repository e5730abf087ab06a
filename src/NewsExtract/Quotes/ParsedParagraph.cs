namespace NewsExtract.Quotes;

/// <summary>
/// A paragraph read once for quote finding: its words, its quoted spans, which words each span holds and where
/// sentences end. Every later step works on these indexes instead of reading the text again.
/// </summary>
internal sealed class ParsedParagraph
{
    public ParsedParagraph(string text)
    {
        Text = text;
        Tokens = Token.Of(text, 0, text.Length);
        Spans = QuoteSpanScanner.Scan(text);
        SpanOf = new int[Tokens.Count];
        SpanFirst = new int[Spans.Count];
        SpanLast = new int[Spans.Count];
        var s = 0;
        for (var k = 0; k < Tokens.Count; k++)
        {
            while (s < Spans.Count && Tokens[k].Start >= Spans[s].End)
            {
                s++;
            }

            SpanOf[k] = s < Spans.Count && Tokens[k].Start >= Spans[s].Start ? s : -1;
        }

        for (var i = 0; i < Spans.Count; i++)
        {
            SpanFirst[i] = -1;
            SpanLast[i] = -1;
        }

        for (var k = 0; k < Tokens.Count; k++)
        {
            if (SpanOf[k] >= 0)
            {
                SpanFirst[SpanOf[k]] = SpanFirst[SpanOf[k]] < 0 ? k : SpanFirst[SpanOf[k]];
                SpanLast[SpanOf[k]] = k;
            }
        }

        IsQuote = new bool[Spans.Count];
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<QuoteSpan> Spans { get; }

    /// <summary>For each token, the index of the span holding it, or -1.</summary>
    public int[] SpanOf { get; }

    /// <summary>For each span, its first token, or -1 when it holds none.</summary>
    public int[] SpanFirst { get; }

    /// <summary>For each span, its last token, or -1 when it holds none.</summary>
    public int[] SpanLast { get; }

    /// <summary>For each span, whether it holds a quote rather than a title or a word mentioned as a word; set by the finder.</summary>
    public bool[] IsQuote { get; }

    /// <summary>Whether token k sits inside a span that holds a quote.</summary>
    public bool InQuote(int k) => SpanOf[k] >= 0 && IsQuote[SpanOf[k]];

    /// <summary>
    /// Whether a sentence ends after token k: a full stop, question or exclamation mark, then a capital, a digit or an
    /// opening mark. An abbreviation ("on X.") also ends a sentence before an opening mark.
    /// </summary>
    public bool BreaksAfter(int k)
    {
        if (k + 1 >= Tokens.Count)
        {
            return true;
        }

        var token = Tokens[k];
        var next = Tokens[k + 1];
        if (token.EndsSentence)
        {
            return next.IsCapitalized || next.OpensQuote || char.IsDigit(next.Word[0]) || next.Leading.Length > 0 && next.Leading[0] is '‘' or '\'' or '(';
        }

        return token.Word.EndsWith('.') && token.Trailing.Length == 0 && next.OpensQuote;
    }

    /// <summary>The first token of the sentence holding token k, not before <paramref name="floor"/>; breaks inside quotes do not count.</summary>
    public int SentenceStart(int k, int floor)
    {
        var b = k - 1;
        while (b >= floor && !(BreaksAfter(b) && !InQuote(b)))
        {
            b--;
        }

        return b + 1;
    }

    /// <summary>One past the last token of the sentence holding token k, not past <paramref name="ceiling"/>; breaks inside quotes do not count.</summary>
    public int SentenceEnd(int k, int ceiling)
    {
        var e = k;
        while (e < ceiling && !(BreaksAfter(e) && !InQuote(e)))
        {
            e++;
        }

        return Math.Min(e + 1, ceiling);
    }
}
