using System.Runtime.CompilerServices;
using System.Text.Json;
using NewsExtract.Text;

namespace NewsExtract.Tests.Quotes;

/// <summary>One labelled quote of a passage, as a human reads it.</summary>
internal sealed record LabelledQuote(int Paragraph, string Kind, string Text, string? Speaker, string? Cue);

/// <summary>A news-style passage of the labelled set: its paragraphs and every quote in it.</summary>
internal sealed record LabelledPassage(string Id, string? Notes, List<string> Paragraphs, List<LabelledQuote> Quotes)
{
    /// <summary>The file the passage was read from, without its extension.</summary>
    public string File { get; init; } = string.Empty;
}

/// <summary>The labelled passages in Quotes/Labelled/*.json, read from the source tree (they are test data, not build output).</summary>
internal static class LabelledSet
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<LabelledPassage> Load([CallerFilePath] string thisFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(thisFile)!, "Labelled");
        var passages = new List<LabelledPassage>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            var set = JsonSerializer.Deserialize<LabelledFile>(stream, Options)
                ?? throw new InvalidDataException($"{file} is empty.");
            var name = Path.GetFileNameWithoutExtension(file);
            passages.AddRange(set.Passages.Select(p => p with { File = name }));
        }

        return passages;
    }

    /// <summary>
    /// The referee's rule: two quotes match when the words they share cover at least 80% of the longer one
    /// (words compared after case, punctuation and quotation marks are folded away).
    /// </summary>
    public static double Coverage(string a, string b)
    {
        var wordsA = Words(a);
        var wordsB = Words(b);
        var longer = Math.Max(wordsA.Length, wordsB.Length);
        if (longer == 0)
        {
            return 0;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in wordsA)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var shared = 0;
        foreach (var word in wordsB)
        {
            if (counts.GetValueOrDefault(word) > 0)
            {
                counts[word]--;
                shared++;
            }
        }

        return (double)shared / longer;
    }

    /// <summary>Speakers compare by their words, without case and without a leading "the".</summary>
    public static bool SameSpeaker(string? expected, string? actual)
    {
        static string Fold(string? s)
        {
            var folded = TextNormalizer.ForComparison(s ?? string.Empty);
            return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
        }

        return Fold(expected) == Fold(actual);
    }

    /// <summary>A source with a name ("Zamir Kabulov", "the White House"), not a description ("a local official", "the company").</summary>
    public static bool IsNamed(string? speaker)
    {
        if (speaker is null)
        {
            return false;
        }

        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]) && !(i == 0 && words[i] is "The" or "A" or "An" or "Her" or "His" or "Its" or "Their" or "Our" or "Le" or "La" or "El" or "Ein" or "Eine" or "Der" or "Die"))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string text) => TextNormalizer.ForComparison(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private sealed record LabelledFile(List<LabelledPassage> Passages);
}
