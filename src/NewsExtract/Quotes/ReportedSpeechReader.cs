namespace NewsExtract.Quotes;

/// <summary>
/// Finds reported speech without quotation marks in one sentence: "Kabulov said (that) Moscow had …", "…, Rao said
/// on Monday", "According to the report, …", "…, according to state media".
/// </summary>
internal sealed class ReportedSpeechReader(Lexicon lexicon, SpeakerReader speakers)
{
    /// <summary>Reported speech needs a clause of at least this many words.</summary>
    private const int MinClauseWords = 3;

    /// <summary>How far after the cue "that" may stand ("told the Security Council by video link from Beirut that …").</summary>
    private const int ComplementizerWindow = 10;

    /// <summary>The first reported clause of the sentence tokens[start..end), or <see langword="null"/>.</summary>
    public ReportedClause? Find(ParsedParagraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;

        // "A majority say …, according to a new poll": the source named for the whole sentence comes first.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = start; i < end; i++)
            {
                // The cue first: most words are none, and that is settled without looking up their classes.
                var length = lexicon.CueLength(tokens, i);
                if (length == 0 || lexicon.Is(tokens[i], WordClass.SourceCue) != (pass == 0))
                {
                    continue;
                }

                var clause = pass == 0 ? SourceClause(tokens, start, end, i, length) : VerbClause(tokens, start, end, i, length);
                if (clause is not null && clause.Last - clause.First + 1 >= MinClauseWords && lexicon.CueLength(tokens, clause.First) == 0)
                {
                    return clause;
                }
            }
        }

        return null;
    }

    /// <summary>"According to X, CLAUSE" and "CLAUSE, according to X".</summary>
    private ReportedClause? SourceClause(TokenList tokens, int start, int end, int cue, int length)
    {
        var source = speakers.After(tokens, cue + length, end);
        if (source is null)
        {
            return null;
        }

        var cueText = Token.JoinWords(tokens, cue, length);
        if (cue == start)
        {
            var comma = cue + length;
            while (comma < end && !tokens[comma].HasComma)
            {
                comma++;
            }

            if (comma + 1 >= end)
            {
                return null;
            }

            // "According to the report, Kabulov said Moscow …": the clause names a speaker of its own, who is read instead.
            for (var k = comma + 1; k < end; k++)
            {
                if (lexicon.CueLength(tokens, k) > 0)
                {
                    if (speakers.Before(tokens, comma + 1, k) is { } inner && inner.First == comma + 1)
                    {
                        return null;
                    }

                    break;
                }
            }

            return new ReportedClause(comma + 1, end - 1, cueText, cue, source);
        }

        return cue - 1 > start && tokens[cue - 1].HasComma ? new ReportedClause(start, cue - 1, cueText, cue, source) : null;
    }

    /// <summary>"X said (that) CLAUSE", "CLAUSE, X said", "CLAUSE, said X", "X sagte, CLAUSE".</summary>
    private ReportedClause? VerbClause(TokenList tokens, int start, int end, int cue, int length)
    {
        var after = cue + length;
        if (IsPassive(tokens, start, cue) || (after < end && tokens[after].Lower is "by" or "von" or "par" or "por"))
        {
            return null;
        }

        var cueText = Token.JoinWords(tokens, cue, length);
        var speaker = speakers.Before(tokens, start, cue);
        var inverted = speaker is null && cue > start && tokens[cue - 1].HasComma;
        if (inverted)
        {
            // "Man sei bereit, sagte er": the speaker follows the cue.
            speaker = speakers.After(tokens, after, end);
        }

        if (speaker is null)
        {
            return null;
        }

        // "CLAUSE, Rao said on Monday, as …": the attribution closes the sentence. Not "The envoy, Zamir Kabulov, said …".
        var speakerStart = inverted ? cue : speaker.First;
        if (speakerStart - 1 > start && lexicon.Is(tokens[speakerStart - 1], WordClass.Determiner))
        {
            speakerStart--;
        }

        var nextToCue = inverted || !tokens[cue - 1].EndsClause;
        if (speakerStart - 1 > start && tokens[speakerStart - 1].HasComma && nextToCue && !tokens[cue + length - 1].Trailing.Contains(':')
            && EndsAttribution(tokens, after, end))
        {
            return new ReportedClause(start, speakerStart - 1, cueText, cue, speaker);
        }

        if (inverted)
        {
            return null;
        }

        var clauseStart = ClauseStart(tokens, after, end, tokens[cue + length - 1]);
        return clauseStart < 0 ? null : new ReportedClause(clauseStart, end - 1, cueText, cue, speaker);
    }

    /// <summary>Where the reported clause after a cue begins, or -1 when none follows.</summary>
    private int ClauseStart(TokenList tokens, int after, int end, in Token cueEnd)
    {
        if (after >= end || cueEnd.Trailing.Contains(':'))
        {
            return -1;
        }

        var bare = lexicon.Is(cueEnd, WordClass.ClauseCue);
        if (cueEnd.HasComma)
        {
            // German: "Weber sagte, die Fahrgäste sollten …"; English: "said, however, that …".
            var that = Complementizer(tokens, after, end, pastCommas: true);
            return that >= 0 ? that : bare && (StrongSubject(tokens[after]) || lexicon.Is(tokens[after], WordClass.Determiner)) ? after : -1;
        }

        if (cueEnd.EndsClause)
        {
            return -1;
        }

        // "said Tuesday", "said on Monday", "aseguró este martes", "told reporters", "told the BBC": a time or a listener first.
        var c = after;
        while (c < end && !tokens[c].EndsClause && IsTime(tokens, c))
        {
            c += lexicon.Is(tokens[c], WordClass.Time) ? 1 : 2;
        }

        if (c < end && lexicon.Is(cueEnd, WordClass.ObjectCue) && !lexicon.Is(tokens[c], WordClass.Complementizer))
        {
            c = SkipListener(tokens, c, end);
        }

        if (c >= end)
        {
            return -1;
        }

        if (lexicon.Is(tokens[c], WordClass.Complementizer))
        {
            return c + 1 < end ? c + 1 : -1;
        }

        if (bare && StrongSubject(tokens[c]))
        {
            return c;
        }

        var complementizer = Complementizer(tokens, c, end, pastCommas: false);
        if (complementizer >= 0)
        {
            return complementizer;
        }

        // "said foot traffic had doubled": a bare noun may open the clause too.
        ref var first = ref tokens[c];
        return bare && !first.IsCapitalized && char.IsLetter(first.Word[0]) && !lexicon.Is(first, WordClass.Preposition) && !lexicon.Is(first, WordClass.Auxiliary)
            && !lexicon.Is(first, WordClass.NotSpeaker) && !lexicon.Is(first, WordClass.Complementizer) && lexicon.CueLength(tokens, c) == 0
            && !first.Lower.EndsWith("ly", StringComparison.Ordinal) && !first.EndsClause
            ? c
            : -1;
    }

    /// <summary>
    /// The clause after "that" when only adjuncts stand between the cue and it ("said in a statement that", "told the
    /// Security Council by video link from Beirut that"); not a relative "that" after an object ("recounts the vote that").
    /// </summary>
    private int Complementizer(TokenList tokens, int from, int end, bool pastCommas)
    {
        var inPhrase = false;
        for (var k = from; k < end && k < from + ComplementizerWindow; k++)
        {
            ref var token = ref tokens[k];
            if (lexicon.Is(token, WordClass.Complementizer) || token.Lower.StartsWith("qu'", StringComparison.Ordinal) || token.Lower.StartsWith("qu’", StringComparison.Ordinal))
            {
                var clause = token.Lower.Length > 3 && token.Lower.StartsWith("qu", StringComparison.Ordinal) ? k : k + 1;
                return clause < end ? clause : -1;
            }

            if (token.EndsSentence || (token.EndsClause && !pastCommas && !token.HasComma))
            {
                return -1;
            }

            if (lexicon.Is(token, WordClass.Preposition))
            {
                inPhrase = true;
            }
            else if (!inPhrase && !IsTime(tokens, k) && !token.Lower.EndsWith("ly", StringComparison.Ordinal) && !pastCommas)
            {
                return -1;
            }

            if (token.HasComma && !pastCommas)
            {
                inPhrase = false;
            }
        }

        return -1;
    }

    private bool IsTime(TokenList tokens, int k) =>
        lexicon.Is(tokens[k], WordClass.Time)
        || ((lexicon.Is(tokens[k], WordClass.Preposition) || lexicon.Is(tokens[k], WordClass.Determiner)) && k + 1 < tokens.Count && lexicon.Is(tokens[k + 1], WordClass.Time));

    /// <summary>A word that surely opens a clause: a pronoun, a determiner, a name, a number, "it", "there".</summary>
    private bool StrongSubject(in Token first) =>
        (lexicon.Is(first, WordClass.Pronoun) || lexicon.Is(first, WordClass.Determiner) || lexicon.Is(first, WordClass.ClauseOpener)
            || (first.IsCapitalized && !lexicon.Is(first, WordClass.Time)) || char.IsDigit(first.WordSpan[0]))
        && !lexicon.Is(first, WordClass.Preposition) && !lexicon.Is(first, WordClass.Complementizer);

    /// <summary>Passes over the listener of "told": "reporters", "Reuters", "the BBC", "the council".</summary>
    private int SkipListener(TokenList tokens, int c, int end)
    {
        if (lexicon.Is(tokens[c], WordClass.Determiner))
        {
            // "the BBC", "the Security Council", "the council".
            var named = c + 1;
            while (named < end && !tokens[named - 1].EndsClause && (tokens[named].IsCapitalized || tokens[named].IsPossessive) && named + 1 < end)
            {
                named++;
            }

            if (named > c + 1)
            {
                return named;
            }

            ref var noun = ref tokens[c + 1 < end ? c + 1 : c];
            return c + 1 < end && !tokens[c].EndsClause && !lexicon.Is(noun, WordClass.Pronoun) && !lexicon.Is(noun, WordClass.Determiner)
                && !lexicon.Is(noun, WordClass.Preposition) && !lexicon.Is(noun, WordClass.Complementizer) ? c + 2 : c + 1;
        }

        if (tokens[c].IsCapitalized && !lexicon.Is(tokens[c], WordClass.Pronoun))
        {
            // "told Dennis Walsh", "told Reuters": a name.
            while (c < end && tokens[c].IsCapitalized && !tokens[c].EndsClause)
            {
                c++;
            }

            return c < end && tokens[c].IsCapitalized ? c + 1 : c;
        }

        if (!lexicon.Is(tokens[c], WordClass.Pronoun) && !tokens[c].EndsClause && c + 1 < end)
        {
            // "told reporters", "told him": one word.
            return c + 1;
        }

        return c;
    }

    /// <summary>Whether nothing but a time, a place or a subordinate clause follows the cue: "said on Monday, as …".</summary>
    private bool EndsAttribution(TokenList tokens, int after, int end)
    {
        if (after >= end || tokens[after - 1].EndsClause)
        {
            return true;
        }

        ref var first = ref tokens[after];
        return lexicon.Is(first, WordClass.Preposition) || lexicon.Is(first, WordClass.Time) || (lexicon.Is(first, WordClass.Pronoun) && after + 1 >= end)
            || (after + 1 < end && tokens[after].EndsClause);
    }

    private bool IsPassive(TokenList tokens, int start, int cue)
    {
        var k = cue - 1;
        while (k >= start && lexicon.Is(tokens[k], WordClass.Auxiliary) && !lexicon.Is(tokens[k], WordClass.BeForm))
        {
            k--;
        }

        return k >= start && lexicon.Is(tokens[k], WordClass.BeForm);
    }
}
