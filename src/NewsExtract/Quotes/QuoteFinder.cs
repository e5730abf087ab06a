using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// Finds the quotes of an article's paragraphs: direct and partial quotes inside quotation marks, with their
/// attribution before or after them, and reported speech without marks. Speakers are resolved to full names.
/// Immutable: one instance serves every thread; each call keeps its state in locals.
/// </summary>
internal sealed class QuoteFinder
{
    /// <summary>A quoted paragraph with no attribution and no quote before it is a quote only from this many words (a shorter one is a pull quote or a slogan).</summary>
    private const int MinUnattributedWords = 6;

    /// <summary>A quoted sentence with no attribution continues the quote before it from this many words.</summary>
    private const int MinContinuationWords = 2;

    /// <summary>A fragment that is a cue's whole statement quotes directly from this many words ("said “the harbour is a disgrace.”").</summary>
    private const int MinDirectStatementWords = 4;

    /// <summary>A fragment in marks makes a mixed statement that a quote after it goes on from this many words (not a show's name, "on “Meet the Press.”").</summary>
    private const int MinStatementFragmentWords = 4;

    private readonly Lexicon lexicon;
    private readonly AttributionReader attributions;
    private readonly ReportedSpeechReader reported;
    private readonly StatementReader statements;
    private readonly SpanClassifier spans;
    private readonly QuoteContinuations continuations;

    public QuoteFinder(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        var speakers = new SpeakerReader(lexicon);
        attributions = new AttributionReader(lexicon, speakers);
        reported = new ReportedSpeechReader(lexicon, speakers);
        statements = new StatementReader(lexicon, reported);
        spans = new SpanClassifier(lexicon);
        continuations = new QuoteContinuations(attributions);
    }

    public List<Quote> Find(IReadOnlyList<string> paragraphs, bool includeIndirect, CancellationToken cancellationToken)
    {
        // Paragraphs after the last one that may quote cannot hold a quote nor name anyone a quote refers back to:
        // they are not read at all, and an article without any such paragraph is done at once.
        var mayQuote = new bool[paragraphs.Count];
        var last = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            mayQuote[p] = AttributionPrefilter.MayQuote(paragraphs[p], lexicon);
            last = mayQuote[p] ? p : last;
        }

        if (last < 0)
        {
            return [];
        }

        var parsed = new ParsedParagraph[last + 1];
        QuoteRun? run = null;
        try
        {
            for (var p = 0; p <= last; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                parsed[p] = mayQuote[p] ? new ParsedParagraph(paragraphs[p], full: true, lexicon) : ParsedParagraph.Unread(paragraphs[p]);
                if (parsed[p].IsFull)
                {
                    spans.Classify(parsed[p]);
                    parsed[p].FindSentences(lexicon);
                }
            }

            run = new QuoteRun(parsed, lexicon);
            for (var p = 0; p < parsed.Length; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                FindInParagraph(run, p, includeIndirect);
            }

            return run.Quotes;
        }
        finally
        {
            // The quotes hold their own strings: the tokens' pooled arrays go back for the next article.
            foreach (var paragraph in parsed)
            {
                paragraph?.Tokens.Release();
            }

            run?.ReleaseNames();
        }
    }

    /// <summary>The most words read on either side of a quote, within its sentence, for its attribution and statement.</summary>
    internal const int MaxAttributionDistance = 160;

    private void FindInParagraph(QuoteRun run, int p, bool includeIndirect)
    {
        var paragraph = run.Paragraphs[p];
        var tokens = paragraph.Tokens;
        run.ParagraphSpeaker = run.ContinuedSpeaker[p];
        var start = paragraph.IsFull ? paragraph.DatelineEnd : tokens.Count;
        var nextSpan = 0;

        var apostrophes = new ApostropheQuote();
        while (start < tokens.Count)
        {
            var end = paragraph.SentenceEnd(start, tokens.Count);
            var quoted = false;

            // Spans are in text order: each sentence reads on from where the last one stopped, so that a paragraph of
            // many sentences and many marks costs their sum, not their product.
            for (; nextSpan < paragraph.Spans.Count && paragraph.SpanFirst[nextSpan] < end; nextSpan++)
            {
                var s = nextSpan;
                if (!paragraph.IsQuote[s] || paragraph.SpanFirst[s] < start)
                {
                    continue;
                }

                // An attribution stands near its quote: a run-on "sentence" of thousands of words (no stops, a page
                // of marks) is read only so far on either side, which bounds the work per quote.
                var near = Math.Max(start, paragraph.SpanFirst[s] - MaxAttributionDistance);
                var nearEnd = Math.Min(end, paragraph.SpanLast[s] + 1 + MaxAttributionDistance);
                if (!(s == 0 && run.Consumed[p]) && !QuoteAt(run, p, s, near, nearEnd))
                {
                    // Nothing attributes it: a scare quote, read as plain words from here on.
                    paragraph.IsQuote[s] = false;
                    continue;
                }

                quoted = true;
            }

            if (includeIndirect)
            {
                // A sentence that quotes reports no more than what a subject of its own says: "Holm said the plan “…” and
                // warned …" is one statement; "“…,” Lind said, but he said …" two.
                run.Clauses.Clear();
                reported.Find(paragraph, start, end, quoted, run.Clauses);
                apostrophes.Read(tokens, start, end, quoted, run.Clauses);
                foreach (var clause in run.Clauses)
                {
                    AddReported(run, p, clause);
                }
            }

            start = end;
        }

        run.PreviousParagraphSpeaker = run.ParagraphSpeaker;
        run.PreviousParagraphHadQuote = run.ParagraphHadQuote;
        run.ParagraphHadQuote = false;
    }

    /// <summary>Reads the quote in span s of paragraph p, in the sentence tokens[sentenceStart..sentenceEnd); false when the span holds no quote.</summary>
    private bool QuoteAt(QuoteRun run, int p, int s, int sentenceStart, int sentenceEnd)
    {
        var paragraph = run.Paragraphs[p];
        var tokens = paragraph.Tokens;
        var span = paragraph.Spans[s];
        var first = paragraph.SpanFirst[s];
        var last = paragraph.SpanLast[s];
        var previous = PreviousQuote(paragraph, s);
        var next = NextQuote(paragraph, s);
        var beforeFrom = previous >= 0 ? Math.Max(sentenceStart, paragraph.SpanLast[previous] + 1) : sentenceStart;
        var afterTo = next >= 0 ? Math.Min(sentenceEnd, paragraph.SpanFirst[next]) : sentenceEnd;
        var interrupted = previous >= 0 && beforeFrom == paragraph.SpanLast[previous] + 1 && beforeFrom > sentenceStart;

        var (text, textStart) = Trimmed(paragraph.Text, span.Start, span.End);
        var words = TextNormalizer.CountWords(text);
        if (words == 0)
        {
            return false;
        }

        var lead = first > beforeFrom ? attributions.Lead(paragraph, beforeFrom, first) : null;
        var trail = attributions.Trail(paragraph, last + 1, afterTo, span.End);
        var attributionParagraph = p;

        // A quote running on: the next paragraphs that open with a mark continue it, until one closes it.
        var runsTo = p;
        if (!span.Closed)
        {
            (text, var closing, runsTo) = continuations.RunOn(run, p, text);
            if (trail is null && closing is not null)
            {
                trail = closing;
                attributionParagraph = runsTo;
            }
        }

        Attribution? attribution;
        QuoteKind kind;
        string? speaker = null;
        var continued = false;
        if (lead is not null)
        {
            attribution = lead.Speaker is null && trail?.Speaker is not null ? trail : lead;
            var fragment = char.IsLower(text[0]) && !tokens[first - 1].Trailing.Contains(':') && !interrupted;
            kind = fragment ? QuoteKind.Partial : QuoteKind.Direct;
        }
        else if (first > beforeFrom)
        {
            // Inside a sentence: a fragment, attributed by the cue that governs it.
            attribution = attributions.Embedded(paragraph, beforeFrom, first, words == 1) ?? (words > 1 ? trail : null);
            if (attribution is null)
            {
                return false;
            }

            kind = QuoteKind.Partial;
        }
        else if (trail is not null)
        {
            attribution = trail;
            kind = QuoteKind.Direct;
        }
        else if (first == 0 && p > 0 && continuations.IntroducedBefore(run.Paragraphs[p - 1]) is { } introduction)
        {
            // "The letter goes on to say:" closing the paragraph before introduces the quote that opens this one.
            attribution = introduction;
            attributionParagraph = p - 1;
            kind = QuoteKind.Direct;
        }
        else
        {
            // No attribution: a further sentence of the speaker quoted just before, or a paragraph that is all quote.
            attribution = null;
            kind = QuoteKind.Direct;
            var wholeParagraph = first == 0 && last + 1 >= tokens.Count;
            if (run.ParagraphSpeaker is not null && words >= MinContinuationWords && char.IsUpper(text[0]))
            {
                speaker = run.ParagraphSpeaker;
                continued = true;
            }
            else if (wholeParagraph && run.PreviousParagraphHadQuote && words >= MinContinuationWords)
            {
                speaker = run.PreviousParagraphSpeaker;
                continued = true;
            }
            else if (!(wholeParagraph && words >= MinUnattributedWords))
            {
                return false;
            }
        }

        // "“We never voted for it” against it at the meeting, he said": the writer's words run on after the closing mark,
        // so the marks hold a fragment of a mixed statement, whose content runs to the attribution or the sentence's end.
        var runOnLast = kind == QuoteKind.Direct && runsTo == p ? RunOnLast(paragraph, last, sentenceEnd, span.End, trail) : -1;
        if (runOnLast >= 0 || (continued && ContinuesReported(run, p, speaker)))
        {
            kind = QuoteKind.Partial;
        }

        if (attribution?.Speaker is { } phrase)
        {
            var at = run.Paragraphs[attributionParagraph].Tokens[Math.Min(attribution.Token, run.Paragraphs[attributionParagraph].Tokens.Count - 1)];
            speaker = run.Resolver.Resolve(phrase, SpeakerResolver.Position(attributionParagraph, at.Start));
        }
        else if (attribution is { Cue: not null })
        {
            // "…,” he said, adding: “…”": a cue naming no one goes on with whoever spoke last in the paragraph.
            speaker = run.ParagraphSpeaker;
        }

        for (var q = p + 1; q <= runsTo; q++)
        {
            // The paragraphs the quote ran into go on with its speaker.
            run.ContinuedSpeaker[q] = speaker;
        }

        var statement = kind == QuoteKind.Partial && attribution is not null && attributionParagraph == p
            ? statements.Of(paragraph, sentenceStart, sentenceEnd, first, last, attribution)
            : null;
        if (statement is { } whole && whole.First >= first && whole.Last <= last)
        {
            // The whole statement is inside the marks: "The leaflet claims “Holm is the candidate you can trust.”" quotes
            // directly when the fragment ends the sentence and opens as a clause does (not "said “is like …”", not "called it
            // “a disaster”", not "said that “…”").
            statement = null;
            ref var opening = ref tokens[first];
            if (last == sentenceEnd - 1 && words >= MinDirectStatementWords && !lexicon.Is(tokens[attribution!.Token], WordClass.NamingCue)
                && !(first > 0 && lexicon.Is(tokens[first - 1], WordClass.Complementizer))
                && (lexicon.Classes(opening) & (WordClass.Auxiliary | WordClass.BeForm | WordClass.Preposition)) == 0)
            {
                kind = QuoteKind.Direct;
            }
        }

        if (statement is null && runOnLast >= 0)
        {
            statement = (first, runOnLast);
        }

        var (contentStart, contentEnd) = statement is { } bounds ? StatementReader.Offsets(paragraph, bounds.First, bounds.Last) : (0, 0);
        var quote = new Quote
        {
            Text = text,
            Speaker = speaker,
            SpeakerRole = attribution?.Speaker?.Kind == SpeakerKind.Name ? attribution.Speaker.Role : null,
            Cue = attribution?.Cue,
            Kind = kind,
            ParagraphIndex = p,
            Start = textStart,
            Length = Math.Min(span.End, paragraph.Text.Length) - textStart,
            Content = statement is null ? null : paragraph.Text[contentStart..contentEnd],
            ContentStart = contentStart,
            ContentLength = contentEnd - contentStart,
        };

        if (run.Add(quote) && (attribution is not null || continued))
        {
            run.ParagraphSpeaker = speaker ?? run.ParagraphSpeaker;
            run.ParagraphHadQuote = true;
        }

        return true;
    }

    /// <summary>
    /// The last token of the writer's words that run on in the sentence after a closed quote ("“…” against it, he
    /// said"), before its attribution; -1 when the quote closes its clause or the attribution follows at once.
    /// </summary>
    private static int RunOnLast(ParsedParagraph paragraph, int last, int sentenceEnd, int spanEnd, Attribution? trail)
    {
        var tokens = paragraph.Tokens;
        var next = last + 1;
        if (next >= sentenceEnd || tokens[last].EndsClause || tokens[next].IsCapitalized || tokens[next].OpensQuote
            || AttributionReader.DashBetween(paragraph.Text, spanEnd, tokens[next].Start))
        {
            return -1;
        }

        if (trail is null)
        {
            return sentenceEnd - 1;
        }

        // "“…” against it, he said" runs on; "“…” the paper's editor Ann Lee said" is attributed at once, by a long subject.
        var attributed = Math.Min(trail.Token, trail.Speaker?.First ?? trail.Token);
        return attributed > next + 1 && tokens[attributed - 1].EndsClause ? attributed - 1 : -1;
    }

    /// <summary>Whether the last statement found in paragraph p, by the same speaker, was reported in other words or in part: a quote that goes on from it is part of a mixed statement.</summary>
    private static bool ContinuesReported(QuoteRun run, int p, string? speaker) =>
        run.Quotes.Count > 0 && run.Quotes[^1] is { Kind: QuoteKind.Partial or QuoteKind.Indirect } previous && previous.ParagraphIndex == p
        && previous.Speaker == speaker && (previous.Kind == QuoteKind.Indirect || TextNormalizer.CountWords(previous.Text) >= MinStatementFragmentWords);

    private void AddReported(QuoteRun run, int p, ReportedClause clause)
    {
        var paragraph = run.Paragraphs[p];
        var tokens = paragraph.Tokens;
        var start = tokens[clause.First].Start;
        ref var last = ref tokens[clause.Last];
        var end = last.Start + last.Word.Length;
        var speaker = run.Resolver.Resolve(clause.Speaker, SpeakerResolver.Position(p, tokens[clause.CueToken].Start));
        var statement = paragraph.Text[start..end];

        // "complained officials were trying to “shield” the mayor": words in marks make the statement a mixed one, though
        // nothing attributed the marked words themselves (a scare quote on its own).
        var marked = StatementReader.MarkedSpan(paragraph, start, end, lexicon);
        var (text, textStart) = marked is { } span ? Trimmed(paragraph.Text, span.Start, span.End) : (statement, start);
        run.Quotes.Add(new Quote
        {
            Text = text,
            Speaker = speaker,
            SpeakerRole = clause.Speaker?.Kind == SpeakerKind.Name ? clause.Speaker.Role : null,
            Cue = clause.Cue,
            Kind = marked is null ? QuoteKind.Indirect : QuoteKind.Partial,
            ParagraphIndex = p,
            Start = textStart,
            Length = marked is { } within ? within.End - textStart : end - start,
            Content = marked is null ? null : statement,
            ContentStart = marked is null ? 0 : start,
            ContentLength = marked is null ? 0 : end - start,
        });
        run.Normalized.Add(string.Empty);
        run.WordCounts.Add(0);
    }

    private static int PreviousQuote(ParsedParagraph paragraph, int s)
    {
        for (var k = s - 1; k >= 0; k--)
        {
            if (paragraph.IsQuote[k] && paragraph.SpanLast[k] >= 0)
            {
                return k;
            }
        }

        return -1;
    }

    private static int NextQuote(ParsedParagraph paragraph, int s)
    {
        for (var k = s + 1; k < paragraph.Spans.Count; k++)
        {
            if (paragraph.IsQuote[k] && paragraph.SpanFirst[k] >= 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The text from start to end without the white space at its ends, and where it starts.</summary>
    internal static (string Text, int Start) Trimmed(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (text[start..end], start);
    }
}
