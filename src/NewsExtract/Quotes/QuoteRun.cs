using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>The state of one call of <see cref="QuoteFinder.Find"/>: the article's paragraphs, what was found, and who spoke last.</summary>
internal sealed class QuoteRun(ParsedParagraph[] paragraphs, Lexicon lexicon)
{
    /// <summary>One quote repeats another (a pull quote) when it holds the other's words, from this many.</summary>
    private const int MinRepeatWords = 4;

    private SpeakerResolver? resolver;

    /// <summary>The paragraphs as the resolver read them: the unread ones with their names read.</summary>
    private ParsedParagraph[]? named;

    /// <summary>The paragraphs up to the last that may quote; those that cannot are unread (<see cref="ParsedParagraph.Unread"/>).</summary>
    public ParsedParagraph[] Paragraphs { get; } = paragraphs;

    /// <summary>
    /// Made at the first speaker to resolve, from the names of every paragraph: an article whose quotes name no
    /// one needs neither the resolver nor the names of its paragraphs that cannot quote.
    /// </summary>
    public SpeakerResolver Resolver => resolver ??= new SpeakerResolver(WithNames(), lexicon);

    public List<Quote> Quotes { get; } = [];

    /// <summary>The reported clauses of the sentence being read, reused from sentence to sentence.</summary>
    public List<ReportedClause> Clauses { get; } = [];

    /// <summary>The quotes' texts normalised for comparison, parallel to <see cref="Quotes"/>.</summary>
    public List<string> Normalized { get; } = [];

    /// <summary>The quotes' numbers of words, parallel to <see cref="Quotes"/>.</summary>
    public List<int> WordCounts { get; } = [];

    /// <summary>For each paragraph, whether its first span continues the quote of a paragraph before (already read).</summary>
    public bool[] Consumed { get; } = new bool[paragraphs.Length];

    /// <summary>For each paragraph continuing a quote, the speaker of that quote.</summary>
    public string?[] ContinuedSpeaker { get; } = new string?[paragraphs.Length];

    /// <summary>The speaker of the last attributed quote in the current paragraph.</summary>
    public string? ParagraphSpeaker { get; set; }

    public bool ParagraphHadQuote { get; set; }

    public string? PreviousParagraphSpeaker { get; set; }

    public bool PreviousParagraphHadQuote { get; set; }

    /// <summary>Gives back the token arrays of the paragraphs read for names only (see <see cref="TokenList.Release"/>).</summary>
    public void ReleaseNames()
    {
        for (var p = 0; p < (named?.Length ?? 0); p++)
        {
            if (!ReferenceEquals(named![p], Paragraphs[p]))
            {
                named[p].Tokens.Release();
            }
        }
    }

    private ParsedParagraph[] WithNames()
    {
        named = new ParsedParagraph[Paragraphs.Length];
        for (var p = 0; p < named.Length; p++)
        {
            named[p] = Paragraphs[p].WithNames(lexicon);
        }

        return named;
    }

    /// <summary>
    /// Adds a quote unless it repeats one already found (a pull quote, a blockquote): of the two, the attributed one is
    /// kept. Returns whether the quote was kept.
    /// </summary>
    public bool Add(Quote quote)
    {
        var normalized = TextNormalizer.ForComparison(quote.Text);
        var words = TextNormalizer.CountWords(quote.Text);
        for (var i = 0; i < Quotes.Count; i++)
        {
            var existing = Quotes[i];
            if (existing.Kind == QuoteKind.Indirect)
            {
                continue;
            }

            var other = Normalized[i];
            var same = other == normalized;

            // A repeat that holds or is held by another is a pull quote: one of the two has no cue of its own.
            var mayRepeat = !same && (quote.Cue is null || existing.Cue is null);
            var holdsNew = mayRepeat && words >= MinRepeatWords && other.Length > normalized.Length && other.Contains(normalized, StringComparison.Ordinal);
            var heldByNew = mayRepeat && other.Length > 0 && normalized.Length > other.Length && WordCounts[i] >= MinRepeatWords
                && normalized.Contains(other, StringComparison.Ordinal);
            if (!same && !holdsNew && !heldByNew)
            {
                continue;
            }

            var existingAttributed = existing.Cue is not null || existing.Speaker is not null;
            var newAttributed = quote.Cue is not null || quote.Speaker is not null;
            if (newAttributed && !existingAttributed)
            {
                // A pull quote met before its body quote: the body quote, with its attribution, replaces it.
                Quotes[i] = quote;
                Normalized[i] = normalized;
                WordCounts[i] = words;
                return true;
            }

            if (same || holdsNew || !existingAttributed)
            {
                return false;
            }
        }

        Quotes.Add(quote);
        Normalized.Add(normalized);
        WordCounts.Add(words);
        return true;
    }

}
