using System.Collections.Frozen;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>The grammatical gender or number a pronoun or a person's name shows.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
    Plural,
}

/// <summary>
/// The word lists quote finding reads, every one an embedded resource <c>Quotes/Resources/{list}.{lang}.txt</c>: a
/// language is added by adding files, without code.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenDictionary<string, string[][]> multiWordCues;

    public Lexicon(Func<string, IReadOnlyList<string>> load)
    {
        var cues = Lower(load("cue-verbs"));
        SingleWordCues = cues.Where(c => !c.Contains(' ')).ToFrozenSet(StringComparer.Ordinal);

        // Multi-word cues by their first word, longest first, so a token is checked against a handful of entries.
        multiWordCues = cues.Where(c => c.Contains(' '))
            .Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(c => c[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Length).ToArray(), StringComparer.Ordinal);
        NamingCues = Set(load("naming-cues"));

        // Any word that can make a cue: a single-word cue, the longest word of a longer one ("according to"), in lower
        // case and capitalised, so that a paragraph is checked with fast ordinal look-ups of its words as written.
        var cueWords = SingleWordCues.Concat(multiWordCues.Values.SelectMany(v => v).Select(c => c.MaxBy(w => w.Length)!)).ToList();
        CueWords = cueWords.Concat(cueWords.Select(w => char.ToUpperInvariant(w[0]) + w[1..])).ToFrozenSet(StringComparer.Ordinal);
        LongestCueWord = CueWords.Max(w => w.Length);
        ClauseCues = Set(load("clause-cues"));
        SourceCues = Set(load("source-cues"));
        ObjectCues = Set(load("object-cues"));
        CueNouns = Set(load("cue-nouns"));
        BeForms = Set(load("be-forms"));
        Complementizers = Set(load("complementizers"));
        Coordinators = Set(load("coordinators"));
        Prepositions = Set(load("prepositions"));
        Determiners = Set(load("determiners"));
        NameParticles = Set(load("name-particles"));
        Honorifics = Set(load("honorifics"));
        RoleSuffixes = [.. Lower(load("role-suffixes")).OrderByDescending(s => s.Length)];
        Auxiliaries = Set(load("auxiliaries"));
        TimeWords = Set(load("time-words"));
        NotSpeakers = Set([.. load("not-speakers"), .. load("time-words")]);
        ClauseOpeners = Set(load("clause-openers"));
        OrganisationWords = Set(load("organisation-words"));
        SpeechNouns = Set(load("speech-nouns"));
        FemaleWords = Set(load("female-words"));
        MaleWords = Set(load("male-words"));

        FunctionWords = NotSpeakers.Concat(Determiners).Concat(Prepositions).Concat(Coordinators).Concat(Complementizers)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        // "he m": a pronoun and the gender or number of whom it stands for.
        Pronouns = load("pronouns").Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenDictionary(parts => parts[0].ToLowerInvariant(), parts => parts.Length > 1 ? GenderOf(parts[1]) : Gender.Unknown, StringComparer.Ordinal);
    }

    public static Lexicon Default { get; } = new(PhraseList.Load);

    public FrozenSet<string> SingleWordCues { get; }

    /// <summary>Every word that can be part of a cue, lower-case and capitalised: a paragraph without one holds no reported speech.</summary>
    public FrozenSet<string> CueWords { get; }

    /// <summary>The length of the longest of <see cref="CueWords"/>.</summary>
    public int LongestCueWord { get; }

    /// <summary>Words that open sentences without naming anyone ("The", "But", "In"): not read as names.</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>Verbs that give a name or label to what follows them (called it “…”, described as “…”): they attribute a quoted fragment only.</summary>
    public FrozenSet<string> NamingCues { get; }

    /// <summary>Cues a reported clause may follow without "that" (said Moscow had …; sagte, die Bahn …).</summary>
    public FrozenSet<string> ClauseCues { get; }

    /// <summary>Cues that name the source after them and report a clause beside them ("according to", "selon", "laut").</summary>
    public FrozenSet<string> SourceCues { get; }

    /// <summary>Cues whose listener stands before the reported clause ("told reporters …").</summary>
    public FrozenSet<string> ObjectCues { get; }

    /// <summary>Cue words that are nouns after a determiner ("the report said").</summary>
    public FrozenSet<string> CueNouns { get; }

    /// <summary>Forms of "be": before a cue they make it passive ("was told").</summary>
    public FrozenSet<string> BeForms { get; }

    public FrozenSet<string> Complementizers { get; }

    public FrozenSet<string> Coordinators { get; }

    public FrozenSet<string> Prepositions { get; }

    public FrozenSet<string> Determiners { get; }

    public FrozenSet<string> NameParticles { get; }

    public FrozenDictionary<string, Gender> Pronouns { get; }

    public FrozenSet<string> Honorifics { get; }

    /// <summary>Endings of compound role words ("Gewerkschaftschef", "Bundeskanzlerin").</summary>
    public string[] RoleSuffixes { get; }

    public FrozenSet<string> Auxiliaries { get; }

    /// <summary>Capitalised words that are never a speaker on their own: sentence openers, and every time word.</summary>
    public FrozenSet<string> NotSpeakers { get; }

    /// <summary>Days, months and other times ("said Tuesday", "on Monday").</summary>
    public FrozenSet<string> TimeWords { get; }

    /// <summary>Words besides pronouns and determiners that open a reported clause ("said it would", "said there was").</summary>
    public FrozenSet<string> ClauseOpeners { get; }

    public FrozenSet<string> OrganisationWords { get; }

    /// <summary>Nouns for what a source issues ("statement", "email"): "the statement said" speaks for its issuer.</summary>
    public FrozenSet<string> SpeechNouns { get; }

    public FrozenSet<string> FemaleWords { get; }

    public FrozenSet<string> MaleWords { get; }

    /// <summary>The number of tokens of the cue starting at <paramref name="index"/>, or 0 when none starts there.</summary>
    public int CueLength(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.CueLengthCache < 0)
        {
            token.CueLengthCache = ComputeCueLength(tokens, index);
        }

        return token.CueLengthCache;
    }

    private int ComputeCueLength(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (index > 0 && !tokens[index - 1].EndsClause)
        {
            var previous = tokens[index - 1];
            if (CueNouns.Contains(token.Lower) && (Determiners.Contains(previous.Lower) || previous.IsPossessive))
            {
                // "the report said", "his statement": a noun here, not a verb.
                return 0;
            }

            if (token.IsCapitalized && previous.IsCapitalized)
            {
                // "The Washington Post": part of a name.
                return 0;
            }
        }
        if (multiWordCues.TryGetValue(token.Lower, out var candidates))
        {
            foreach (var cue in candidates)
            {
                if (index + cue.Length > tokens.Count)
                {
                    continue;
                }

                var match = true;
                for (var k = 1; k < cue.Length && match; k++)
                {
                    match = tokens[index + k].Lower == cue[k] && !tokens[index + k - 1].EndsClause;
                }

                if (match)
                {
                    return cue.Length;
                }
            }
        }

        return SingleWordCues.Contains(token.Lower) || InvertedCue(token) is not null ? 1 : 0;
    }

    /// <summary>
    /// The pronoun of an inverted cue written as one word ("a-t-il", "estime-t-elle", "ajoute-t-il"), or
    /// <see langword="null"/>: the verb carries its subject.
    /// </summary>
    public string? InvertedCue(Token token)
    {
        var dash = token.Lower.LastIndexOf('-');
        if (dash <= 0 || !Pronouns.ContainsKey(token.Lower[(dash + 1)..]))
        {
            return null;
        }

        var first = token.Lower.IndexOf('-', StringComparison.Ordinal);
        var verb = token.Lower[..first];
        return SingleWordCues.Contains(verb) || Auxiliaries.Contains(verb) ? token.Lower[(dash + 1)..] : null;
    }

    /// <summary>A title or role written before a name ("Sen.", "Minister", "Actor-turned-senator", "Gewerkschaftschef").</summary>
    public bool IsRoleWord(Token token)
    {
        if (token.RoleCache == 0)
        {
            token.RoleCache = ComputeIsRoleWord(token) ? 1 : 2;
        }

        return token.RoleCache == 1;
    }

    private bool ComputeIsRoleWord(Token token)
    {
        var lower = token.Lower.TrimEnd('.');
        if (Honorifics.Contains(lower))
        {
            return true;
        }

        var dash = lower.LastIndexOf('-');
        if (dash > 0 && Honorifics.Contains(lower[(dash + 1)..]))
        {
            return true;
        }

        foreach (var suffix in RoleSuffixes)
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The gender a word shows: a first name, a title or a noun ("Maria", "Mrs", "spokeswoman", "Ministerin").</summary>
    public Gender GenderOfWord(string lower)
    {
        if (FemaleWords.Contains(lower))
        {
            return Gender.Female;
        }

        if (MaleWords.Contains(lower))
        {
            return Gender.Male;
        }

        return Gender.Unknown;
    }

    private static Gender GenderOf(string tag) => tag switch
    {
        "m" => Gender.Male,
        "f" => Gender.Female,
        "p" => Gender.Plural,
        _ => Gender.Unknown,
    };

    private static List<string> Lower(IReadOnlyList<string> entries) => [.. entries.Select(e => e.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    private static FrozenSet<string> Set(IReadOnlyList<string> entries) => Lower(entries).ToFrozenSet(StringComparer.Ordinal);
}
