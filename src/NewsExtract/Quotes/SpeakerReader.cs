namespace NewsExtract.Quotes;

/// <summary>
/// Reads the speaker next to a cue verb: the phrase before it ("Kabulov said", "Kabulov, the envoy, said", "the
/// ministry said") or after it ("said Kabulov", "said Carbon Watch director Simone Ekberg", "according to state media").
/// </summary>
internal sealed class SpeakerReader(Lexicon lexicon)
{
    private const int MaxNameTokens = 7;
    private const int MaxSourceTokens = 7;
    private const int MaxAppositiveTokens = 24;
    private const int MaxRoleWords = 4;
    private const int MaxParentheticalTokens = 5;
    private const int MaxRoleTokens = 9;

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
            // "Broaddrick, who said …": the relative pronoun stands for the name before it.
            var antecedent = end - 1;
            return antecedent >= from && HeadEndingAt(tokens, from, antecedent) is { Kind: not SpeakerKind.Pronoun } named
                ? named with { Relative = tokens[antecedent].HasComma }
                : null;
        }

        if (token.HasComma)
        {
            return HeadEndingAt(tokens, from, end) is { } named && !IsDesignator(token) && named.Kind != SpeakerKind.Source
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

        var named = NameFrom(tokens, start, limit);
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
            if (headEnd >= from && HeadEndingAt(tokens, from, headEnd) is { } head && !IsDesignator(tokens[headEnd]))
            {
                return head with { Role = head.Role ?? Join(tokens, k + 1, end) };
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

        var name = NameEndingAt(tokens, from, end);
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
            if (tokens[p - 1].IsCapitalized && NameEndingAt(tokens, from, p - 1) is { } person)
            {
                return person with { Role = person.Role ?? Join(tokens, p, end) };
            }

            if (!tokens[p - 1].IsCapitalized && SourceEndingAt(tokens, from, p - 1) is { } source)
            {
                return new SpeakerPhrase(Join(tokens, source.First, end), SpeakerKind.Source, null, source.First);
            }
        }

        return name;
    }

    /// <summary>A run of capitalised words ending at tokens[end], without titles and roles, or <see langword="null"/>.</summary>
    private SpeakerPhrase? NameEndingAt(TokenList tokens, int from, int end)
    {
        ref var last = ref tokens[end];
        if (!last.IsCapitalized || last.IsPossessive || IsDesignator(last) || last.OpensQuote && end > from && !tokens[end - 1].EndsClause)
        {
            return null;
        }

        var start = end;
        while (start - 1 >= from && end - start + 1 < MaxNameTokens && !tokens[start - 1].EndsClause && !tokens[start - 1].IsPossessive
               && !tokens[start].OpensQuote && IsNameWord(tokens[start - 1], first: false))
        {
            start--;
        }

        return NameIn(tokens, start, end);
    }

    /// <summary>The name in the capitalised run tokens[start..end]: the words after its last title or role ("Senate Majority Leader Ana Ruiz" → "Ana Ruiz").</summary>
    private SpeakerPhrase? NameIn(TokenList tokens, int start, int end)
    {
        var nameStart = start;
        for (var k = start; k <= end; k++)
        {
            if (lexicon.IsRoleWord(tokens[k]) && (k < end || !IsFirstName(tokens, k - 1, start)))
            {
                nameStart = k + 1;
            }
        }

        while (nameStart <= end && ((lexicon.Is(tokens[nameStart], WordClass.NameParticle) && !tokens[nameStart].IsCapitalized)
               || lexicon.Is(tokens[nameStart], WordClass.Determiner) || lexicon.Is(tokens[nameStart], WordClass.NotSpeaker)
               || lexicon.Is(tokens[nameStart], WordClass.Coordinator) || IsOpeningVerb(tokens, nameStart, end)))
        {
            nameStart++;
        }

        if (nameStart > end)
        {
            return null;
        }

        if (nameStart == end)
        {
            var lower = tokens[end].Lower;
            if (lexicon.NotSpeakers.Contains(lower) || lexicon.SingleWordCues.Contains(lower) || lexicon.Pronouns.ContainsKey(lower))
            {
                return null;
            }
        }

        var role = nameStart > start && !(nameStart == start + 1 && lexicon.Is(tokens[start], WordClass.Determiner))
            ? Join(tokens, start, nameStart - 1)
            : RoleBefore(tokens, start - 1);
        return new SpeakerPhrase(Join(tokens, nameStart, end), SpeakerKind.Name, role, start);
    }

    /// <summary>"Hosting Cook at Dreamforce, …": a verb that opens the sentence is capitalised, but no part of the name after it.</summary>
    private bool IsOpeningVerb(TokenList tokens, int k, int end) =>
        k < end && (k == 0 || tokens[k - 1].EndsSentence) && lexicon.GenderOfWord(tokens[k].Lower) == Gender.Unknown
        && (tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) || tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal));

    private bool IsFirstName(TokenList tokens, int k, int start) => k >= start && lexicon.GenderOfWord(tokens[k].Lower) != Gender.Unknown;

    /// <summary>A noun phrase ending at tokens[end] that names a source ("the ministry", "Ukraine’s air force", "Regional officials").</summary>
    private SpeakerPhrase? SourceEndingAt(TokenList tokens, int from, int end)
    {
        ref var head = ref tokens[end];
        if (!char.IsLetter(head.Word[0]) || lexicon.Is(head, WordClass.Determiner) || lexicon.Is(head, WordClass.NotSpeaker)
            || lexicon.Is(head, WordClass.Preposition) || lexicon.CueLength(tokens, end) > 0)
        {
            return null;
        }

        var start = end;
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
                start -= 2;
                continue;
            }

            var clauseInitial = start == from || tokens[start - 1].EndsClause;
            if ((!opened && !(clauseInitial && end - start < 3)) || lexicon.Is(tokens[start], WordClass.Pronoun))
            {
                return null;
            }

            return new SpeakerPhrase(Join(tokens, start, end), SpeakerKind.Source, null, start);
        }
    }

    /// <summary>A name read forward: titles, roles and an organisation before it ("Carbon Watch director Simone Ekberg") are passed over.</summary>
    private SpeakerPhrase? NameFrom(TokenList tokens, int start, int limit)
    {
        var j = start;
        var determined = lexicon.Is(tokens[j], WordClass.Determiner);
        if (determined)
        {
            j++;
        }

        var lowercase = 0;
        while (j < limit && j - start < 12)
        {
            ref var token = ref tokens[j];
            if (j > start && ((tokens[j - 1].EndsClause && !(tokens[j - 1].Trailing == "," && token.IsCapitalized)) || (token.OpensQuote && !token.IsCapitalized)))
            {
                // "sa secrétaire générale, Nadia Kessler": a comma may set the name off from its role.
                return null;
            }

            if (token.IsCapitalized)
            {
                var runEnd = j;
                while (runEnd + 1 < limit && runEnd - j + 1 < MaxNameTokens && !tokens[runEnd].EndsClause && !tokens[runEnd + 1].OpensQuote
                       && IsNameWord(tokens[runEnd + 1], first: false) && !tokens[runEnd].IsPossessive)
                {
                    runEnd++;
                }

                // Particles only join words of a name: "Roth der …" ends at "Roth".
                while (runEnd > j && lexicon.Is(tokens[runEnd], WordClass.NameParticle))
                {
                    runEnd--;
                }

                var next = runEnd + 1;
                if (!tokens[runEnd].EndsClause && next + 1 < limit && !tokens[next].IsCapitalized && lexicon.IsRoleWord(tokens[next]) && tokens[next + 1].IsCapitalized)
                {
                    // "Carbon Watch director Simone Ekberg": the first run names the organisation.
                    j = next;
                    continue;
                }

                if (determined && !tokens[runEnd].EndsClause && next < limit && !tokens[next].IsCapitalized && char.IsLetter(tokens[next].Word[0])
                    && !lexicon.Is(tokens[next], WordClass.Preposition) && !lexicon.Is(tokens[next], WordClass.Auxiliary) && lexicon.CueLength(tokens, next) == 0)
                {
                    // "a Turkish diplomat", "the Interfax news agency": the capitalised word describes a noun after it.
                    return null;
                }

                if (tokens[runEnd].IsPossessive && next < limit && !tokens[runEnd].EndsClause)
                {
                    // "CNN’s Jake Tapper", "the ministry’s spokesman": the possessor is not the speaker.
                    j = next;
                    continue;
                }

                var name = NameIn(tokens, j, runEnd);
                if (name is null)
                {
                    return null;
                }

                var role = j > start + (determined ? 1 : 0) ? Join(tokens, start, j - 1) : null;
                return name with { Role = AppositiveAfter(tokens, runEnd, limit) ?? (name.Role is { } inner && role is not null ? role + " " + inner : name.Role ?? role) };
            }

            if (lexicon.IsRoleWord(token) || (++lowercase <= MaxRoleWords && char.IsLetter(token.Word[0]) && (!lexicon.Is(token, WordClass.Preposition) || j > start + 1)
                && !lexicon.Is(token, WordClass.Auxiliary) && !lexicon.Is(token, WordClass.Determiner) && lexicon.CueLength(tokens, j) == 0))
            {
                j++;
                continue;
            }

            return null;
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

            if (end > start && token.Lower is "by" or "from" or "von" or "par" or "por" && end + 1 < limit && NameFrom(tokens, end + 1, limit) is { } issuer)
            {
                // "a statement released by the White House", "a new poll by the Marist Institute".
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

        return end > start ? new SpeakerPhrase(Join(tokens, start, end - 1), SpeakerKind.Source, null, start) : null;
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

    /// <summary>"Zamir Kabulov, the envoy, …": the role set off by commas after a name.</summary>
    private string? AppositiveAfter(TokenList tokens, int nameEnd, int limit)
    {
        if (!tokens[nameEnd].HasComma)
        {
            return null;
        }

        var start = nameEnd + 1;
        if (start < limit && IsDesignator(tokens[start]) && tokens[start].HasComma)
        {
            start++;
        }

        var end = start;
        while (end < limit && end - start < MaxAppositiveTokens / 2 && !tokens[end].EndsClause)
        {
            end++;
        }

        return end < limit && end > start && !lexicon.Is(tokens[start], WordClass.Pronoun) && !lexicon.Is(tokens[start], WordClass.Relative) && !lexicon.Is(tokens[start], WordClass.Complementizer)
            ? Join(tokens, start, end)
            : null;
    }

    /// <summary>"Russian president’s special envoy to Afghanistan, Zamir Kabulov": the role before a name set off by a comma.</summary>
    private string? RoleBefore(TokenList tokens, int beforeName)
    {
        if (beforeName < 0 || !tokens[beforeName].HasComma || ClosesQuote(tokens[beforeName]))
        {
            return null;
        }

        var start = beforeName;
        while (start - 1 >= 0 && beforeName - start < MaxRoleTokens && !tokens[start - 1].EndsClause)
        {
            start--;
        }

        if (start > 0 && !tokens[start - 1].EndsClause)
        {
            return null;
        }

        // A role is a noun phrase ("Russian president’s special envoy to Afghanistan"), not an opening clause ("As part of …, ").
        ref var first = ref tokens[start];
        if (lexicon.Is(first, WordClass.NotSpeaker) || lexicon.Is(first, WordClass.Preposition) || lexicon.Is(first, WordClass.Pronoun)
            || lexicon.Is(first, WordClass.Coordinator) || first.OpensQuote)
        {
            return null;
        }

        for (var k = start; k <= beforeName; k++)
        {
            if (lexicon.CueLength(tokens, k) > 0 || lexicon.Is(tokens[k], WordClass.Pronoun) || lexicon.Is(tokens[k], WordClass.Auxiliary))
            {
                // "According to the report, Kabulov said": an attribution of its own, not a role.
                return null;
            }
        }

        return start == beforeName && !tokens[start].IsCapitalized ? null : Join(tokens, start, beforeName);
    }

    /// <summary>Whether a closing quotation mark is attached after the word: what comes next is outside the quote.</summary>
    private static bool ClosesQuote(in Token token) => token.Trailing.AsSpan().IndexOfAny("\"”»’'」") >= 0;

    /// <summary>"R-Tenn.", "D-Calif.": a party and state after a US politician's name.</summary>
    private static bool IsDesignator(in Token token) => IsDesignator(token.WordSpan);

    private static bool IsDesignator(ReadOnlySpan<char> word) =>
        word.Length >= 3 && word[1] == '-' && char.IsUpper(word[0]) && char.IsUpper(word[2]) && word.IndexOf(' ') < 0
        && (word.Length <= 4 || char.IsLower(word[3]) || word[3] == '.');

    private bool IsNameWord(in Token token, bool first) =>
        (token.IsCapitalized && !IsDesignator(token)) || (!first && (lexicon.Is(token, WordClass.NameParticle) || token.WordSpan.StartsWith("al-", StringComparison.Ordinal)));

    private static string Join(TokenList tokens, int first, int last)
    {
        if (first == last)
        {
            return tokens[first].Bare;
        }

        var parts = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            parts[k - first] = k == last ? tokens[k].Bare : tokens[k].Word;
        }

        return string.Join(' ', parts);
    }
}
