namespace NewsExtract.Quotes;

/// <summary>
/// A quote in two-apostrophe marks (''…''), which this reader takes for plain words: its sentences share the
/// attribution that one of them carries. "''A. B,'' she said. ''C.''" gives A and B, and then C, to her. One value
/// per paragraph, given its sentences in reading order.
/// </summary>
internal struct ApostropheQuote()
{
    /// <summary>A sentence goes on with the statement before only when it is this long.</summary>
    private const int MinClauseWords = 3;

    /// <summary>The last statement in such marks, whose speaker the next sentences in marks go on with.</summary>
    private ReportedClause? said;

    /// <summary>Whether the marks of the last sentence read are still open.</summary>
    private bool open;

    /// <summary>The first token of the sentences in marks not yet closed that no attribution has claimed, or -1.</summary>
    private int pending = -1;

    /// <summary>Adds to <paramref name="clauses"/> (the sentence's reported clauses) the statements its marks carry on or close.</summary>
    public void Read(TokenList tokens, int start, int end, bool quoted, List<ReportedClause> clauses)
    {
        if (clauses.Count == 0 && said is not null && !quoted && end - start >= MinClauseWords && (open || Opens(tokens[start])))
        {
            // "''A,'' he said. ''B.''": the sentence goes on with the statement before, until the marks close.
            clauses.Add(said with { First = start, Last = end - 1 });
            open = !Closes(tokens[end - 1]);
            pending = -1;
            return;
        }

        var closing = -1;
        for (var c = 0; c < clauses.Count && closing < 0; c++)
        {
            closing = clauses[c].First == start && Closes(tokens[clauses[c].Last]) ? c : -1;
        }

        if (pending >= 0 && closing >= 0)
        {
            // "''A. B,'' she said.": the sentences before, in the marks she closes, are hers too.
            clauses.Insert(closing, clauses[closing] with { First = pending, Last = start - 1 });
        }

        // A sentence that opens marks and leaves them open (cues inside it are the quote's) waits for an attribution after it.
        pending = !quoted && !Closes(tokens[end - 1]) && (pending >= 0 || Opens(tokens[start])) && closing < 0 ? (pending >= 0 ? pending : start) : -1;
        said = clauses.Count > 0 && (Opens(tokens[clauses[^1].First]) || Closes(tokens[clauses[^1].Last])) ? clauses[^1] : null;
        open = false;
    }

    public static bool Opens(in Token token) => token.Leading.Contains("''", StringComparison.Ordinal);

    public static bool Closes(in Token token) => token.Trailing.Contains("''", StringComparison.Ordinal);
}
