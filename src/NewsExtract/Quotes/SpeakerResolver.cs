using System.Runtime.InteropServices;

namespace NewsExtract.Quotes;

/// <summary>
/// Resolves speakers to full names: a surname to the full name the article introduced ("Kabulov" → "Zamir Kabulov"),
/// a pronoun to the most recent person it fits ("she" skips the men named since), "the statement" to its issuer.
/// One resolver serves one article.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxNameWords = 4;

    private readonly Lexicon lexicon;

    /// <summary>People named in full, by the lower-cased last and first word of the name, in order of first mention.</summary>
    private readonly Dictionary<string, List<Person>> byPart = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="byPart"/> looked up by a word read in place.</summary>
    private readonly Dictionary<string, List<Person>>.AlternateLookup<ReadOnlySpan<char>> byPartInPlace;

    private readonly Dictionary<string, Person> byFullName = new(StringComparer.Ordinal);

    /// <summary>People and organisations named outside quotes, in reading order: what a pronoun may stand for.</summary>
    private readonly List<Mention> mentions;

    /// <summary>Speakers resolved so far, where their cue stands.</summary>
    private readonly List<Mention> spoken = [];

    public SpeakerResolver(IReadOnlyList<ParsedParagraph> paragraphs, Lexicon lexicon)
    {
        this.lexicon = lexicon;
        byPartInPlace = byPart.GetAlternateLookup<ReadOnlySpan<char>>();
        var runs = new List<Run>(paragraphs.Count * 4);
        mentions = new List<Mention>(paragraphs.Count * 2);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            ReadRuns(paragraphs[p], p, runs);
        }

        foreach (var run in runs)
        {
            if (!run.Counts || run.Name.Length == 0)
            {
                continue;
            }

            if (run.IsOrganisation)
            {
                mentions.Add(new Mention(run.Position, run.Name.ToString(), Gender.Plural, IsPerson: false));
            }
            else if (run.IsPerson && byFullName.TryGetValue(run.Name.ToString(), out var person))
            {
                mentions.Add(new Mention(run.Position, person.FullName, person.Gender, IsPerson: true));
            }
            else if (!run.Name.Span.Contains(' ') && Known(run.Name.Span, run.Position) is { } known)
            {
                mentions.Add(new Mention(run.Position, known.FullName, known.Gender, IsPerson: true));
            }
        }
    }

    /// <summary>The position of an offset in the article, comparable across paragraphs.</summary>
    public static long Position(int paragraph, int offset) => ((long)paragraph << 32) | (uint)offset;

    /// <summary>The full name for a speaker phrase met at <paramref name="position"/>; remembers it as spoken there.</summary>
    public string? Resolve(SpeakerPhrase? phrase, long position)
    {
        if (phrase is null)
        {
            return null;
        }

        switch (phrase.Kind)
        {
            case SpeakerKind.Pronoun:
            {
                var antecedent = Antecedent(position, phrase.Gender);
                if (antecedent is { } found)
                {
                    spoken.Add(found with { Position = position });
                    return found.Name;
                }

                return null;
            }

            case SpeakerKind.Name:
            {
                var known = phrase.Text.Contains(' ', StringComparison.Ordinal)
                    ? byFullName.GetValueOrDefault(phrase.Text)
                    : Known(phrase.Text, position);
                var name = known?.FullName ?? phrase.Text;
                var isPerson = known is not null || IsPersonName(phrase.Text);
                spoken.Add(new Mention(position, name, known?.Gender ?? GenderOfName(phrase.Text), isPerson));
                return name;
            }

            default:
            {
                if (IsIssuedText(phrase.Text) && Latest(position, personsOnly: false, Gender.Unknown) is { } issuer)
                {
                    // "the statement said": the ministry that issued it speaks.
                    return issuer.Name;
                }

                spoken.Add(new Mention(position, phrase.Text, Gender.Plural, IsPerson: false));
                return phrase.Text;
            }
        }
    }

    /// <summary>The latest named person or source a pronoun of this gender can stand for.</summary>
    private Mention? Antecedent(long position, Gender gender) =>
        gender == Gender.Plural ? Latest(position, personsOnly: false, gender) : Latest(position, personsOnly: true, gender);

    private Mention? Latest(long position, bool personsOnly, Gender gender)
    {
        Mention? best = null;
        Scan(mentions, position, personsOnly, gender, ref best);
        Scan(spoken, position, personsOnly, gender, ref best);
        return best;
    }

    private static void Scan(List<Mention> list, long position, bool personsOnly, Gender gender, ref Mention? best)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var m = list[i];
            if (m.Position >= position || (best is { } b && m.Position <= b.Position))
            {
                continue;
            }

            if (personsOnly && !m.IsPerson)
            {
                continue;
            }

            if (gender == Gender.Plural && m.IsPerson)
            {
                continue;
            }

            if (gender is Gender.Male or Gender.Female && m.Gender is Gender.Male or Gender.Female && m.Gender != gender)
            {
                continue;
            }

            best = m;
        }
    }

    /// <summary>The person a single name stands for: the latest introduced at or before the position, else the first introduced later.</summary>
    private Person? Known(ReadOnlySpan<char> part, long position)
    {
        if (!byPartInPlace.TryGetValue(part, out var candidates))
        {
            return null;
        }

        Person? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Position <= position)
            {
                best = candidate;
            }
        }

        return best ?? candidates[0];
    }

    private bool IsIssuedText(string source)
    {
        var space = source.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && source.IndexOf(' ', space + 1) < 0 && lexicon.Determiners.Contains(source[..space].ToLowerInvariant())
            && lexicon.SpeechNouns.Contains(source[(space + 1)..].ToLowerInvariant());
    }

    private bool IsPersonName(string name)
    {
        var words = name.Split(' ');
        if (words.Length is < 1 or > MaxNameWords)
        {
            return false;
        }

        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (lexicon.OrganisationWords.Contains(lower) || (word.Length > 1 && IsAllUpper(word)) || (word.Contains('.', StringComparison.Ordinal) && word.Length > 2))
            {
                return false;
            }
        }

        // A lone plural ("Republicans", "Analysts") is a group unless the article names a person so.
        return words.Length > 1 || !name.EndsWith('s');
    }

    private Gender GenderOfName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return lexicon.GenderOfWord((space > 0 ? name[..space] : name).ToLowerInvariant());
    }

    /// <summary>Collects the capitalised runs of a paragraph outside quotes, and registers the people named in full.</summary>
    private void ReadRuns(ParsedParagraph paragraph, int p, List<Run> runs)
    {
        var tokens = paragraph.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized || paragraph.SpanOf[i] >= 0)
            {
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < tokens.Count && paragraph.SpanOf[i] < 0 && !tokens[i - 1].EndsClause && !tokens[i - 1].IsPossessive
                   && !tokens[i].Leading.StartsWith('(') && !tokens[i - 1].Trailing.StartsWith(')')
                   && (tokens[i].IsCapitalized || (lexicon.Is(tokens[i], WordClass.NameParticle) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
                       && paragraph.SpanOf[i + 1] < 0 && !tokens[i].EndsClause)))
            {
                i++;
            }

            AddRun(paragraph, p, start, i - 1, runs);
        }
    }

    private void AddRun(ParsedParagraph paragraph, int p, int start, int end, List<Run> runs)
    {
        var tokens = paragraph.Tokens;
        if (start == end && lexicon.Is(tokens[start], WordClass.Function | WordClass.Pronoun))
        {
            // "The", "But", "She": no name.
            return;
        }

        var startsWithThe = lexicon.Is(tokens[start], WordClass.Determiner);
        var nameStart = start;
        var roleGender = Gender.Unknown;
        for (var k = start; k <= end; k++)
        {
            if (k < end && lexicon.IsRoleWord(tokens[k]))
            {
                nameStart = k + 1;
                roleGender = RoleGender(tokens[k].Lower, roleGender);
            }
        }

        while (nameStart <= end && lexicon.Is(tokens[nameStart], WordClass.Determiner | WordClass.NotSpeaker | WordClass.Coordinator | WordClass.Preposition))
        {
            nameStart++;
        }

        if (nameStart > end)
        {
            return;
        }

        var organisation = startsWithThe;
        var dotted = false;
        for (var k = nameStart; k <= end; k++)
        {
            var word = tokens[k].WordSpan;
            organisation |= lexicon.Is(tokens[k], WordClass.Organisation) || (word.Length > 1 && IsAllUpper(word));
            dotted |= word.Length > 2 && word.Contains('.');
        }

        var count = end - nameStart + 1;
        var position = Position(p, tokens[nameStart].Start);
        var isPerson = !organisation && !dotted && count is >= 2 and <= MaxNameWords;
        if (count == 1 || count > MaxNameWords)
        {
            // A single word is looked up later; a long run is no one's name. Neither needs its words joined.
            runs.Add(new Run(position, count == 1 ? tokens[end].BareMemory : ReadOnlyMemory<char>.Empty, IsPerson: false, organisation && count == 1, Counts(tokens, start, end)));
            return;
        }

        var words = new string[count];
        for (var k = nameStart; k <= end; k++)
        {
            words[k - nameStart] = k == end ? tokens[k].Bare : tokens[k].Word;
        }

        var text = string.Join(' ', words);
        if (isPerson)
        {
            var gender = lexicon.GenderOfWord(tokens[nameStart].Lower);
            gender = gender != Gender.Unknown ? gender : roleGender;
            for (var k = Math.Max(0, start - 2); k < start && gender == Gender.Unknown; k++)
            {
                // "his wife, Leila Saleh", "businessman Peter Kovac".
                gender = tokens[k].IsCapitalized ? gender : RoleGender(tokens[k].Lower, gender);
            }

            Register(text, words, position, gender);
        }

        runs.Add(new Run(position, text.AsMemory(), isPerson, organisation, Counts(tokens, start, end)));
    }

    /// <summary>A possessor ("Garrow’s spokesman") and a name after a preposition or as the listener of "told" are not who speaks next.</summary>
    private bool Counts(TokenList tokens, int start, int end)
    {
        if (tokens[end].IsPossessive)
        {
            return false;
        }

        if (start == 0)
        {
            return true;
        }

        ref var before = ref tokens[start - 1];
        return !(!before.EndsClause && lexicon.Is(before, WordClass.Preposition)) && !lexicon.Is(before, WordClass.ObjectCue);
    }

    private Gender RoleGender(string lower, Gender current)
    {
        if (current != Gender.Unknown)
        {
            return current;
        }

        var gender = lexicon.GenderOfWord(lower.TrimEnd('.'));
        if (gender != Gender.Unknown)
        {
            return gender;
        }

        // Compound roles ("Bundeskanzlerin", "Parteichefin") show the gender of their last part.
        foreach (var suffix in lexicon.RoleSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return lexicon.GenderOfWord(suffix);
            }
        }

        return Gender.Unknown;
    }

    private void Register(string fullName, string[] words, long position, Gender gender)
    {
        // One hash of each key: the slot is looked up and filled in place.
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(byFullName, fullName, out var exists);
        if (exists)
        {
            return;
        }

        var person = known = new Person(fullName, position, gender);
        foreach (var part in (ReadOnlySpan<string>)[words[^1], words[0]])
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(byPart, part, out _) ??= []).Add(person);
        }
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Person(string FullName, long Position, Gender Gender);

    private readonly record struct Mention(long Position, string Name, Gender Gender, bool IsPerson);

    /// <summary>A capitalised run: a single word is kept in place, in its paragraph's text; a longer name as the words joined.</summary>
    private readonly record struct Run(long Position, ReadOnlyMemory<char> Name, bool IsPerson, bool IsOrganisation, bool Counts);
}
