namespace NewsExtract.Quotes;

/// <summary>
/// A paragraph read once for quote finding: its words, its quoted spans, which words each span holds and where
/// sentences end. Every later step works on these indexes instead of reading the text again.
/// </summary>
internal sealed class ParsedParagraph
{
    /// <summary>
    /// Reads a paragraph. One with neither a quotation mark nor a cue word holds no quote: only its names are read
    /// (for the speakers of other paragraphs), which spares most of the work on most paragraphs.
    /// </summary>
    /// <param name="text">The paragraph.</param>
    /// <param name="full">Whether it may hold a quote (<see cref="AttributionPrefilter.MayQuote"/>), so that every word is read.</param>
    /// <param name="lexicon">The word lists.</param>
    public ParsedParagraph(string text, bool full, Lexicon lexicon)
        : this(text, full, readNames: true, lexicon)
    {
    }

    private ParsedParagraph(string text, bool full, bool readNames, Lexicon? lexicon)
    {
        Text = text;
        IsFull = full;
        IsUnread = !full && !readNames;
        Spans = IsFull ? QuoteSpanScanner.Scan(text) : [];
        Tokens = IsFull ? WordsOutsideQuotes(text, Spans) : readNames ? NameTokenizer.Read(text, lexicon!) : new TokenList(0);
        SpanOf = new int[Tokens.Count];
        SpanFirst = Spans.Count == 0 ? [] : new int[Spans.Count];
        SpanLast = Spans.Count == 0 ? [] : new int[Spans.Count];
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

        IsQuote = Spans.Count == 0 ? [] : new bool[Spans.Count];
        breaks = new bool[Tokens.Count];
    }

    /// <summary>
    /// A paragraph that cannot quote, left unread: only the speaker resolver needs its names, and it asks for them
    /// (<see cref="WithNames"/>) only when a quote's speaker is to be resolved, which many articles never do.
    /// </summary>
    public static ParsedParagraph Unread(string text) => new(text, full: false, readNames: false, lexicon: null);

    /// <summary>This paragraph with its names read, when it was left unread; otherwise itself.</summary>
    public ParsedParagraph WithNames(Lexicon lexicon) => IsUnread ? new ParsedParagraph(Text, full: false, lexicon) : this;

    /// <summary>
    /// Every word outside the quotes, and of each quote its first and last word (with the marks) or, for a short
    /// one, every word: what a quote says is taken from the text, so the words inside a long one need no tokens.
    /// </summary>
    private static TokenList WordsOutsideQuotes(string text, List<QuoteSpan> spans)
    {
        if (spans.Count == 0)
        {
            return Token.Of(text, 0, text.Length);
        }

        var tokens = TokenList.Rent(text.Length / 6);
        var from = 0;
        foreach (var span in spans)
        {
            // « Nous irons »: the marks may be set off by spaces.
            var firstEnd = span.Start;
            while (firstEnd < span.End && char.IsWhiteSpace(text[firstEnd]))
            {
                firstEnd++;
            }

            while (firstEnd < span.End && !char.IsWhiteSpace(text[firstEnd]))
            {
                firstEnd++;
            }

            var lastStart = span.End;
            while (lastStart > firstEnd && char.IsWhiteSpace(text[lastStart - 1]))
            {
                lastStart--;
            }

            while (lastStart > firstEnd && !char.IsWhiteSpace(text[lastStart - 1]))
            {
                lastStart--;
            }

            var chunks = 0;

            for (var k = firstEnd; k < lastStart && chunks <= MaxTokenisedQuoteWords; k++)
            {
                chunks += char.IsWhiteSpace(text[k]) ? 1 : 0;
            }

            if (chunks > MaxTokenisedQuoteWords)
            {
                Token.AddRange(tokens, text, from, firstEnd);
                from = lastStart;
            }
        }

        Token.AddRange(tokens, text, from, text.Length);
        return tokens;
    }

    /// <summary>Words in capitals and a dash that open a wire story ("WASHINGTON (AP) —"): not part of its first sentence.</summary>
    public int DatelineEnd
    {
        get
        {
            // "WASHINGTON (AP) —", "DUBAI, March 3 (Reuters) -", "SACRAMENTO, Calif. (AP) —": a place in capitals, a dash soon after.
            if (Tokens.Count == 0 || !IsCapitals(Tokens[0].WordSpan))
            {
                return 0;
            }

            for (var k = 0; k < Tokens.Count && k < MaxDatelineTokens; k++)
            {
                // A dateline ends with a dash; a sentence end first means there is none.
                if (Tokens[k].Trailing.AsSpan().IndexOfAny("—–-") >= 0)
                {
                    return k + 1;
                }

                if (Tokens[k].EndsSentence && !Tokens[k].WordSpan.EndsWith('.'))
                {
                    return 0;
                }
            }

            return 0;
        }
    }

    public string Text { get; }

    /// <summary>Whether every word was read; otherwise only capitalised words and the two before each, with gaps between.</summary>
    public bool IsFull { get; }

    /// <summary>Whether no word was read (<see cref="Unread"/>): it has no tokens until <see cref="WithNames"/>.</summary>
    public bool IsUnread { get; }

    public TokenList Tokens { get; }

    public List<QuoteSpan> Spans { get; }

    /// <summary>For each token, the index of the span holding it, or -1.</summary>
    public int[] SpanOf { get; }

    /// <summary>For each span, its first token, or -1 when it holds none.</summary>
    public int[] SpanFirst { get; }

    /// <summary>For each span, its last token, or -1 when it holds none.</summary>
    public int[] SpanLast { get; }

    /// <summary>For each span, whether it holds a quote rather than a title or a word mentioned as a word; set by the finder.</summary>
    public bool[] IsQuote { get; }

    private const int MaxDatelineTokens = 8;

    /// <summary>Quotes of up to about this many words are read word by word (titles and slogans are told apart by their words).</summary>
    private const int MaxTokenisedQuoteWords = 12;

    /// <summary>Cues within this many words after a quote's closing full stop make the words after it its attribution, not a new sentence.</summary>
    private const int AttributionReach = 6;

    private readonly bool[] breaks;

    /// <summary>Whether token k sits inside a span that holds a quote.</summary>
    public bool InQuote(int k) => SpanOf[k] >= 0 && IsQuote[SpanOf[k]];

    /// <summary>
    /// Decides where sentences end, once the spans are classified. A full stop inside a quote ends the sentence
    /// only at the quote's last word, when no cue follows soon ("…disgrace!” Ellis wrote" is one sentence).
    /// </summary>
    public void FindSentences(Lexicon lexicon)
    {
        for (var k = 0; k < Tokens.Count; k++)
        {
            if (!BreaksAfter(k))
            {
                continue;
            }

            if (!InQuote(k))
            {
                breaks[k] = true;
                continue;
            }

            if (SpanLast[SpanOf[k]] != k)
            {
                continue;
            }

            var cueFollows = false;
            for (var j = k + 1; j < Tokens.Count && j <= k + AttributionReach && !cueFollows; j++)
            {
                var length = lexicon.CueLength(Tokens, j);

                // "…“unfinished.” He said the board has …": a cue that goes on into a clause of its own opens a new sentence.
                cueFollows = length > 0 && !OpensReportedClause(lexicon, k, j, length);
                if (length > 0 || Tokens[j].EndsSentence)
                {
                    break;
                }
            }

            // "“…late.” — Sofia Marsh": a dash after the closing mark introduces the speaker.
            var dashFollows = Tokens[k].Trailing.AsSpan().IndexOfAny("—–") >= 0;
            breaks[k] = (!cueFollows && !dashFollows) || ClosesBeforeStop(Tokens[k].Trailing);
        }

        if (Tokens.Count > 0)
        {
            breaks[^1] = true;
        }
    }

    /// <summary>
    /// Whether the cue at tokens[cue] after the quote closing at token k has a clause of its own after it ("“…” He said
    /// the FBI has …"), not only a speaker ("“…?” said the senator", "“…?” Smith asked the crowd").
    /// </summary>
    private bool OpensReportedClause(Lexicon lexicon, int k, int cue, int length)
    {
        var after = cue + length;
        if (cue == k + 1 || after >= Tokens.Count || Tokens[after - 1].EndsClause || !lexicon.Is(Tokens[cue], WordClass.ClauseCue)
            || lexicon.Is(Tokens[cue], WordClass.ObjectCue))
        {
            return false;
        }

        var opens = lexicon.Classes(Tokens[after]) & (WordClass.Pronoun | WordClass.Complementizer | WordClass.Determiner | WordClass.ClauseOpener | WordClass.Preposition);
        return opens != 0 && (opens & WordClass.Preposition) == 0;
    }

    /// <summary>Whether a sentence ends after token k (see <see cref="FindSentences"/>).</summary>
    public bool SentenceBreak(int k) => breaks[k];

    /// <summary>
    /// Whether a full stop, question or exclamation mark ends after token k, then a capital, a digit or an opening
    /// mark. An abbreviation ("on X.") also ends a sentence before an opening mark.
    /// </summary>
    private bool BreaksAfter(int k)
    {
        if (k + 1 >= Tokens.Count)
        {
            return true;
        }

        ref var token = ref Tokens[k];
        ref var next = ref Tokens[k + 1];
        if (token.EndsSentence)
        {
            return next.IsCapitalized || next.OpensQuote || char.IsDigit(next.WordSpan[0]) || next.Leading.Length > 0 && next.Leading[0] is '‘' or '\'' or '(';
        }

        return token.WordSpan.EndsWith('.') && token.Trailing.Length == 0 && next.OpensQuote;
    }

    /// <summary>One past the last token of the sentence holding token k, not past <paramref name="ceiling"/>.</summary>
    public int SentenceEnd(int k, int ceiling)
    {
        var e = k;
        while (e < ceiling && !breaks[e])
        {
            e++;
        }

        return Math.Min(e + 1, ceiling);
    }

    /// <summary>"…here”." — the full stop stands after the closing mark: the sentence surely ends.</summary>
    private static bool ClosesBeforeStop(string trailing)
    {
        var mark = trailing.AsSpan().IndexOfAny(QuoteSpanScanner.DoubleMarks);
        return mark >= 0 && trailing.AsSpan(mark).IndexOfAny(".!?") >= 0;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }
}
