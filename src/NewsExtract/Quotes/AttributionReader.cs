namespace NewsExtract.Quotes;

/// <summary>
/// Reads the attribution of a quoted span: after it ("…," said Kabulov / Kabulov said / — Kabulov), before it
/// (He added: "…") or, for a fragment inside a sentence, the cue that governs it (called it "…", said the plan "…").
/// </summary>
internal sealed class AttributionReader(Lexicon lexicon, SpeakerReader speakers)
{
    /// <summary>How far after a quote its cue may stand ("…," Catherine Vogel, the chief economist at …, said).</summary>
    private const int MaxTrailTokens = 32;

    /// <summary>How many words a role before the speaker may take between the quote and the name ("…," the United Nations envoy, Amal Haddad, said).</summary>
    private const int MaxWordsBeforeSpeaker = 6;

    /// <summary>How close before a fragment a naming cue stands ("described it as “…”").</summary>
    private const int NamingWindow = 5;

    /// <summary>The attribution written right after a quote, in tokens[from..to).</summary>
    public Attribution? Trail(ParsedParagraph paragraph, int from, int to, int spanEnd)
    {
        var tokens = paragraph.Tokens;
        if (from >= to)
        {
            return null;
        }

        if (DashBetween(paragraph.Text, spanEnd, tokens[from].Start) && speakers.After(tokens, from, to) is { Kind: SpeakerKind.Name } dashed)
        {
            // "…" — Elena Kos, café owner.
            return new Attribution("—", dashed, from);
        }

        for (var i = from; i < to && i < from + MaxTrailTokens; i++)
        {
            if (i > from && tokens[i - 1].EndsSentence)
            {
                break;
            }

            if (lexicon.InvertedCue(tokens[i]) is not null && i <= from + 1)
            {
                // "a-t-il ajouté", "estime-t-elle": the verb carries its subject.
                var length = i + 1 < to && lexicon.CueLength(tokens, i + 1) > 0 ? 1 + lexicon.CueLength(tokens, i + 1) : 1;
                return new Attribution(Token.JoinWords(tokens, i, length), speakers.Inverted(tokens[i], i), i);
            }

            var cueLength = lexicon.CueLength(tokens, i);
            if (cueLength == 0)
            {
                continue;
            }

            var cue = Token.JoinWords(tokens, i, cueLength);
            if (i == from && tokens[i].IsCapitalized)
            {
                // "“…” Read our review": a capitalised verb after a quote opens a new sentence.
                return null;
            }

            if (i == from || OnlyAuxiliaries(tokens, from, i))
            {
                return new Attribution(cue, speakers.After(tokens, i + cueLength, to), i);
            }

            var speaker = speakers.Before(tokens, from, i);
            if (speaker is not null && StartsNear(tokens, from, speaker.First))
            {
                return new Attribution(cue, speaker, i);
            }

            // "…,” Olaf Lind, director of the … Institute, said": a long role set off by commas between the name and the cue.
            return tokens[i - 1].HasComma && speakers.After(tokens, from, i) is { Kind: SpeakerKind.Name } named && StartsNear(tokens, from, named.First)
                && tokens[named.First].IsCapitalized
                ? new Attribution(cue, named, i)
                : null;
        }

        return null;
    }

    /// <summary>The attribution written before a quote and ending with a colon or comma ("He added:", "Kabulov said,"), in tokens[from..to).</summary>
    public Attribution? Lead(ParsedParagraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        if (from >= to || tokens[to - 1].Trailing.AsSpan().IndexOfAny(":,") < 0)
        {
            return null;
        }

        for (var i = to - 1; i >= from; i--)
        {
            if (lexicon.InvertedCue(tokens[i]) is not null)
            {
                return new Attribution(tokens[i].Word, speakers.Inverted(tokens[i], i), i);
            }

            var length = lexicon.CueLength(tokens, i);
            if (length == 0)
            {
                continue;
            }

            var speaker = lexicon.IsSourceCue(tokens, i, length)
                ? speakers.After(tokens, i + length, to)
                : IsParticiple(tokens, from, i)
                    ? speakers.Subject(tokens, from, i)
                    : speakers.Before(tokens, from, i) ?? speakers.After(tokens, i + length, to)
                        ?? (i > from ? speakers.Subject(tokens, from, i) : null);
            return new Attribution(Token.JoinWords(tokens, i, length), speaker, i);
        }

        if (!tokens[to - 1].Trailing.Contains(':'))
        {
            return null;
        }

        // "Pollsters agree - Vera Holm: “…”": a name right before the colon speaks; "Jones was blunt: “…”": else the
        // subject of the introducing clause.
        var introducer = speakers.Before(tokens, from, to) is { Kind: SpeakerKind.Name } named
            ? named
            : speakers.Subject(tokens, from, to - 1) is { Kind: SpeakerKind.Name or SpeakerKind.Pronoun } subject ? subject : null;
        return introducer is null ? null : new Attribution(null, introducer, introducer.First);
    }

    /// <summary>The cue governing a fragment inside a sentence, in tokens[from..spanFirst) before it.</summary>
    public Attribution? Embedded(ParsedParagraph paragraph, int from, int spanFirst, bool singleWord)
    {
        var tokens = paragraph.Tokens;
        for (var i = spanFirst - 1; i >= from && i >= spanFirst - NamingWindow; i--)
        {
            var naming = lexicon.Is(tokens[i], WordClass.NamingCue);
            if (naming || (lexicon.CueLength(tokens, i) > 0 && i >= spanFirst - NamingWindow + 1))
            {
                return Governing(tokens, from, i, naming ? 1 : lexicon.CueLength(tokens, i));
            }
        }

        if (singleWord)
        {
            return null;
        }

        var named = true;
        for (var i = spanFirst - 1; i >= from; i--)
        {
            var length = lexicon.CueLength(tokens, i);
            if (length > 0)
            {
                return Governing(tokens, from, i, length);
            }

            // "called the indictment of her former chief of staff “…”": a naming cue governs a lower-case object.
            if (named && lexicon.Is(tokens[i], WordClass.NamingCue))
            {
                return Governing(tokens, from, i, 1);
            }

            named &= !tokens[i].IsCapitalized && !tokens[i].EndsClause;
        }

        return null;
    }

    private Attribution Governing(TokenList tokens, int from, int cue, int length)
    {
        SpeakerPhrase? speaker;
        if (lexicon.IsSourceCue(tokens, cue, length))
        {
            speaker = speakers.After(tokens, cue + length, tokens.Count);
        }
        else if (IsParticiple(tokens, from, cue))
        {
            // "…, accusing him of “surrendering”": the participle's subject opens the sentence.
            speaker = speakers.Subject(tokens, from, cue);
        }
        else
        {
            speaker = speakers.Before(tokens, from, cue);
        }

        return new Attribution(Token.JoinWords(tokens, cue, length), speaker, cue);
    }

    /// <summary>"…, adding: “…”", "…, telling reporters “…”": a participle after a comma, whose subject opens the sentence (not its listener).</summary>
    private static bool IsParticiple(TokenList tokens, int from, int cue) => cue > from && tokens[cue - 1].HasComma && Lexicon.IsParticiple(tokens[cue]);

    /// <summary>"a prévenu sa secrétaire générale": only auxiliaries before the cue, so the speaker follows it.</summary>
    private bool OnlyAuxiliaries(TokenList tokens, int from, int cue)
    {
        for (var k = from; k < cue; k++)
        {
            if (!lexicon.Is(tokens[k], WordClass.Auxiliary) || tokens[k].EndsClause)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only a few role words stand between the quote and the speaker ("police spokesman Adeyemi Okon said").</summary>
    private bool StartsNear(TokenList tokens, int from, int first)
    {
        if (first - from > MaxWordsBeforeSpeaker)
        {
            return false;
        }

        for (var k = from; k < first; k++)
        {
            // Only a role set off by a comma right before the name may end a clause ("the UN envoy, Amal Haddad, said").
            if ((tokens[k].EndsClause && !(k == first - 1 && tokens[k].HasComma)) || lexicon.CueLength(tokens, k) > 0)
            {
                return false;
            }
        }

        return true;
    }

    public static bool DashBetween(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is '—' or '–' || (text[i] == '-' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
