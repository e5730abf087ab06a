using System.Collections.Frozen;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>The word lists quote finding reads: cue verbs, pronouns, honorifics, auxiliaries and words that are never speakers.</summary>
internal sealed class Lexicon
{
    public Lexicon(IEnumerable<string> cues, IEnumerable<string> pronouns, IEnumerable<string> honorifics, IEnumerable<string> auxiliaries, IEnumerable<string> notSpeakers)
    {
        var cueList = cues.Select(c => c.ToLowerInvariant()).Distinct().ToList();
        SingleWordCues = cueList.Where(c => !c.Contains(' ')).ToFrozenSet(StringComparer.Ordinal);
        MultiWordCues = [.. cueList.Where(c => c.Contains(' ')).Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(c => c.Length)];
        Pronouns = pronouns.Select(p => p.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        Honorifics = honorifics.Select(p => p.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        Auxiliaries = auxiliaries.Select(p => p.ToLowerInvariant()).Where(p => !p.Contains(' ')).ToFrozenSet(StringComparer.Ordinal);
        NotSpeakers = notSpeakers.Select(p => p.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }

    public static Lexicon Default { get; } = new(
        PhraseList.Load("cue-verbs"),
        PhraseList.Load("pronouns"),
        PhraseList.Load("honorifics"),
        PhraseList.Load("auxiliaries"),
        PhraseList.Load("not-speakers"));

    public FrozenSet<string> SingleWordCues { get; }

    /// <summary>Multi-word cues as word arrays, longest first.</summary>
    public string[][] MultiWordCues { get; }

    public FrozenSet<string> Pronouns { get; }

    public FrozenSet<string> Honorifics { get; }

    public FrozenSet<string> Auxiliaries { get; }

    public FrozenSet<string> NotSpeakers { get; }

    /// <summary>The number of tokens of the cue starting at <paramref name="index"/>, or 0 when none starts there.</summary>
    public int CueLength(IReadOnlyList<Token> tokens, int index)
    {
        foreach (var cue in MultiWordCues)
        {
            if (index + cue.Length > tokens.Count)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < cue.Length && match; k++)
            {
                match = tokens[index + k].Lower == cue[k] && (k == cue.Length - 1 || !tokens[index + k].EndsClause);
            }

            if (match)
            {
                return cue.Length;
            }
        }

        return SingleWordCues.Contains(tokens[index].Lower) ? 1 : 0;
    }
}
