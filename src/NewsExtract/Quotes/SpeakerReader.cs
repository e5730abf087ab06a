namespace NewsExtract.Quotes;

/// <summary>
/// Reads the speaker next to a cue verb: the phrase before it ("Kabulov said", "Kabulov, the envoy, said", "the
/// ministry said") or after it ("said Kabulov", "said Carbon Watch director Simone Ekberg", "according to state media").
/// </summary>
internal sealed class SpeakerReader
{
    private const int MaxSourceTokens = 7;
    private const int MaxAppositiveTokens = 24;
    private const int MaxParentheticalTokens = 5;

    /// <summary>How many words of degree may stand before a share that speaks ("More than six in 10 said").</summary>
    private const int MaxQuantityModifiers = 2;

    /// <summary>How long an adjunct opening a sentence before its subject may be ("In a brief interview on Tuesday,").</summary>
    private const int MaxOpeningAdjunctTokens = 8;

    private readonly Lexicon lexicon;
    private readonly NameReader names;

    public SpeakerReader(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        names = new NameReader(lexicon);
    }

    /// <summary>The speaker written just before tokens[cue], not before tokens[from], or <see langword="null"/>.</summary>
    public SpeakerPhrase? Before(TokenList tokens, int from, int cue)
    {
        var end = SkipAdjuncts(tokens, from, cue - 1);
        if (end < from)
        {
            return null;
        }

        ref var token = ref tokens[end];
        if (lexicon.Is(token, WordClass.Coordinator))
        {
            // "Scientists welcomed the money but said …": the subject of the sentence speaks.
            return Subject(tokens, from, end);
        }

        if (lexicon.Is(token, WordClass.Relative) && !token.EndsClause)
        {
            // "Moss, who said …": the relative pronoun stands for the name before it.
            var antecedent = end - 1;
            return antecedent >= from && HeadEndingAt(tokens, from, antecedent) is { Kind: not SpeakerKind.Pronoun } named
                ? named with { Relative = tokens[antecedent].HasComma }
                : null;
        }

        if (token.HasComma)
        {
            return HeadEndingAt(tokens, from, end) is { } named && !NameReader.IsDesignator(token) && named.Kind != SpeakerKind.Source
                ? named
                : BeforeAppositive(tokens, from, end);
        }

        if (HeadEndingAt(tokens, from, end) is { } head)
        {
            return head;
        }

        // "Nicholson, Commander of …, in a Senate session on Thursday said": an adjunct between the speaker and the cue.
        for (var k = end - 1; k >= from && k >= end - MaxAppositiveTokens; k--)
        {
            if (tokens[k].EndsSentence)
            {
                break;
            }

            if (tokens[k].HasComma)
            {
                return lexicon.Is(tokens[k + 1], WordClass.Preposition) ? BeforeAppositive(tokens, from, k) : null;
            }
        }

        return null;
    }

    /// <summary>The speaker written from tokens[start] on, before tokens[limit] ("said Kabulov", "according to the report").</summary>
    public SpeakerPhrase? After(TokenList tokens, int start, int limit)
    {
        if (start >= limit)
        {
            return null;
        }

        if (lexicon.Pronouns.TryGetValue(tokens[start].Lower, out var gender))
        {
            return new SpeakerPhrase(tokens[start].Word, SpeakerKind.Pronoun, null, start) { Gender = gender };
        }

        var named = names.NameFrom(tokens, start, limit);
        if (named is not null)
        {
            return named;
        }

        return SourceFrom(tokens, start, limit);
    }

    /// <summary>The pronoun an inverted cue carries ("a-t-il" → "il"), or <see langword="null"/>.</summary>
    public SpeakerPhrase? Inverted(in Token token, int index) =>
        lexicon.InvertedCue(token) is { } pronoun ? new SpeakerPhrase(pronoun, SpeakerKind.Pronoun, null, index) { Gender = lexicon.Pronouns[pronoun] } : null;

    /// <summary>The subject at the start of a clause ("Scientists", "Russia’s defence ministry", "Jones"), read after any opening conjunction.</summary>
    public SpeakerPhrase? Subject(TokenList tokens, int from, int limit)
    {
        var i = from;
        while (i < limit && (lexicon.Is(tokens[i], WordClass.Coordinator) || (tokens[i].HasComma && i == from)))
        {
            i++;
        }

        if (i < limit && lexicon.Is(tokens[i], WordClass.Preposition | WordClass.Time))
        {
            // "In a brief interview, Holm rejected it and said …": an opening adjunct set off by a comma comes before the subject.
            for (var k = i; k < limit - 1 && k < i + MaxOpeningAdjunctTokens && !tokens[k].EndsSentence; k++)
            {
                if (tokens[k].EndsClause)
                {
                    i = tokens[k].HasComma ? k + 1 : i;
                    break;
                }
            }
        }

        return After(tokens, i, limit);
    }

    /// <summary>
    /// Passes back over what may stand between a speaker and the cue: auxiliaries and adverbs ("has also"), a time
    /// ("on Monday") and a parenthesis ("(D-N.Y.)"). Returns the index of the word before them.
    /// </summary>
    private int SkipAdjuncts(TokenList tokens, int from, int end)
    {
        while (end >= from)
        {
            ref var token = ref tokens[end];
            if (lexicon.Is(token, WordClass.Auxiliary) && !token.EndsClause)
            {
                end--;
            }
            else if (lexicon.Is(token, WordClass.Time) && !token.EndsClause)
            {
                end -= end - 1 >= from && (lexicon.Is(tokens[end - 1], WordClass.Preposition) || lexicon.Is(tokens[end - 1], WordClass.Determiner)) ? 2 : 1;
            }
            else if (token.Trailing.StartsWith(')') || (token.Leading.StartsWith('(') && token.Trailing.Contains(')')))
            {
                var open = end;
                while (open > from && open > end - MaxParentheticalTokens && !tokens[open].Leading.StartsWith('('))
                {
                    open--;
                }

                if (!tokens[open].Leading.StartsWith('('))
                {
                    break;
                }

                end = open - 1;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>The speaker of an appositive or relative clause before the cue: "Catherine Vogel, the chief economist …, said".</summary>
    private SpeakerPhrase? BeforeAppositive(TokenList tokens, int from, int end)
    {
        var commas = 0;
        for (var k = end - 1; k >= from && k >= end - MaxAppositiveTokens; k--)
        {
            if (tokens[k].EndsSentence)
            {
                break;
            }

            if (!tokens[k].HasComma)
            {
                continue;
            }

            var headEnd = SkipAdjuncts(tokens, from, k);
            if (headEnd >= from && HeadEndingAt(tokens, from, headEnd) is { } head && !NameReader.IsDesignator(tokens[headEnd]))
            {
                return head with { Role = head.Role ?? NameReader.Join(tokens, k + 1, end) };
            }

            // "Smith, 54, a Democrat, said": short pieces between commas are passed over.
            if (++commas >= 3)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>A pronoun, name or source ending at tokens[end], without looking past commas.</summary>
    private SpeakerPhrase? HeadEndingAt(TokenList tokens, int from, int end)
    {
        ref var token = ref tokens[end];
        if (lexicon.Pronouns.TryGetValue(token.Lower, out var gender))
        {
            return new SpeakerPhrase(token.Word, SpeakerKind.Pronoun, null, end) { Gender = gender };
        }

        if (Inverted(token, end) is { } inverted)
        {
            return inverted;
        }

        var name = names.NameEndingAt(tokens, from, end);
        if (name is null)
        {
            return SourceEndingAt(tokens, from, end);
        }

        // "officials in Odesa", "Iran’s embassy in London", "Ben Archer of James Cook University".
        var p = name.First - 1;
        while (p >= from && p > name.First - 3 && (lexicon.Is(tokens[p], WordClass.Determiner) || lexicon.IsRoleWord(tokens[p])) && !tokens[p].EndsClause)
        {
            p--;
        }

        if (p - 1 >= from && lexicon.Is(tokens[p], WordClass.Preposition) && !tokens[p].EndsClause && !tokens[p - 1].EndsClause)
        {
            if (tokens[p - 1].IsCapitalized && names.NameEndingAt(tokens, from, p - 1) is { } person)
            {
                return person with { Role = person.Role ?? NameReader.Join(tokens, p, end) };
            }

            if (!tokens[p - 1].IsCapitalized && SourceEndingAt(tokens, from, p - 1) is { } source)
            {
                return new SpeakerPhrase(NameReader.Join(tokens, source.First, end), SpeakerKind.Source, null, source.First);
            }
        }

        return name;
    }

    /// <summary>A noun phrase ending at tokens[end] that names a source ("the ministry", "Ukraine’s air force", "Regional officials").</summary>
    private SpeakerPhrase? SourceEndingAt(TokenList tokens, int from, int end)
    {
        ref var head = ref tokens[end];
        if (IsQuantity(head))
        {
            return QuantityEndingAt(tokens, from, end);
        }

        if (!char.IsLetter(head.Word[0]) || lexicon.Is(head, WordClass.Determiner) || lexicon.Is(head, WordClass.NotSpeaker)
            || lexicon.Is(head, WordClass.Preposition) || lexicon.CueLength(tokens, end) > 0)
        {
            return null;
        }

        var start = end;

        // The longest phrase read so far that a determiner or number opens: "the agency" in "released after the agency
        // said", when going on over the preposition before it makes no phrase.
        var opens = -1;
        while (true)
        {
            var opened = false;
            while (start - 1 >= from && end - start < MaxSourceTokens && !tokens[start - 1].EndsClause)
            {
                ref var previous = ref tokens[start - 1];
                if (lexicon.Is(previous, WordClass.Determiner) || previous.IsPossessive || previous.Lower.StartsWith("l'", StringComparison.Ordinal) || previous.Lower.StartsWith("l’", StringComparison.Ordinal))
                {
                    start--;
                    opened = true;
                    break;
                }

                if (char.IsDigit(previous.WordSpan[0]) && !previous.EndsClause)
                {
                    // "46 percent of voters said": a number opens the phrase as a determiner does.
                    start--;
                    opened = true;
                    break;
                }

                // "Department of Health and Social Care": small words inside a name.
                var insideName = tokens[start].IsCapitalized && start - 2 >= from && tokens[start - 2].IsCapitalized && !tokens[start - 2].EndsClause
                    && (lexicon.Is(previous, WordClass.Coordinator) || lexicon.Is(previous, WordClass.Preposition));
                if (!insideName && (lexicon.Is(previous, WordClass.Auxiliary) || lexicon.Is(previous, WordClass.NotSpeaker) || lexicon.Is(previous, WordClass.Coordinator)
                    || lexicon.Is(previous, WordClass.Complementizer) || lexicon.Is(previous, WordClass.Preposition) || lexicon.CueLength(tokens, start - 1) > 0
                    || !char.IsLetter(previous.Word[0])))
                {
                    break;
                }

                start--;
            }

            // "A spokeswoman for the airline", "one of them": the phrase goes on before a preposition.
            if (start - 2 >= from && lexicon.Is(tokens[start - 1], WordClass.Preposition) && !tokens[start - 2].EndsClause
                && !tokens[start - 2].IsCapitalized && char.IsLetter(tokens[start - 2].Word[0]) && !lexicon.Is(tokens[start - 2], WordClass.SingleCue)
                && !lexicon.Is(tokens[start - 2], WordClass.Auxiliary) && end - start < MaxSourceTokens)
            {
                opens = opened ? start : opens;
                start -= 2;
                continue;
            }

            // "about half of voters said": a share opens the phrase as a determiner does.
            opened |= IsQuantity(tokens[start]);

            // A bare noun phrase speaks where a clause opens: "Officials familiar with the case said", "…, and experts say".
            var clauseInitial = start == from || tokens[start - 1].EndsClause || lexicon.Is(tokens[start - 1], WordClass.Coordinator);
            if ((!opened && !clauseInitial) || lexicon.Is(tokens[start], WordClass.Pronoun))
            {
                return opens >= 0 ? new SpeakerPhrase(NameReader.Join(tokens, opens, end), SpeakerKind.Source, null, opens) : null;
            }

            return new SpeakerPhrase(NameReader.Join(tokens, start, end), SpeakerKind.Source, null, start);
        }
    }

    /// <summary>A number or a word for a share of people ("42%", "10", "some", "half").</summary>
    private bool IsQuantity(in Token token) => char.IsDigit(token.WordSpan[0]) || lexicon.Is(token, WordClass.Quantifier);

    /// <summary>
    /// A share of people that speaks where a clause opens: "Some said", "Six in 10 say", "42% say", "majorities in both
    /// towns say", "About one in five say"; not a number inside a phrase ("in 2010 she said" has its own subject).
    /// </summary>
    private SpeakerPhrase? QuantityEndingAt(TokenList tokens, int from, int end)
    {
        var start = end;
        while (start - 1 >= from && end - start < MaxSourceTokens && !tokens[start - 1].EndsClause)
        {
            if (IsQuantity(tokens[start - 1]))
            {
                start--;
            }
            else if (start - 2 >= from && lexicon.Is(tokens[start - 1], WordClass.Preposition) && IsQuantity(tokens[start - 2]) && !tokens[start - 2].EndsClause)
            {
                // "six in 10", "one out of five".
                start -= 2;
            }
            else
            {
                break;
            }
        }

        if (start == end && char.IsDigit(tokens[end].WordSpan[0]) && !tokens[end].Trailing.StartsWith('%') && tokens[end].WordSpan.IndexOf('%') < 0)
        {
            // A bare number is a year or a date ("a 2013 email"), not a share.
            return null;
        }

        // "About", "nearly": a word or two of degree before the share, where the clause opens.
        for (var modifiers = 0; modifiers <= MaxQuantityModifiers; modifiers++)
        {
            if (start == from || tokens[start - 1].EndsClause || lexicon.Is(tokens[start - 1], WordClass.Coordinator))
            {
                return new SpeakerPhrase(NameReader.Join(tokens, start, end), SpeakerKind.Source, null, start);
            }

            ref var previous = ref tokens[start - 1];
            var degree = (lexicon.Is(previous, WordClass.Preposition) && !lexicon.Is(previous, WordClass.NotSpeaker)) || previous.Lower.EndsWith("ly", StringComparison.Ordinal);
            if (modifiers == MaxQuantityModifiers || !degree || (previous.IsCapitalized && start - 1 > from && !tokens[start - 2].EndsClause))
            {
                break;
            }

            start--;
        }

        return null;
    }

    /// <summary>A source read forward: "the ministry", "state media", "three people familiar with the talks"; "a statement released by X" is X's.</summary>
    private SpeakerPhrase? SourceFrom(TokenList tokens, int start, int limit)
    {
        ref var first = ref tokens[start];
        if (!char.IsLetter(first.Word[0]) || (!lexicon.Is(first, WordClass.Determiner) && (lexicon.Is(first, WordClass.Preposition)
            || lexicon.Is(first, WordClass.NotSpeaker) || lexicon.Is(first, WordClass.Complementizer) || lexicon.Is(first, WordClass.Auxiliary)
            || lexicon.CueLength(tokens, start) > 0)))
        {
            return null;
        }

        var end = start;
        while (end < limit && end - start < MaxSourceTokens)
        {
            ref var token = ref tokens[end];
            if (end > start && (lexicon.Is(token, WordClass.Auxiliary) || lexicon.Is(token, WordClass.Complementizer) || lexicon.Is(token, WordClass.NotSpeaker)
                || lexicon.CueLength(tokens, end) > 0 || token.OpensQuote))
            {
                break;
            }

            if (end > start && token.Lower is "by" or "from" or "von" or "par" or "por" && end + 1 < limit && names.NameFrom(tokens, end + 1, limit) is { } issuer)
            {
                // "a statement released by the White House", "a new poll by the Nordvik Institute".
                return issuer;
            }

            if (end > start && lexicon.Is(token, WordClass.Preposition) && end + 1 < limit && IsAdjunct(tokens, end + 1))
            {
                // "the ministry in a statement", "officials on Tuesday".
                break;
            }

            end++;
            if (token.EndsClause)
            {
                break;
            }
        }

        return end > start ? new SpeakerPhrase(NameReader.Join(tokens, start, end - 1), SpeakerKind.Source, null, start) : null;
    }

    /// <summary>Whether tokens[i] opens a time or manner adjunct ("Tuesday", "a statement", "an interview").</summary>
    private bool IsAdjunct(TokenList tokens, int i)
    {
        if (lexicon.Is(tokens[i], WordClass.Determiner) && i + 1 < tokens.Count)
        {
            i++;
        }

        return lexicon.Is(tokens[i], WordClass.Time) || lexicon.Is(tokens[i], WordClass.SpeechNoun);
    }

}
