namespace NewsExtract.Quotes;

/// <summary>
/// Where a reported clause begins and ends: after its cue ("said (that) …", "told reporters …", "sagte, die …") and up
/// to the sentence's end or a later attribution (", but he said …", ", Smith added", ", according to …").
/// </summary>
internal sealed class ClauseBounds(Lexicon lexicon, SpeakerReader speakers)
{
    /// <summary>How far after the cue "that" may stand ("told the Security Council by video link from Beirut that …").</summary>
    private const int ComplementizerWindow = 10;

    /// <summary>How many words a speaker phrase may take before its cue when it closes a clause (", three current and former employees said").</summary>
    private const int MaxAttributionWords = 10;

    /// <summary>How many words a listener named after "told" may take ("the IRNA news agency").</summary>
    private const int MaxListenerWords = 6;

    /// <summary>Whether a speaker named after its cue closes the clause: nothing but the name and its role up to a comma or the end ("…, said Kabulov, the envoy").</summary>
    public bool EndsWithSpeaker(TokenList tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (k > first && (lexicon.CueLength(tokens, k) > 0 || lexicon.Is(tokens[k], WordClass.Auxiliary) || lexicon.Is(tokens[k], WordClass.BeForm)
                || lexicon.Is(tokens[k], WordClass.Complementizer) || tokens[k].OpensQuote))
            {
                return false;
            }

            if (tokens[k].EndsClause)
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>Where the reported clause after a cue begins, or -1 when none follows.</summary>
    public int ClauseStart(TokenList tokens, int cue, int after, int end)
    {
        ref var cueEnd = ref tokens[after - 1];
        if (after >= end || cueEnd.Trailing.Contains(':'))
        {
            return -1;
        }

        // The verb decides: "told reporters" takes a bare clause as "told" does, its listener already read.
        var bare = lexicon.Is(tokens[cue], WordClass.ClauseCue);
        var listener = after - cue == 1 && lexicon.Is(tokens[cue], WordClass.ObjectCue);
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

        if (c < end && listener && !lexicon.Is(tokens[c], WordClass.Complementizer | WordClass.Question))
        {
            c = SkipListener(tokens, c, end);
        }

        if (c >= end)
        {
            return -1;
        }

        if (listener && lexicon.Is(tokens[c], WordClass.Question) && !lexicon.Is(tokens[c], WordClass.Complementizer) && !tokens[c].EndsClause && !tokens[c - 1].EndsClause && c + 1 < end)
        {
            // "asked the mayor how …", "asked why …": the question word is the clause's first ("whether" is a complementizer,
            // as "that" is); not "told the boy, who …".
            return c;
        }

        if (lexicon.Is(tokens[c], WordClass.Complementizer))
        {
            return c + 1 < end ? c + 1 : -1;
        }

        if ((bare && StrongSubject(tokens[c])) || (lexicon.Is(tokens[c], WordClass.Pronoun) && !lexicon.Is(tokens[c], WordClass.Preposition) && !tokens[c].EndsClause))
        {
            // Any cue may be followed by a clause that opens with a personal pronoun ("announced he would run").
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
            && !lexicon.Is(first, WordClass.NotSpeaker) && !lexicon.Is(first, WordClass.Complementizer)
            && (lexicon.CueLength(tokens, c) == 0 || lexicon.Is(first, WordClass.CueNoun))
            && !first.Lower.EndsWith("ly", StringComparison.Ordinal) && !first.EndsClause
            ? c
            : -1;
    }

    /// <summary>
    /// The last token of a clause that starts at <paramref name="first"/>: the sentence's end, or the word before a
    /// later attribution (", but he said …", ", Smith added", ", according to …"). A clause inside a relative clause
    /// ("Moss, who said Lind …, recounted") ends with it, at the next comma.
    /// </summary>
    public int ClauseEnd(TokenList tokens, int first, int end, bool relative)
    {
        for (var k = first; k < end - 1; k++)
        {
            if (k > first && lexicon.Is(tokens[k], WordClass.Coordinator) && !tokens[k].EndsClause && SecondCue(tokens, k + 1, end))
            {
                // "told reporters her club never hired them and said the club …": a second statement of the subject.
                return k - 1;
            }

            if (!tokens[k].EndsClause || tokens[k].EndsSentence)
            {
                continue;
            }

            if ((relative && tokens[k].HasComma) || tokens[k].Trailing.Contains(';')
                || (tokens[k].HasComma && lexicon.Is(tokens[k + 1], WordClass.ClauseEnd | WordClass.Relative)))
            {
                // "…, who said Lind …, recounted"; "said the talks had stalled; officials …"; "…, but officials expect …";
                // "said the inspectors had the help of Vinter, who set up …": a relative clause after a comma is the writer's aside.
                return k;
            }

            if (tokens[k].HasComma && lexicon.Is(tokens[k + 1], WordClass.Determiner) && !lexicon.Is(tokens[k + 1], WordClass.Pronoun))
            {
                // "said the port was the first to require it, a practice that others have adopted": a noun phrase set off
                // by a comma is the writer's aside on the clause, or a new sentence run on.
                return k;
            }

            if (tokens[k].HasComma && Lexicon.IsParticiple(tokens[k + 1]) && !tokens[k + 1].IsCapitalized)
            {
                // "said he filed it, saying it set …", "…, adding that …": a second statement of the subject, read on its own;
                // "said she deleted them, deeming them personal", "…, drawing a reply": the writer's account of the subject.
                return k;
            }

            if (tokens[k].Trailing.AsSpan().IndexOfAny("—–") >= 0)
            {
                // "said he would not — a proposal he has raised before": a dash sets off the writer's aside.
                return k;
            }

            var next = k + 1;
            if (lexicon.Is(tokens[next], WordClass.Coordinator) && next + 1 < end)
            {
                next++;
            }

            if (AttributionAt(tokens, next, end))
            {
                return k;
            }
        }

        return end - 1;
    }

    /// <summary>Whether a cue follows a coordinator, after auxiliaries and adverbs ("and said", "but also warned").</summary>
    private bool SecondCue(TokenList tokens, int k, int end)
    {
        while (k < end && lexicon.Is(tokens[k], WordClass.Auxiliary) && !tokens[k].EndsClause)
        {
            k++;
        }

        return k < end && lexicon.CueLength(tokens, k) > 0 && !lexicon.IsSourceCue(tokens, k, lexicon.CueLength(tokens, k));
    }

    /// <summary>
    /// Whether an attribution starts at tokens[k] and ends the clause before it: "…, said Smith", "…, according to …",
    /// "…, Smith said on Monday", "…, but he said …".
    /// </summary>
    private bool AttributionAt(TokenList tokens, int k, int end)
    {
        var length = lexicon.CueLength(tokens, k);
        if (length > 0)
        {
            return lexicon.IsSourceCue(tokens, k, length) || (speakers.After(tokens, k + length, end) is { } named && EndsWithSpeaker(tokens, named.First, end));
        }

        var led = k > 0 && lexicon.Is(tokens[k - 1], WordClass.Coordinator);
        for (var c = k + 1; c < end && c <= k + MaxAttributionWords; c++)
        {
            if (tokens[c - 1].EndsSentence)
            {
                return false;
            }

            length = lexicon.CueLength(tokens, c);
            if (length > 0)
            {
                return !lexicon.IsSourceCue(tokens, c, length) && speakers.Before(tokens, k, c) is { Relative: false } speaker && speaker.First <= k
                    && (led || AttributionEnd(tokens, c + length, end, inverted: false, speaker) >= 0);
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of an attribution that closes a clause ("…, Rao said on Monday, as …", "…, an official told
    /// The New York Times."), or -1 when a clause of its own follows the cue ("…, Rao said the talks …").
    /// </summary>
    public int AttributionEnd(TokenList tokens, int after, int end, bool inverted, SpeakerPhrase speaker)
    {
        var k = after;
        if (inverted)
        {
            // ", said Kabulov, the envoy, on Monday": past the name and what is set off with it.
            k = Math.Max(after, speaker.First);
            while (k < end && !tokens[k].EndsClause)
            {
                k++;
            }

            return k < end ? k : end - 1;
        }

        if (after >= end || tokens[after - 1].EndsClause)
        {
            return after - 1;
        }

        if (lexicon.Is(tokens[after - 1], WordClass.ObjectCue))
        {
            // "…, a harbour official told The Harbour Gazette."
            k = SkipListener(tokens, k, end);
            if (k >= end || tokens[k - 1].EndsClause)
            {
                return k - 1;
            }
        }

        ref var first = ref tokens[k];
        if (lexicon.Is(first, WordClass.Time) && !lexicon.Is(first, WordClass.Preposition))
        {
            // "said Tuesday." but not "a annoncé jeudi une hausse …".
            return first.EndsClause || k + 1 >= end ? k : -1;
        }

        if (!lexicon.Is(first, WordClass.Preposition) && !(lexicon.Is(first, WordClass.Pronoun) && k + 1 >= end) && !(k + 1 < end && tokens[k].EndsClause))
        {
            return -1;
        }

        // "said on Monday", "said Tuesday, as …": an adjunct up to the next comma or the sentence's end; not "said in a statement that …".
        while (k < end - 1 && !tokens[k].EndsClause)
        {
            if (lexicon.Is(tokens[k], WordClass.Complementizer) || lexicon.CueLength(tokens, k) > 0 || tokens[k].OpensQuote)
            {
                return -1;
            }

            k++;
        }

        return k;
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
        if (lexicon.Is(tokens[c], WordClass.Preposition))
        {
            // "promised to …", "warned of …": no listener.
            return c;
        }

        if (lexicon.Is(tokens[c], WordClass.Determiner))
        {
            // "the BBC", "the Security Council", "the council".
            var named = c + 1;
            while (named < end && !tokens[named - 1].EndsClause && (tokens[named].IsCapitalized || tokens[named].IsPossessive) && (named + 1 < end || tokens[named].EndsSentence))
            {
                named++;
            }

            if (named > c + 1)
            {
                // "the IRNA news agency": nouns may follow the name.
                while (named < end && named < c + MaxListenerWords && !tokens[named - 1].EndsClause && IsPlainNoun(tokens[named]))
                {
                    named++;
                }

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

    /// <summary>A lower-case word that is on no list of function words: most likely a noun ("news", "agency").</summary>
    private bool IsPlainNoun(in Token token) =>
        !token.IsCapitalized && char.IsLetter(token.WordSpan[0]) && (lexicon.Classes(token) & (WordClass.Function | WordClass.Pronoun | WordClass.Auxiliary
            | WordClass.BeForm | WordClass.Complementizer | WordClass.Relative)) == 0 && !token.OpensQuote;
}
