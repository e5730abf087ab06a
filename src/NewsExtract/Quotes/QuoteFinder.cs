using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// Finds the quotes of an article's paragraphs: direct and partial quotes inside quotation marks, with their
/// attribution before or after them, and reported speech without marks. Speakers are resolved to full names.
/// </summary>
internal sealed class QuoteFinder(Lexicon lexicon)
{
    /// <summary>How many words after a quote the cue may be ("…," the former senator from Ohio said).</summary>
    private const int CueWindowAfter = 12;

    /// <summary>How many words before a quote the cue may be (According to the statement issued by X, "…").</summary>
    private const int CueWindowBefore = 15;

    /// <summary>A quoted span of fewer words without any cue is a scare quote or a title, not a quote.</summary>
    private const int MinUnattributedWords = 6;

    /// <summary>A sentence in marks right after an attributed quote of the same paragraph continues it from this many words.</summary>
    private const int MinContinuationWords = 3;

    /// <summary>Reported speech needs a clause at least this long after the cue.</summary>
    private const int MinReportedWords = 4;

    private readonly SpeakerReader speakers = new(lexicon);

    public List<Quote> Find(IReadOnlyList<string> paragraphs, bool includeIndirect, CancellationToken cancellationToken)
    {
        var quotes = new List<Quote>();
        var resolver = new SpeakerResolver(paragraphs, lexicon);
        string? previousQuoteSpeaker = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = paragraphs[p];
            var spans = QuoteSpanScanner.Scan(text);
            if (spans.Count == 0)
            {
                if (includeIndirect)
                {
                    FindReported(text, p, resolver, quotes);
                }

                previousQuoteSpeaker = null;
                continue;
            }

            var sameParagraph = false;
            foreach (var span in spans)
            {
                var quote = Attribute(text, span, p, paragraphs, resolver, previousQuoteSpeaker, sameParagraph);
                sameParagraph = quote?.Speaker is not null;
                if (quote is not null && !IsRepeat(quotes, quote))
                {
                    quotes.Add(quote);
                    previousQuoteSpeaker = quote.Speaker ?? previousQuoteSpeaker;
                }
            }
        }

        return quotes;
    }

    private Quote? Attribute(string text, QuoteSpan span, int paragraph, IReadOnlyList<string> paragraphs, SpeakerResolver resolver, string? previousQuoteSpeaker, bool followsQuoteInParagraph)
    {
        var quoted = text[span.Start..span.End].Trim();
        var fullQuote = quoted;
        if (!span.Closed)
        {
            // A quote running on: the next paragraphs that open with a mark continue it, until one closes it.
            for (var next = paragraph + 1; next < paragraphs.Count && QuoteSpanScanner.StartsWithOpener(paragraphs[next]); next++)
            {
                var continued = QuoteSpanScanner.Scan(paragraphs[next]);
                if (continued.Count == 0)
                {
                    break;
                }

                fullQuote += " " + paragraphs[next][continued[0].Start..continued[0].End].Trim();
                if (continued[0].Closed)
                {
                    break;
                }
            }
        }

        var words = TextNormalizer.CountWords(fullQuote);
        if (words == 0)
        {
            return null;
        }

        var sentenceStart = SentenceStart(text, span.Start - 1);
        var sentenceEnd = SentenceEnd(text, Math.Min(text.Length, span.End + 1));
        var before = Token.Of(text, sentenceStart, Math.Max(sentenceStart, span.Start - 1));
        var after = Token.Of(text, Math.Min(text.Length, span.End + 1), sentenceEnd);

        // An attribution that names a speaker wins; a quote embedded in a sentence looks before itself first.
        var embeddedInSentence = before.Count > 0 && !IsAttributionLead(text, sentenceStart, span.Start - 1);
        var first = embeddedInSentence ? CueBefore(before) : CueAfter(after);
        var second = embeddedInSentence ? CueAfter(after) : CueBefore(before);
        var (cue, speaker) = first.Speaker is not null || (first.Cue is not null && second.Speaker is null) ? first : second;

        if (cue is null && DashAttribution(text, span.End + 1) is { } dashed)
        {
            // "…" — Jane Doe: the dash is the cue.
            speaker = speakers.After(dashed.Tokens, 0);
            cue = speaker is null ? null : dashed.Dash;
        }

        var name = resolver.Resolve(speaker, paragraph);
        var embedded = embeddedInSentence;
        var fragment = char.IsLower(quoted[0]) && !(before.Count > 0 && before[^1].Trailing.Contains(':'));
        var kind = embedded || fragment ? QuoteKind.Partial : QuoteKind.Direct;

        if (cue is null)
        {
            var minWords = followsQuoteInParagraph ? MinContinuationWords : MinUnattributedWords;
            if (kind == QuoteKind.Direct && words >= minWords && before.Count == 0 && after.Count == 0)
            {
                // A paragraph that is nothing but a quote continues the speaker of the quote before it.
                name = previousQuoteSpeaker;
            }
            else if (kind == QuoteKind.Partial && words >= 2)
            {
                // "He called the plan "dead on arrival"": the cue is elsewhere in the sentence.
                (cue, speaker) = CueAnywhere(before);
                if (cue is null)
                {
                    return null;
                }

                name = resolver.Resolve(speaker, paragraph);
            }
            else
            {
                return null;
            }
        }

        if (words < 3 && kind == QuoteKind.Direct && cue is null)
        {
            return null;
        }

        return new Quote
        {
            Text = fullQuote,
            Speaker = name,
            SpeakerRole = speaker?.Role,
            Cue = cue,
            Kind = kind,
            ParagraphIndex = paragraph,
            Start = span.Start,
            Length = span.End - span.Start,
        };
    }

    /// <summary>Whether the words before a quote are only its attribution ("He added:", "Kabulov said,").</summary>
    private bool IsAttributionLead(string text, int start, int end)
    {
        var lead = text[start..end].TrimEnd();
        if (lead.Length == 0)
        {
            return true;
        }

        if (lead[^1] is not (':' or ',' or '—' or '–'))
        {
            return false;
        }

        var tokens = Token.Of(text, start, end);
        return CueBefore(tokens).Cue is not null;
    }

    private (string? Cue, SpeakerPhrase? Speaker) CueAfter(List<Token> after)
    {
        for (var i = 0; i < after.Count && i < CueWindowAfter; i++)
        {
            var length = lexicon.CueLength(after, i);
            if (length == 0)
            {
                if (after[i].EndsClause && after[i].Trailing.IndexOfAny(['.', '!', '?', ';']) >= 0)
                {
                    break;
                }

                continue;
            }

            var cue = Cue(after, i, length);
            var speaker = (i > 0 ? speakers.Before(after, i) : null) ?? speakers.After(after, i + length);
            return (cue, speaker);
        }

        return (null, null);
    }

    private (string? Cue, SpeakerPhrase? Speaker) CueBefore(List<Token> before)
    {
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - CueWindowBefore; i--)
        {
            var length = lexicon.CueLength(before, i);
            if (length == 0)
            {
                continue;
            }

            var cue = Cue(before, i, length);
            var speaker = (i > 0 ? speakers.Before(before, i) : null) ?? (i + length < before.Count ? speakers.After(before, i + length) : null);
            return (cue, speaker);
        }

        return (null, null);
    }

    private (string? Cue, SpeakerPhrase? Speaker) CueAnywhere(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = lexicon.CueLength(tokens, i);
            if (length > 0 && i > 0 && speakers.Before(tokens, i) is { } speaker)
            {
                return (Cue(tokens, i, length), speaker);
            }
        }

        return (null, null);
    }

    /// <summary>Reported speech: "Kabulov said Moscow had not yet held official contacts …".</summary>
    private void FindReported(string text, int paragraph, SpeakerResolver resolver, List<Quote> quotes)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = SentenceEnd(text, start);
            var tokens = Token.Of(text, start, end);
            for (var i = 1; i < tokens.Count; i++)
            {
                var length = lexicon.CueLength(tokens, i);
                if (length == 0)
                {
                    continue;
                }

                var clauseStart = i + length;
                var isAccordingTo = tokens[i].Lower is "according" or "laut" or "selon" or "según";
                SpeakerPhrase? speaker;
                if (isAccordingTo)
                {
                    speaker = speakers.After(tokens, clauseStart);
                    while (clauseStart < tokens.Count && !tokens[clauseStart].Trailing.Contains(','))
                    {
                        clauseStart++;
                    }

                    clauseStart++;
                }
                else
                {
                    speaker = speakers.Before(tokens, i);
                    if (clauseStart < tokens.Count && tokens[clauseStart].Lower is "that" or "dass" or "que")
                    {
                        clauseStart++;
                    }
                }

                if (speaker is null || tokens.Count - clauseStart < MinReportedWords || tokens[i + length - 1].EndsClause && !isAccordingTo)
                {
                    continue;
                }

                var clause = text[tokens[clauseStart].Start..end].Trim().TrimEnd('.');
                quotes.Add(new Quote
                {
                    Text = clause,
                    Speaker = resolver.Resolve(speaker, paragraph),
                    SpeakerRole = speaker.Role,
                    Cue = Cue(tokens, i, length),
                    Kind = QuoteKind.Indirect,
                    ParagraphIndex = paragraph,
                    Start = tokens[clauseStart].Start,
                    Length = clause.Length,
                });
                break;
            }

            start = end;
        }
    }

    private static (string Dash, List<Token> Tokens)? DashAttribution(string text, int from)
    {
        var i = from;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ',' or '.'))
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('—' or '–' or '-'))
        {
            return null;
        }

        var tokens = Token.Of(text, i + 1, SentenceEnd(text, i + 1));
        return tokens.Count > 0 ? (text[i].ToString(), tokens) : null;
    }

    private static string Cue(List<Token> tokens, int index, int length) =>
        string.Join(' ', tokens.Skip(index).Take(length).Select(t => t.Word));

    private static bool IsRepeat(List<Quote> quotes, Quote quote)
    {
        var normalized = TextNormalizer.ForComparison(quote.Text);
        return normalized.Length > 0 && quotes.Exists(q => q.Kind != QuoteKind.Indirect && TextNormalizer.ForComparison(q.Text).Contains(normalized, StringComparison.Ordinal));
    }

    /// <summary>Offset where the sentence holding <paramref name="position"/> starts.</summary>
    private static int SentenceStart(string text, int position)
    {
        for (var i = Math.Min(position, text.Length) - 1; i > 0; i--)
        {
            var end = BreakAfter(text, i);
            if (end >= 0 && end <= position)
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>Offset just past the sentence that starts at or holds <paramref name="position"/>.</summary>
    private static int SentenceEnd(string text, int position)
    {
        for (var i = Math.Max(position, 0); i < text.Length - 1; i++)
        {
            var end = BreakAfter(text, i);
            if (end >= 0)
            {
                return end;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// When text[i] ends a sentence — a full stop, question or exclamation mark, then closing marks, a space, and a
    /// capital or an opening mark — the offset where the next sentence starts; otherwise -1.
    /// </summary>
    private static int BreakAfter(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?'))
        {
            return -1;
        }

        var j = i + 1;
        while (j < text.Length && text[j] is '”' or '"' or '’' or '\'' or '»' or ')' or '“')
        {
            j++;
        }

        if (j + 1 >= text.Length || !char.IsWhiteSpace(text[j]))
        {
            return -1;
        }

        var next = text[j + 1];
        if (!char.IsUpper(next) && next is not ('“' or '"' or '„' or '«' or '‘'))
        {
            return -1;
        }

        // "Gen. John", "U.S. Senate": an abbreviation, not the end of a sentence.
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        return text[i] == '.' && word.Length > 0 && Token.IsAbbreviation(string.Concat(word, ".")) ? -1 : j + 1;
    }
}
