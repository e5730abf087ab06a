namespace NewsExtract.Quotes;

/// <summary>Who a cue attributes speech to, as written next to it.</summary>
/// <param name="Text">The name, pronoun or source ("Kabulov", "he", "the ministry").</param>
/// <param name="Kind">What sort of phrase it is.</param>
/// <param name="Role">An appositive role ("the envoy"), or <see langword="null"/>.</param>
internal sealed record SpeakerPhrase(string Text, SpeakerKind Kind, string? Role);

internal enum SpeakerKind
{
    Name,
    Pronoun,
    Source,
}

/// <summary>Reads the speaker next to a cue verb: the phrase before it ("Kabulov said") or after it ("said Kabulov").</summary>
internal sealed class SpeakerReader(Lexicon lexicon)
{
    private const int MaxNameTokens = 5;
    private const int MaxSourceTokens = 4;
    private const int MaxAppositiveTokens = 14;
    private const int MaxRoleWords = 3;

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "one", "another", "der", "die", "das", "le", "la", "les", "el", "los", "las",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "al", "bin", "da", "di", "du", "la", "le", "del", "dos", "das", "ter", "ten", "y",
    };

    /// <summary>The speaker written before tokens[cue], or <see langword="null"/>.</summary>
    public SpeakerPhrase? Before(IReadOnlyList<Token> tokens, int cue)
    {
        var end = cue - 1;
        while (end >= 0 && lexicon.Auxiliaries.Contains(tokens[end].Lower) && !tokens[end].EndsClause)
        {
            end--;
        }

        if (end < 0)
        {
            return null;
        }

        if (lexicon.Pronouns.Contains(tokens[end].Lower))
        {
            return new SpeakerPhrase(tokens[end].Word, SpeakerKind.Pronoun, null);
        }

        var name = NameEndingAt(tokens, end);
        if (name is not null)
        {
            var role = RoleBefore(tokens, end - name.Value.Count);
            return new SpeakerPhrase(name.Value.Text, SpeakerKind.Name, role);
        }

        // "Kabulov, the special envoy, said": a role between commas, the name before it.
        if (tokens[end].Trailing.Contains(','))
        {
            for (var k = end - 1; k >= 0 && k >= end - MaxAppositiveTokens; k--)
            {
                if (tokens[k].Trailing.Contains(','))
                {
                    var appositive = tokens[k].IsCapitalized ? NameEndingAt(tokens, k) : null;
                    if (appositive is not null)
                    {
                        return new SpeakerPhrase(appositive.Value.Text, SpeakerKind.Name, Join(tokens, k + 1, end));
                    }

                    break;
                }

                if (tokens[k].Trailing.Length > 0 && tokens[k].EndsClause)
                {
                    break;
                }
            }
        }

        return SourceEndingAt(tokens, end);
    }

    /// <summary>The speaker written after the cue that ends before tokens[start] ("said Kabulov"), or <see langword="null"/>.</summary>
    public SpeakerPhrase? After(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= tokens.Count || (start > 0 && tokens[start - 1].EndsClause && !tokens[start - 1].Trailing.Contains(',')))
        {
            return null;
        }

        if (lexicon.Pronouns.Contains(tokens[start].Lower))
        {
            return new SpeakerPhrase(tokens[start].Word, SpeakerKind.Pronoun, null);
        }

        var i = start;
        while (i < tokens.Count && lexicon.Honorifics.Contains(tokens[i].Lower.TrimEnd('.')) && !tokens[i].EndsClause)
        {
            i++;
        }

        // "said owner Lena Vik", "said company spokesman John Doe": a role in lower case before the name.
        var roleStart = i;
        while (i < tokens.Count && i - roleStart < MaxRoleWords && !tokens[i].IsCapitalized && !tokens[i].EndsClause
               && !Determiners.Contains(tokens[i].Lower) && char.IsLetter(tokens[i].Word[0]))
        {
            i++;
        }

        if (i >= tokens.Count || !tokens[i].IsCapitalized)
        {
            i = roleStart;
        }

        string? leadingRole = i > roleStart ? Join(tokens, roleStart, i - 1) : null;

        var nameStart = i;
        while (i < tokens.Count && i - nameStart < MaxNameTokens && IsNameWord(tokens[i], i == nameStart))
        {
            i++;
            if (tokens[i - 1].EndsClause)
            {
                break;
            }
        }

        if (i > nameStart && !IsNotSpeaker(tokens, nameStart, i))
        {
            string? role = null;
            if (tokens[i - 1].Trailing.Contains(','))
            {
                var roleEnd = i;
                while (roleEnd < tokens.Count && roleEnd - i < MaxAppositiveTokens && !tokens[roleEnd].EndsClause)
                {
                    roleEnd++;
                }

                role = roleEnd < tokens.Count ? Join(tokens, i, roleEnd) : null;
            }

            return new SpeakerPhrase(Join(tokens, nameStart, i - 1), SpeakerKind.Name, role ?? leadingRole);
        }

        if (Determiners.Contains(tokens[start].Lower))
        {
            var end = start + 1;
            while (end < tokens.Count && end - start < MaxSourceTokens && !tokens[end - 1].EndsClause && !tokens[end].IsCapitalized)
            {
                end++;
            }

            if (end > start + 1)
            {
                return new SpeakerPhrase(Join(tokens, start, end - 1), SpeakerKind.Source, null);
            }
        }

        return null;
    }

    /// <summary>A run of capitalised words ending at tokens[end], without honorifics, or <see langword="null"/>.</summary>
    private (string Text, int Count)? NameEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        if (!tokens[end].IsCapitalized)
        {
            return null;
        }

        var start = end;
        while (start - 1 >= 0 && end - start + 1 < MaxNameTokens && !tokens[start - 1].EndsClause && IsNameWord(tokens[start - 1], first: false))
        {
            start--;
        }

        var count = end - start + 1;
        while (start <= end && (lexicon.Honorifics.Contains(tokens[start].Lower.TrimEnd('.')) || NameParticles.Contains(tokens[start].Lower)))
        {
            start++;
        }

        if (start > end || IsNotSpeaker(tokens, start, end + 1))
        {
            return null;
        }

        return (Join(tokens, start, end), count);
    }

    private SpeakerPhrase? SourceEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        if (tokens[end].IsCapitalized || !char.IsLetter(tokens[end].Word[0]))
        {
            return null;
        }

        for (var start = end; start >= 0 && end - start < MaxSourceTokens; start--)
        {
            if (start < end && tokens[start].EndsClause)
            {
                break;
            }

            if (Determiners.Contains(tokens[start].Lower))
            {
                return start == end ? null : new SpeakerPhrase(Join(tokens, start, end), SpeakerKind.Source, null);
            }
        }

        // "…," officials said: a bare plural at the start of the attribution.
        return end == 0 && tokens[end].Lower.EndsWith('s') ? new SpeakerPhrase(tokens[end].Word, SpeakerKind.Source, null) : null;
    }

    /// <summary>"Russian president’s special envoy to Afghanistan, Zamir Kabulov": the role before a name set off by commas.</summary>
    private string? RoleBefore(IReadOnlyList<Token> tokens, int beforeName)
    {
        if (beforeName < 0 || !tokens[beforeName].Trailing.Contains(','))
        {
            return null;
        }

        var start = beforeName;
        while (start - 1 >= 0 && beforeName - start < MaxAppositiveTokens && !tokens[start - 1].EndsClause)
        {
            start--;
        }

        for (var k = start; k <= beforeName; k++)
        {
            if (lexicon.CueLength(tokens, k) > 0)
            {
                // "According to the report, Kabulov said": an attribution of its own, not a role.
                return null;
            }
        }

        return start == beforeName && !tokens[start].IsCapitalized ? null : Join(tokens, start, beforeName);
    }

    private bool IsNameWord(Token token, bool first) =>
        token.IsCapitalized || (!first && (NameParticles.Contains(token.Lower) || token.Word.StartsWith("al-", StringComparison.Ordinal)));

    private bool IsNotSpeaker(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            var lower = tokens[start].Lower;
            return lexicon.NotSpeakers.Contains(lower) || lexicon.SingleWordCues.Contains(lower);
        }

        for (var k = start; k < end; k++)
        {
            if (lexicon.NotSpeakers.Contains(tokens[k].Lower) && tokens[k].Lower.Length > 3)
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(IReadOnlyList<Token> tokens, int first, int last) =>
        string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => tokens[k].Word)).TrimEnd('’', '\'');
}
