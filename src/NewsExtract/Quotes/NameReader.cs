namespace NewsExtract.Quotes;

/// <summary>
/// Reads a person's name next to a cue, and the role written with it: a run of capitalised words without its titles
/// ("Senate Majority Leader Ana Ruiz" → "Ana Ruiz"), read back from its last word or forward past an organisation
/// ("Carbon Watch director Simone Ekberg"), with a role set off by commas before or after it.
/// </summary>
internal sealed class NameReader(Lexicon lexicon)
{
    private const int MaxNameTokens = 7;
    private const int MaxRoleWords = 4;
    private const int MaxRoleTokens = 9;

    /// <summary>A role set off by commas after a name ("Zamir Kabulov, the envoy, …") takes at most this many words.</summary>
    private const int MaxAppositiveTokens = 12;

    /// <summary>A run of capitalised words ending at tokens[end], without titles and roles, or <see langword="null"/>.</summary>
    public SpeakerPhrase? NameEndingAt(TokenList tokens, int from, int end)
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

    /// <summary>A name read forward: titles, roles and an organisation before it ("Carbon Watch director Simone Ekberg") are passed over.</summary>
    public SpeakerPhrase? NameFrom(TokenList tokens, int start, int limit)
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
        while (end < limit && end - start < MaxAppositiveTokens && !tokens[end].EndsClause)
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
    public static bool IsDesignator(in Token token) => IsDesignator(token.WordSpan);

    private static bool IsDesignator(ReadOnlySpan<char> word) =>
        word.Length >= 3 && word[1] == '-' && char.IsUpper(word[0]) && char.IsUpper(word[2]) && word.IndexOf(' ') < 0
        && (word.Length <= 4 || char.IsLower(word[3]) || word[3] == '.');

    private bool IsNameWord(in Token token, bool first) =>
        (token.IsCapitalized && !IsDesignator(token)) || (!first && (lexicon.Is(token, WordClass.NameParticle) || token.WordSpan.StartsWith("al-", StringComparison.Ordinal)));

    public static string Join(TokenList tokens, int first, int last)
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
