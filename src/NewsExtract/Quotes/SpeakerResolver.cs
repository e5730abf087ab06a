namespace NewsExtract.Quotes;

/// <summary>
/// Resolves speakers to full names: a surname to the full name the article introduced ("Kabulov" → "Zamir Kabulov"),
/// a pronoun to the most recent named speaker.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly Lexicon lexicon;

    /// <summary>Full names (two words or more) by their last and first word, in order of first mention.</summary>
    private readonly Dictionary<string, List<(string FullName, int Paragraph)>> byPart = new(StringComparer.OrdinalIgnoreCase);

    private string? lastSpeaker;

    public SpeakerResolver(IReadOnlyList<string> paragraphs, Lexicon lexicon)
    {
        this.lexicon = lexicon;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = Token.Of(paragraphs[p], 0, paragraphs[p].Length);
            var i = 0;
            while (i < tokens.Count)
            {
                if (!tokens[i].IsCapitalized)
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < tokens.Count && tokens[i].IsCapitalized && (i == start || !tokens[i - 1].EndsClause))
                {
                    i++;
                }

                AddName(tokens, start, i, p);
            }
        }
    }

    public string? LastSpeaker => lastSpeaker;

    private void AddName(List<Token> tokens, int start, int end, int paragraph)
    {
        while (start < end && (lexicon.Honorifics.Contains(tokens[start].Lower.TrimEnd('.')) || lexicon.NotSpeakers.Contains(tokens[start].Lower)))
        {
            start++;
        }

        if (end - start is < 2 or > 4)
        {
            return;
        }

        var words = tokens.Skip(start).Take(end - start).Select(t => t.Word).ToArray();
        if (words.Any(w => w.Contains('.') || w.All(char.IsUpper)))
        {
            // "U.S. Senate", "NATO Commander": organisations and places, not people.
            return;
        }

        var fullName = string.Join(' ', words).TrimEnd('’', '\'');
        foreach (var part in new[] { words[^1], words[0] })
        {
            if (!byPart.TryGetValue(part, out var list))
            {
                byPart[part] = list = [];
            }

            if (!list.Exists(n => n.FullName == fullName))
            {
                list.Add((fullName, paragraph));
            }
        }
    }

    /// <summary>The full name for a speaker phrase met in <paramref name="paragraph"/>; remembers it as the latest speaker.</summary>
    public string? Resolve(SpeakerPhrase? phrase, int paragraph)
    {
        if (phrase is null)
        {
            return null;
        }

        var resolved = phrase.Kind switch
        {
            SpeakerKind.Pronoun => lastSpeaker,
            SpeakerKind.Name => FullName(phrase.Text, paragraph),
            _ => phrase.Text,
        };

        if (phrase.Kind == SpeakerKind.Name && resolved is not null)
        {
            lastSpeaker = resolved;
        }

        return resolved;
    }

    private string FullName(string name, int paragraph)
    {
        if (name.Contains(' ') || !byPart.TryGetValue(name, out var candidates))
        {
            return name;
        }

        // The most recent full name introduced at or before this paragraph; else the first one met later.
        var best = candidates.Where(c => c.Paragraph <= paragraph).Select(c => c.FullName).LastOrDefault()
            ?? candidates[0].FullName;
        return best;
    }
}
