using System.Collections.Frozen;
using System.Reflection;

namespace NewsExtract.Text;

/// <summary>
/// A word list shipped as embedded resources, one entry a line, <c>#</c> starting a comment. Every file whose name
/// starts with the list's name is read (<c>boilerplate.en.txt</c>, <c>boilerplate.de.txt</c>, …), so a language is
/// added by adding a file.
/// </summary>
internal static class PhraseList
{
    private const string Prefix = "NewsExtract.Resources.";

    /// <summary>The raw entries of every resource file <c>{name}.*.txt</c>, trimmed, comments and blank lines dropped.</summary>
    public static IReadOnlyList<string> Load(string name)
    {
        var assembly = typeof(PhraseList).Assembly;
        var entries = new List<string>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix + name + ".", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Resource {resource} is listed but cannot be opened.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0 && trimmed[0] != '#')
                {
                    entries.Add(trimmed);
                }
            }
        }

        if (entries.Count == 0)
        {
            throw new InvalidOperationException($"No word list named '{name}' is embedded in {assembly.GetName().Name}.");
        }

        return entries;
    }

    /// <summary>The entries normalised with <see cref="TextNormalizer.ForComparison(ReadOnlySpan{char})"/>, as a set.</summary>
    public static FrozenSet<string> LoadNormalized(string name) =>
        Load(name).Select(e => TextNormalizer.ForComparison(e)).Where(e => e.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
