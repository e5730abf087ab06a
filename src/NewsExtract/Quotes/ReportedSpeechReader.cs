namespace NewsExtract.Quotes;

/// <summary>
/// Finds reported speech without quotation marks in one sentence, every clause of it: "Rask said (that) the council
/// had …", "…, Rao said on Monday", "According to the report, …", "…, according to state media", "The plan, he
/// said, would …", "Moss, who said Lind …, recounted …", "Asked whether …". The reported clause runs from
/// the cue to the sentence's end, or to the next attribution in the sentence.
/// </summary>
internal sealed class ReportedSpeechReader
{
    private readonly Lexicon lexicon;
    private readonly SpeakerReader speakers;
    private readonly ClauseBounds bounds;

    public ReportedSpeechReader(Lexicon lexicon, SpeakerReader speakers)
    {
        this.lexicon = lexicon;
        this.speakers = speakers;
        bounds = new ClauseBounds(lexicon, speakers);
    }

    /// <summary>Reported speech needs a clause of at least this many words.</summary>
    private const int MinClauseWords = 3;

    /// <summary>The most words of a role set off before an appositive speaker ("the White House press secretary, …").</summary>
    private const int MaxRoleWords = 8;

    /// <summary>Adds every reported clause of the sentence tokens[start..end) to <paramref name="found"/>, in reading order.</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">One past the sentence's last token.</param>
    /// <param name="quoted">Whether the sentence holds a quote: then only a cue with a subject of its own reports a clause ("…,” he said, but he added that …").</param>
    /// <param name="found">The list to add to.</param>
    public void Find(ParsedParagraph paragraph, int start, int end, bool quoted, List<ReportedClause> found)
    {
        var tokens = paragraph.Tokens;

        // "A majority say …, according to a new poll": the source named for the whole sentence comes first; a cue inside
        // what it reports still reports a clause of its own ("a majority say …"), an attribution nested in another.
        for (var i = start; i < end; i++)
        {
            var length = lexicon.CueLength(tokens, i);
            if (length > 0 && paragraph.SpanOf[i] < 0 && lexicon.IsSourceCue(tokens, i, length))
            {
                SourceClause(paragraph, start, end, i, length, found);
            }
        }

        var from = start;
        SpeakerPhrase? previous = null;
        for (var i = start; i < end; i++)
        {
            // The cue first: most words are none, and that is settled without looking up their classes.
            var length = lexicon.CueLength(tokens, i);
            if (length == 0 || paragraph.SpanOf[i] >= 0 || lexicon.IsSourceCue(tokens, i, length))
            {
                continue;
            }

            var count = found.Count;
            VerbClause(paragraph, from, end, i, length, quoted, previous, found);
            if (found.Count > count)
            {
                // What comes next starts after this statement: "A, X said, and B, Y added"; "X said A and said B".
                var clause = found[^1];
                from = Math.Max(from, clause.Last > i ? clause.Last + 1 : i + length);
                previous = clause.Speaker;
            }

            i += length - 1;
        }
    }

    /// <summary>The clause a cue governs, for the statement around a quoted fragment ("said Lind is “losing ground …”"), or <see langword="null"/>.</summary>
    public ReportedClause? ClauseOf(ParsedParagraph paragraph, int start, int end, int cue)
    {
        var length = lexicon.CueLength(paragraph.Tokens, cue);
        if (length == 0)
        {
            return null;
        }

        var found = new List<ReportedClause>(2);
        if (lexicon.IsSourceCue(paragraph.Tokens, cue, length))
        {
            SourceClause(paragraph, start, end, cue, length, found, allowQuotes: true);
        }
        else
        {
            VerbClause(paragraph, start, end, cue, length, quoted: false, previous: null, found, allowQuotes: true);
        }

        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>"According to X, CLAUSE" and "CLAUSE, according to X".</summary>
    private void SourceClause(ParsedParagraph paragraph, int start, int end, int cue, int length, List<ReportedClause> found, bool allowQuotes = false)
    {
        var tokens = paragraph.Tokens;
        var source = speakers.After(tokens, cue + length, end);
        if (source is null)
        {
            return;
        }

        var cueText = Token.JoinWords(tokens, cue, length);
        if (cue == start || (cue == start + 1 && lexicon.Is(tokens[start], WordClass.Coordinator)))
        {
            var comma = cue + length;
            while (comma < end && !tokens[comma].HasComma)
            {
                comma++;
            }

            if (comma + 1 >= end)
            {
                return;
            }

            // "According to the report, Kabulov said Moscow …": the clause names a speaker of its own, who is read instead.
            for (var k = comma + 1; k < end; k++)
            {
                if (lexicon.CueLength(tokens, k) > 0)
                {
                    if (speakers.Before(tokens, comma + 1, k) is { } inner && inner.First == comma + 1)
                    {
                        return;
                    }

                    break;
                }
            }

            Add(paragraph, comma + 1, bounds.ClauseEnd(tokens, comma + 1, end, relative: false), cueText, cue, source, found, allowQuotes);
            return;
        }

        if (cue - 1 > start && tokens[cue - 1].HasComma)
        {
            Add(paragraph, start, cue - 1, cueText, cue, source, found, allowQuotes);
        }
    }

    /// <summary>
    /// "X said (that) CLAUSE", "CLAUSE, X said", "CLAUSE, said X", "A, X said, B", "X sagte, CLAUSE"; for "… and said
    /// …", <paramref name="previous"/> (the speaker of the statement before in the sentence) goes on.
    /// </summary>
    private void VerbClause(ParsedParagraph paragraph, int start, int end, int cue, int length, bool quoted, SpeakerPhrase? previous, List<ReportedClause> found, bool allowQuotes = false)
    {
        var tokens = paragraph.Tokens;
        var after = cue + length;
        if (after < end && lexicon.Is(tokens[after], WordClass.Agent))
        {
            return;
        }

        if (IsPassive(tokens, start, cue))
        {
            // "She was asked whether …", "was told that …": who asked or told is not said; what was asked or told is reported.
            if (lexicon.Is(tokens[cue], WordClass.ObjectCue))
            {
                Unsaid(paragraph, start, end, cue, length, found, allowQuotes);
            }

            return;
        }

        // A speaker is never read from inside the quote before the cue: "„…“, sagte der Abgeordnete".
        var speakerFrom = start;
        for (var k = cue - 1; k >= start; k--)
        {
            if (paragraph.SpanOf[k] >= 0)
            {
                speakerFrom = k + 1;
                break;
            }
        }

        var cueText = Token.JoinWords(tokens, cue, length);
        var participle = cue > 0 && tokens[cue - 1].HasComma && Lexicon.IsParticiple(tokens[cue]);

        // "…, saying the plan …": the participle's subject opens the sentence; right after a statement ("X said A, saying
        // B"), it is that statement's speaker.
        var speaker = !participle ? (cue > start && ClosesQuote(tokens[cue - 1]) ? null : speakers.Before(tokens, speakerFrom, cue))
            : cue > start ? speakers.Subject(tokens, start, cue)
            : previous is not null ? previous with { First = cue } : null;
        var inverted = speaker is null && !participle && cue > start && tokens[cue - 1].HasComma;
        if (inverted)
        {
            // "Man sei bereit, sagte er": the speaker follows the cue, and the attribution ends with it.
            speaker = speakers.After(tokens, after, end);
            if (speaker is not null && !bounds.EndsWithSpeaker(tokens, speaker.First, end))
            {
                return;
            }
        }
        else if (speaker is null && previous is not null && !quoted && FollowsCoordinator(tokens, speakerFrom, cue))
        {
            // "… and said …": the speaker of the statement before goes on.
            speaker = previous with { First = cue };
        }

        speaker ??= !participle && !inverted ? ClauseOpenerSubject(tokens, start, cue) : null;
        if (speaker is null)
        {
            if (!inverted && lexicon.Is(tokens[cue], WordClass.ObjectCue) && OpensClause(tokens, start, cue))
            {
                // "Asked whether …, Rao said", "…, when asked if …": a question put by no one named.
                Unsaid(paragraph, start, end, cue, length, found, allowQuotes);
            }

            return;
        }

        if (quoted && !OwnSubject(tokens, start, speaker, inverted))
        {
            // "Ruiz’s office called it “revisionist history” and said …": one statement, given with its quote.
            return;
        }

        // "CLAUSE, Rao said on Monday, as …": the attribution closes the clause. Not "The envoy, Zamir Kabulov, said …".
        var speakerStart = inverted ? cue : speaker.First;
        if (speakerStart - 1 > start && lexicon.Is(tokens[speakerStart - 1], WordClass.Determiner) && !tokens[speakerStart - 1].EndsClause)
        {
            speakerStart--;
        }

        var nextToCue = inverted || !tokens[SkipAuxiliaries(tokens, start, cue - 1)].EndsClause;
        if (!participle && !speaker.Relative && speakerStart - 1 > start && tokens[speakerStart - 1].HasComma && !tokens[after - 1].Trailing.Contains(':'))
        {
            // "A, Vinter, of Nordbank Research, said." ends with an appositive speaker; "The envoy, Ines Rask, said
            // the council …" has its statement after the cue.
            var attributionEnd = bounds.AttributionEnd(tokens, after, end, inverted, speaker);
            if (!nextToCue && attributionEnd != end - 1)
            {
                attributionEnd = -1;
            }

            if (attributionEnd >= 0)
            {
                Add(paragraph, start, nextToCue ? speakerStart - 1 : BeforeRole(tokens, start, speakerStart - 1), cueText, cue, speaker, found, allowQuotes);

                // "The plan, he said, would …": the clause goes on after a short attribution.
                if (!inverted && attributionEnd == after - 1 && attributionEnd + 1 < end && tokens[attributionEnd].HasComma
                    && speaker.Kind != SpeakerKind.Source && (!OpensNewClause(tokens, attributionEnd + 1) || ApostropheQuote.Opens(tokens[attributionEnd + 1])))
                {
                    Add(paragraph, attributionEnd + 1, bounds.ClauseEnd(tokens, attributionEnd + 1, end, relative: false), cueText, cue, speaker, found, allowQuotes);
                }

                return;
            }
        }

        if (inverted)
        {
            return;
        }

        var clauseStart = bounds.ClauseStart(tokens, cue, after, end);
        if (clauseStart >= 0)
        {
            Add(paragraph, clauseStart, bounds.ClauseEnd(tokens, clauseStart, end, speaker.Relative), cueText, cue, speaker, found, allowQuotes);
        }
    }

    /// <summary>
    /// What a cue without a speaker reports ("Asked whether …", "was told that …"): only a clause that a complementizer
    /// or a question word opens right after the cue and its listener. A question put by no one named is short and
    /// mostly opens the sentence: it ends at its first comma ("Asked whether he would run, Rao said …").
    /// </summary>
    private void Unsaid(ParsedParagraph paragraph, int start, int end, int cue, int length, List<ReportedClause> found, bool allowQuotes)
    {
        var tokens = paragraph.Tokens;
        var clauseStart = bounds.ClauseStart(tokens, cue, cue + length, end);
        if (clauseStart < 0 || !(lexicon.Is(tokens[clauseStart], WordClass.Question) || lexicon.Is(tokens[clauseStart - 1], WordClass.Complementizer)))
        {
            return;
        }

        for (var k = cue; k < clauseStart; k++)
        {
            if (tokens[k].EndsClause)
            {
                // "when asked to pick a running mate, if …": the question is not the cue's.
                return;
            }
        }

        var last = bounds.ClauseEnd(tokens, clauseStart, end, relative: false);
        for (var k = clauseStart; k < last; k++)
        {
            if (tokens[k].EndsClause)
            {
                last = k;
                break;
            }
        }

        Add(paragraph, clauseStart, last, Token.JoinWords(tokens, cue, length), cue, null, found, allowQuotes);
    }

    /// <summary>Whether a cue opens its clause, alone or after one word that names no one ("Asked", "When asked", "…, if asked").</summary>
    private bool OpensClause(TokenList tokens, int start, int cue) =>
        cue == start || (tokens[cue - 1].EndsClause && !ClosesQuote(tokens[cue - 1]))
        || (lexicon.Is(tokens[cue - 1], WordClass.NotSpeaker) && !tokens[cue - 1].EndsClause && (cue - 1 == start || tokens[cue - 2].EndsClause));

    /// <summary>
    /// "…,'' said Dennis Ross": marks this reader takes for no quote (two apostrophes) close before the cue, so the
    /// words before it are the statement and the speaker follows the cue.
    /// </summary>
    private static bool ClosesQuote(in Token token) =>
        token.Trailing.Contains("''", StringComparison.Ordinal) || token.Trailing.AsSpan().IndexOfAny(QuoteSpanScanner.DoubleMarks) >= 0;

    /// <summary>"It said the company …", "Most say they …": a subject that stands for no one named ("it", "most", "everyone") opening the clause of the cue.</summary>
    private SpeakerPhrase? ClauseOpenerSubject(TokenList tokens, int start, int cue)
    {
        var k = SkipAuxiliaries(tokens, start, cue - 1);
        if (k < start || k == cue || tokens[k].EndsClause || !lexicon.Is(tokens[k], WordClass.ClauseOpener) || lexicon.Is(tokens[k], WordClass.Determiner)
            || !(k == start || tokens[k - 1].EndsClause || lexicon.Is(tokens[k - 1], WordClass.Coordinator)))
        {
            return null;
        }

        return new SpeakerPhrase(tokens[k].Word, SpeakerKind.Source, null, k);
    }

    /// <summary>A role set off before an appositive speaker is no part of the statement: "A, the press secretary, Ada Brook, said" ends A at its comma.</summary>
    private int BeforeRole(TokenList tokens, int start, int last)
    {
        for (var k = last - 1; k > start && k >= last - MaxRoleWords; k--)
        {
            if (tokens[k].EndsClause)
            {
                return tokens[k].HasComma && lexicon.Is(tokens[k + 1], WordClass.Determiner) && !lexicon.Is(tokens[k + 1], WordClass.Pronoun) ? k : last;
            }
        }

        return last;
    }

    /// <summary>The token before the auxiliaries and adverbs that end at <paramref name="k"/> ("Garnier, a annoncé" → "Garnier,").</summary>
    private int SkipAuxiliaries(TokenList tokens, int from, int k)
    {
        while (k > from && lexicon.Is(tokens[k], WordClass.Auxiliary) && !tokens[k].EndsClause)
        {
            k--;
        }

        return k;
    }

    /// <summary>Whether only a coordinator and auxiliaries stand between the clause's start and the cue ("… and said", "but also warned").</summary>
    private bool FollowsCoordinator(TokenList tokens, int from, int cue)
    {
        var k = cue - 1;
        while (k >= from && lexicon.Is(tokens[k], WordClass.Auxiliary) && !tokens[k].EndsClause)
        {
            k--;
        }

        return k >= from && lexicon.Is(tokens[k], WordClass.Coordinator);
    }

    private void Add(ParsedParagraph paragraph, int first, int last, string cue, int cueToken, SpeakerPhrase? speaker, List<ReportedClause> found, bool allowQuotes)
    {
        var tokens = paragraph.Tokens;
        // "said, adding …" opens with a cue; "said comments from the officials were …" with a noun that may be one.
        if (last - first + 1 < MinClauseWords || (lexicon.CueLength(tokens, first) > 0 && !lexicon.Is(tokens[first], WordClass.CueNoun)))
        {
            return;
        }

        for (var k = first; k <= last && !allowQuotes; k++)
        {
            if (paragraph.InQuote(k))
            {
                // A clause holding a quote is that quote's statement, given with it (see QuoteFinder).
                return;
            }
        }

        found.Add(new ReportedClause(first, last, cue, cueToken, speaker));
    }

    /// <summary>Whether a clause after an attribution opens a statement of its own ("though he acknowledged …", "adding that …") rather than going on.</summary>
    private bool OpensNewClause(TokenList tokens, int k) =>
        lexicon.Is(tokens[k], WordClass.Coordinator) || lexicon.Is(tokens[k], WordClass.NotSpeaker) || lexicon.CueLength(tokens, k) > 0
        || lexicon.Is(tokens[k], WordClass.Determiner) || (tokens[k].IsCapitalized && !lexicon.Is(tokens[k], WordClass.Pronoun))
        || tokens[k].OpensQuote || Lexicon.IsParticiple(tokens[k]);

    /// <summary>
    /// Whether the speaker is the subject of a statement of its own beside a quote in the sentence: "…,” he said, but
    /// she said …" has one; "called it “…” and said …" and "A, Rao said, though he acknowledged that “…”" give the
    /// attribution with the quote.
    /// </summary>
    private bool OwnSubject(TokenList tokens, int start, SpeakerPhrase speaker, bool inverted)
    {
        var before = speaker.First - 1;
        return !inverted && before >= start && !tokens[before].EndsSentence
            && (lexicon.Is(tokens[before], WordClass.Coordinator) || lexicon.Is(tokens[before], WordClass.Complementizer));
    }

    private bool IsPassive(TokenList tokens, int start, int cue)
    {
        if (Lexicon.IsParticiple(tokens[cue]))
        {
            // "They are saying …": a form of "be" before an -ing form makes it progressive, not passive.
            return false;
        }

        var k = cue - 1;
        while (k >= start && lexicon.Is(tokens[k], WordClass.Auxiliary) && !lexicon.Is(tokens[k], WordClass.BeForm))
        {
            k--;
        }

        return k >= start && lexicon.Is(tokens[k], WordClass.BeForm);
    }
}
