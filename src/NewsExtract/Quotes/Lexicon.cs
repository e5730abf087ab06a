using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// The word lists quote finding reads, every one an embedded resource <c>Quotes/Resources/{list}.{lang}.txt</c>: a
/// language is added by adding files, without code.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>No listed word is longer: a longer word is on no list.</summary>
    private const int MaxWordLength = 40;

    /// <summary>Cues of several words, and phrases that open with a cue word but attribute nothing ("add up"), by their first word, longest first.</summary>
    private readonly FrozenDictionary<string, CuePhrase[]> multiWordCues;

    private readonly FrozenDictionary<string, CuePhrase[]>.AlternateLookup<ReadOnlySpan<char>> multiWordLookup;

    /// <summary>Every listed word, in lower case, with the lists it is on.</summary>
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> wordClasses;

    private readonly RoleWords roles;

    /// <summary>
    /// Small bit tables that tell at once that a word is on no list, is no cue word, or cannot begin a cue: most words
    /// of a page are none, and quote finding runs after the page's parse has pushed the word tables out of the
    /// processor's caches. 4 KB and 2 KB stay cheap to reload (see <see cref="WordFilter"/>).
    /// </summary>
    private readonly WordFilter listedFilter;

    /// <inheritdoc cref="listedFilter"/>
    private readonly WordFilter triggerFilter;

    /// <inheritdoc cref="listedFilter"/>
    private readonly WordFilter cueStartFilter;

    /// <summary>The length of the shortest and the longest word that can make a cue (see <see cref="WordClass.Trigger"/>).</summary>
    private readonly int shortestTrigger;

    /// <inheritdoc cref="shortestTrigger"/>
    private readonly int longestTrigger;

    public Lexicon(Func<string, IReadOnlyList<string>> load)
    {
        var cues = Lower([.. load("cue-verbs"), .. load("belief-verbs"), .. load("source-cues")]);
        SingleWordCues = cues.Where(c => !c.Contains(' ')).ToFrozenSet(StringComparer.Ordinal);

        // Multi-word cues by their first word, longest first, so a token is checked against a handful of entries.
        multiWordCues = cues.Where(c => c.Contains(' ')).Select(c => new CuePhrase(c.Split(' ', StringSplitOptions.RemoveEmptyEntries), IsCue: true))
            .Concat(Lower(load("not-cues")).Select(c => new CuePhrase(c.Split(' ', StringSplitOptions.RemoveEmptyEntries), IsCue: false)))
            .GroupBy(c => c.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Words.Length).ToArray(), StringComparer.Ordinal);
        NamingCues = Set(load("naming-cues"));

        // Any word that can make a cue: a single-word cue, or the longest word of a longer one ("according to").
        var cueWords = SingleWordCues.Concat(multiWordCues.Values.SelectMany(v => v).Where(c => c.IsCue).Select(c => c.Words.MaxBy(w => w.Length)!)).ToList();
        ClauseCues = Set(load("clause-cues"));
        SourceCues = Set(load("source-cues"));
        PassiveAgents = Set(load("passive-agents"));
        RelativePronouns = Set(load("relative-pronouns"));
        ClauseEnds = Set(load("clause-ends"));
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
        roles = new RoleWords(this, Honorifics, RoleSuffixes);
        Auxiliaries = Set(load("auxiliaries"));
        TimeWords = Set(load("time-words"));
        NotSpeakers = Set([.. load("not-speakers"), .. load("time-words")]);
        ClauseOpeners = Set(load("clause-openers"));
        OrganisationWords = Set(load("organisation-words"));
        SpeechNouns = Set(load("speech-nouns"));
        MentionNouns = Set(load("mention-nouns"));
        FemaleWords = Set(load("female-words"));
        MaleWords = Set(load("male-words"));
        Quantifiers = Set(load("quantifiers"));
        QuestionWords = Set(load("question-words"));

        FunctionWords = NotSpeakers.Concat(Determiners).Concat(Prepositions).Concat(Coordinators).Concat(Complementizers)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        multiWordLookup = multiWordCues.GetAlternateLookup<ReadOnlySpan<char>>();

        // "he m": a pronoun and the gender or number of whom it stands for.
        Pronouns = load("pronouns").Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenDictionary(parts => parts[0].ToLowerInvariant(), parts => parts.Length > 1 ? GenderOf(parts[1]) : Gender.Unknown, StringComparer.Ordinal);

        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | wordClass;
            }
        }

        Mark(SingleWordCues, WordClass.SingleCue);
        Mark(multiWordCues.Keys, WordClass.MultiCueStart);
        Mark(NamingCues, WordClass.NamingCue);
        Mark(ClauseCues, WordClass.ClauseCue);
        Mark(SourceCues.Select(FirstWord), WordClass.SourceCue);
        Mark(PassiveAgents, WordClass.Agent);
        Mark(RelativePronouns, WordClass.Relative);
        Mark(ClauseEnds, WordClass.ClauseEnd);
        Mark(ObjectCues, WordClass.ObjectCue);
        Mark(CueNouns, WordClass.CueNoun);
        Mark(BeForms, WordClass.BeForm);
        Mark(Complementizers, WordClass.Complementizer);
        Mark(Coordinators, WordClass.Coordinator);
        Mark(Prepositions, WordClass.Preposition);
        Mark(Determiners, WordClass.Determiner);
        Mark(NameParticles, WordClass.NameParticle);
        Mark(Pronouns.Keys, WordClass.Pronoun);
        Mark(Honorifics, WordClass.Honorific);
        Mark(Auxiliaries, WordClass.Auxiliary);
        Mark(NotSpeakers, WordClass.NotSpeaker);
        Mark(TimeWords, WordClass.Time);
        Mark(ClauseOpeners, WordClass.ClauseOpener);
        Mark(OrganisationWords, WordClass.Organisation);
        Mark(SpeechNouns, WordClass.SpeechNoun);
        Mark(MentionNouns, WordClass.MentionNoun);
        Mark(FunctionWords.Select(w => w.ToLowerInvariant()), WordClass.Function);
        Mark(FemaleWords, WordClass.Female);
        Mark(MaleWords, WordClass.Male);
        Mark(Quantifiers, WordClass.Quantifier);
        Mark(QuestionWords, WordClass.Question);
        Mark(cueWords, WordClass.Trigger);
        listedFilter = new WordFilter(classes.Keys, 1 << 15);
        triggerFilter = new WordFilter(cueWords, 1 << 14);
        cueStartFilter = new WordFilter(SingleWordCues.Concat(multiWordCues.Keys), 1 << 14);
        shortestTrigger = cueWords.Min(w => w.Length);
        longestTrigger = cueWords.Max(w => w.Length);
        wordClasses = classes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lexicon Default { get; } = new(PhraseList.Load);

    public FrozenSet<string> SingleWordCues { get; }

    /// <summary>Words that open sentences without naming anyone ("The", "But", "In"): not read as names.</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>Verbs that give a name or label to what follows them (called it “…”, described as “…”): they attribute a quoted fragment only.</summary>
    public FrozenSet<string> NamingCues { get; }

    /// <summary>Cues a reported clause may follow without "that" (said Moscow had …; sagte, die Bahn …).</summary>
    public FrozenSet<string> ClauseCues { get; }

    /// <summary>Cues that name the source after them and report a clause beside them, whole ("according to", "selon", "laut").</summary>
    public FrozenSet<string> SourceCues { get; }

    /// <summary>Words that name the agent of a passive cue ("by").</summary>
    public FrozenSet<string> PassiveAgents { get; }

    /// <summary>Relative pronouns that stand for a speaker named before them ("who").</summary>
    public FrozenSet<string> RelativePronouns { get; }

    /// <summary>Words that, after a comma, end a reported clause ("but", "while").</summary>
    public FrozenSet<string> ClauseEnds { get; }

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

    /// <summary>Nouns that introduce words in marks as words: "the word “…”", "the so-called “…”".</summary>
    public FrozenSet<string> MentionNouns { get; }

    public FrozenSet<string> FemaleWords { get; }

    public FrozenSet<string> MaleWords { get; }

    /// <summary>Words for a share of people that speak as a subject on their own ("Some said", "Others say").</summary>
    public FrozenSet<string> Quantifiers { get; }

    /// <summary>Words that open a reported question ("whether", "how", "why").</summary>
    public FrozenSet<string> QuestionWords { get; }

    /// <summary>The number of tokens of the cue starting at <paramref name="index"/>, or 0 when none starts there.</summary>
    public int CueLength(TokenList tokens, int index)
    {
        ref var token = ref tokens[index];
        if (token.CueLengthCache < 0)
        {
            token.CueLengthCache = ComputeCueLength(tokens, index);
        }

        return token.CueLengthCache;
    }

    private int ComputeCueLength(TokenList tokens, int index)
    {
        ref var token = ref tokens[index];
        if (!cueStartFilter.MayContain(token.WordSpan) && token.WordSpan.IndexOf('-') < 0)
        {
            // Most words: on no cue list, and no inverted cue ("a-t-il"). The small set of the words a cue can begin
            // with settles them without the look-up of every list of the word.
            return 0;
        }

        var classes = Classes(token);
        if (index > 0 && !tokens[index - 1].EndsClause)
        {
            ref var previous = ref tokens[index - 1];
            if ((classes & WordClass.CueNoun) != 0 && (Is(previous, WordClass.Determiner) || previous.IsPossessive))
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
        // Lowered only here: a capitalised word's lower-case string is made only when a phrase may start with it.
        if ((classes & WordClass.MultiCueStart) != 0 && multiWordLookup.TryGetValue(token.LowerSpan, out var candidates))
        {
            foreach (var (words, isCue) in candidates)
            {
                if (index + words.Length > tokens.Count)
                {
                    continue;
                }

                var match = true;
                for (var k = 1; k < words.Length && match; k++)
                {
                    match = tokens[index + k].LowerSpan.SequenceEqual(words[k]) && !tokens[index + k - 1].EndsClause;
                }

                if (match)
                {
                    return isCue ? words.Length : 0;
                }
            }
        }

        if (index + 1 < tokens.Count && !token.EndsClause && Is(tokens[index + 1], WordClass.BeForm))
        {
            // "Western states are …", "what he said was true": a verb of saying is never followed by a form of "be".
            return 0;
        }

        return (classes & WordClass.SingleCue) != 0 || InvertedCue(token) is not null ? 1 : 0;
    }

    /// <summary>Whether the cue of <paramref name="length"/> tokens at <paramref name="index"/> names its source after it ("according to", "selon").</summary>
    public bool IsSourceCue(TokenList tokens, int index, int length) =>
        Is(tokens[index], WordClass.SourceCue) && SourceCues.Contains(Token.JoinWords(tokens, index, length).ToLowerInvariant());

    /// <summary>"saying", "adding": an English present participle, whose subject is the sentence's, not the word after it.</summary>
    public static bool IsParticiple(in Token token) => token.WordSpan.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether the token's word is on a list (or any of several), looked up once per token.</summary>
    public bool Is(in Token token, WordClass wordClass) => (Classes(token) & wordClass) != 0;

    /// <summary>Every list the token's word is on.</summary>
    /// <remarks>
    /// The answer is cached in the token: its slot in the paragraph's <see cref="TokenList"/>, passed by reference
    /// (the token methods here take <see langword="in"/> so that callers need not say <see langword="ref"/>; a token
    /// copied into a local only loses the cache).
    /// </remarks>
    public WordClass Classes(in Token token)
    {
        ref var slot = ref Unsafe.AsRef(in token);
        if (slot.ClassCache < 0)
        {
            slot.ClassCache = (int)ClassesOf(slot.WordSpan);
        }

        return (WordClass)slot.ClassCache;
    }

    /// <summary>
    /// The pronoun of an inverted cue written as one word ("a-t-il", "estime-t-elle", "ajoute-t-il"), or
    /// <see langword="null"/>: the verb carries its subject.
    /// </summary>
    public string? InvertedCue(in Token token)
    {
        if (token.WordSpan.IndexOf('-') < 0)
        {
            return null;
        }

        return InvertedCue(Unsafe.AsRef(in token).Lower);
    }

    private string? InvertedCue(string lower)
    {
        var dash = lower.LastIndexOf('-');
        if (dash <= 0 || !Pronouns.ContainsKey(lower[(dash + 1)..]))
        {
            return null;
        }

        var first = lower.IndexOf('-', StringComparison.Ordinal);
        var verb = lower[..first];
        return SingleWordCues.Contains(verb) || Auxiliaries.Contains(verb) ? lower[(dash + 1)..] : null;
    }

    /// <summary>A title or role written before a name ("Sen.", "Minister", "Actor-turned-senator", "Gewerkschaftschef").</summary>
    public bool IsRoleWord(in Token token) => roles.IsRoleWord(ref Unsafe.AsRef(in token));

    /// <summary>The gender a word shows: a first name, a title or a noun ("Maria", "Mrs", "spokeswoman", "Ministerin").</summary>
    public Gender GenderOfWord(ReadOnlySpan<char> lower)
    {
        var classes = ClassesOf(lower);
        return (classes & WordClass.Female) != 0 ? Gender.Female : (classes & WordClass.Male) != 0 ? Gender.Male : Gender.Unknown;
    }

    /// <summary>Every list a word is on, whatever its case ("According" and "The" at the start of a sentence), looked up in place.</summary>
    public WordClass ClassesOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || !listedFilter.MayContain(word))
        {
            return WordClass.None;
        }

        if (!Token.ContainsUpper(word))
        {
            return wordClasses.TryGetValue(word, out var found) ? found : WordClass.None;
        }

        // The table holds lower-case words, compared as they are: a capitalised word is lowered on the stack first.
        Span<char> lower = stackalloc char[MaxWordLength];
        Token.LowerInto(word, lower);
        return wordClasses.TryGetValue(lower[..word.Length], out var classes) ? classes : WordClass.None;
    }

    /// <summary>Whether a word that opens a sentence names no one ("The", "But", "In"), whatever its case.</summary>
    public bool IsFunctionWord(ReadOnlySpan<char> word) => (ClassesOf(word) & WordClass.Function) != 0;

    /// <summary>Whether any word of a text may make it worth reading in full (see <see cref="WordClass.Trigger"/>).</summary>
    public bool HasTrigger(ReadOnlySpan<char> text)
    {
        var position = 0;
        while (triggerFilter.NextCandidate(text, shortestTrigger, longestTrigger, ref position, out var word))
        {
            if ((ClassesOf(text[word]) & WordClass.Trigger) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static Gender GenderOf(string tag) => tag switch
    {
        "m" => Gender.Male,
        "f" => Gender.Female,
        "p" => Gender.Plural,
        _ => Gender.Unknown,
    };

    /// <summary>
    /// A phrase of several words that is a cue, or that opens with a cue word and is none. A class, not a struct: the
    /// LINQ that groups and sorts the phrases once per process then runs the framework's precompiled shared code
    /// instead of some forty methods the JIT compiled for this one type at every start.
    /// </summary>
    private sealed record CuePhrase(string[] Words, bool IsCue);

    private static string FirstWord(string phrase) => phrase.Split(' ', 2)[0];

    private static List<string> Lower(IReadOnlyList<string> entries) => [.. entries.Select(e => e.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    private static FrozenSet<string> Set(IReadOnlyList<string> entries) => Lower(entries).ToFrozenSet(StringComparer.Ordinal);
}
