namespace NewsExtract.Quotes;

/// <summary>A reported clause found in a sentence: its tokens, the cue and the speaker phrase.</summary>
/// <param name="First">The clause's first token.</param>
/// <param name="Last">The clause's last token.</param>
/// <param name="Cue">The cue as written.</param>
/// <param name="CueToken">The cue's first token.</param>
/// <param name="Speaker">Who the cue names.</param>
internal sealed record ReportedClause(int First, int Last, string Cue, int CueToken, SpeakerPhrase Speaker);

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
        for (var i = start; i < end; i++)
        {
            var length = lexicon.CueLength(tokens, i);
            if (length == 0)
            {
                continue;
            }

            var clause = lexicon.SourceCues.Contains(tokens[i].Lower)
                ? SourceClause(tokens, start, end, i, length)
                : VerbClause(tokens, start, end, i, length);
            if (clause is not null && clause.Last - clause.First + 1 >= MinClauseWords && !Overlaps(paragraph, clause))
            {
                return clause;
            }
        }

        return null;
    }

    /// <summary>"According to X, CLAUSE" and "CLAUSE, according to X".</summary>
    private ReportedClause? SourceClause(List<Token> tokens, int start, int end, int cue, int length)
    {
        var source = speakers.After(tokens, cue + length, end);
        if (source is null)
        {
            return null;
        }

        var cueText = Join(tokens, cue, length);
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

            return new ReportedClause(comma + 1, LastWord(tokens, end), cueText, cue, source);
        }

        return cue - 1 > start && tokens[cue - 1].HasComma ? new ReportedClause(start, cue - 1, cueText, cue, source) : null;
    }

    /// <summary>"X said (that) CLAUSE", "CLAUSE, X said", "CLAUSE, said X", "X sagte, CLAUSE".</summary>
    private ReportedClause? VerbClause(List<Token> tokens, int start, int end, int cue, int length)
    {
        var after = cue + length;
        if (IsPassive(tokens, start, cue) || (after < end && tokens[after].Lower is "by" or "von" or "par" or "por"))
        {
            return null;
        }

        var cueText = Join(tokens, cue, length);
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

        // "CLAUSE, Rao said on Monday, as …": the attribution closes the sentence.
        var speakerStart = inverted ? cue : speaker.First;
        if (speakerStart - 1 > start && tokens[speakerStart - 1].HasComma && EndsAttribution(tokens, after, end))
        {
            return new ReportedClause(start, speakerStart - 1, cueText, cue, speaker);
        }

        if (inverted)
        {
            return null;
        }

        var clauseStart = ClauseStart(tokens, after, end, tokens[cue + length - 1]);
        return clauseStart < 0 ? null : new ReportedClause(clauseStart, LastWord(tokens, end), cueText, cue, speaker);
    }

    /// <summary>Where the reported clause after a cue begins, or -1 when none follows.</summary>
    private int ClauseStart(List<Token> tokens, int after, int end, Token cueEnd)
    {
        if (after >= end || cueEnd.Trailing.Contains(':'))
        {
            return -1;
        }

        for (var k = after; k < end && k < after + ComplementizerWindow; k++)
        {
            if (lexicon.Complementizers.Contains(tokens[k].Lower) || tokens[k].Lower.StartsWith("qu'", StringComparison.Ordinal))
            {
                return tokens[k].Lower.StartsWith("qu'", StringComparison.Ordinal) ? k : k + 1;
            }

            if (tokens[k].EndsSentence)
            {
                break;
            }
        }

        if (!lexicon.ClauseCues.Contains(cueEnd.Lower))
        {
            return -1;
        }

        var c = after;
        if (cueEnd.HasComma)
        {
            // German: "Weber sagte, die Fahrgäste sollten …".
            return tokens[c].IsCapitalized || lexicon.Pronouns.ContainsKey(tokens[c].Lower) || lexicon.Determiners.Contains(tokens[c].Lower) ? c : -1;
        }

        if (cueEnd.EndsClause)
        {
            return -1;
        }

        // "said Tuesday", "said on Monday", "told reporters", "told the BBC": a time or a listener before the clause.
        while (c < end && !tokens[c].EndsClause && (lexicon.TimeWords.Contains(tokens[c].Lower)
               || (lexicon.Prepositions.Contains(tokens[c].Lower) && c + 1 < end && lexicon.TimeWords.Contains(tokens[c + 1].Lower))))
        {
            c++;
        }

        if (lexicon.ObjectCues.Contains(cueEnd.Lower) && c < end)
        {
            c = SkipListener(tokens, c, end);
        }

        if (c >= end)
        {
            return -1;
        }

        // The clause opens with a subject: a pronoun, a determiner, a name, a number ("said Moscow had …", "said it would …").
        var first = tokens[c];
        var subjectLike = lexicon.Pronouns.ContainsKey(first.Lower) || lexicon.Determiners.Contains(first.Lower) || lexicon.ClauseOpeners.Contains(first.Lower)
            || (first.IsCapitalized && !lexicon.TimeWords.Contains(first.Lower)) || char.IsDigit(first.Word[0]);
        return subjectLike && !lexicon.Prepositions.Contains(first.Lower) && lexicon.CueLength(tokens, c) == 0 ? c : -1;
    }

    /// <summary>Passes over the listener of "told": "reporters", "Reuters", "the BBC", "the council".</summary>
    private int SkipListener(List<Token> tokens, int c, int end)
    {
        if (lexicon.Determiners.Contains(tokens[c].Lower))
        {
            c++;
            while (c < end && !tokens[c - 1].EndsClause && (tokens[c].IsCapitalized || tokens[c].IsPossessive) && c + 1 < end)
            {
                c++;
            }

            return c < end && !tokens[c - 1].EndsClause && !tokens[c].IsCapitalized && !lexicon.Pronouns.ContainsKey(tokens[c].Lower) && !lexicon.Determiners.Contains(tokens[c].Lower) ? c + 1 : c;
        }

        if (!lexicon.Pronouns.ContainsKey(tokens[c].Lower) && !tokens[c].EndsClause && c + 1 < end)
        {
            // "told reporters", "told Reuters": one word.
            return c + 1;
        }

        return c;
    }

    /// <summary>Whether nothing but a time, a place or a subordinate clause follows the cue: "said on Monday, as …".</summary>
    private bool EndsAttribution(List<Token> tokens, int after, int end)
    {
        if (after >= end || tokens[after - 1].EndsClause)
        {
            return true;
        }

        var first = tokens[after];
        return lexicon.Prepositions.Contains(first.Lower) || lexicon.TimeWords.Contains(first.Lower) || (lexicon.Pronouns.ContainsKey(first.Lower) && after + 1 >= end)
            || (after + 1 < end && tokens[after].EndsClause);
    }

    private bool IsPassive(List<Token> tokens, int start, int cue)
    {
        var k = cue - 1;
        while (k >= start && lexicon.Auxiliaries.Contains(tokens[k].Lower) && !lexicon.BeForms.Contains(tokens[k].Lower))
        {
            k--;
        }

        return k >= start && lexicon.BeForms.Contains(tokens[k].Lower);
    }

    private static bool Overlaps(ParsedParagraph paragraph, ReportedClause clause)
    {
        for (var k = clause.First; k <= clause.Last; k++)
        {
            if (paragraph.InQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    private static int LastWord(List<Token> tokens, int end) => end - 1;

    private static string Join(List<Token> tokens, int index, int length)
    {
        if (length == 1)
        {
            return tokens[index].Word;
        }

        var parts = new string[length];
        for (var k = 0; k < length; k++)
        {
            parts[k] = tokens[index + k].Word;
        }

        return string.Join(' ', parts);
    }
}
