using System.Collections.Frozen;

namespace NewsExtract.Pipelines;

/// <summary>A word list embedded as <c>Resources/NAME.txt</c>: one word a line, <c>#</c> starts a comment.</summary>
internal static class WordList
{
    public static FrozenSet<string> Load(string name)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream($"NewsExtract.Pipelines.Resources.{name}.txt")
            ?? throw new InvalidOperationException($"The resource {name}.txt is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
