using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Tests.Architecture;

/// <summary>
/// One C# file of the repository's <c>src/</c>, read without a compiler: its namespace, the top-level types it declares, the
/// namespaces it imports and the capitalised names its code (comments and string literals taken out) mentions.
/// </summary>
internal sealed partial class SourceFile
{
    private SourceFile(string path, string code)
    {
        Path = path;
        Namespace = NamespacePattern().Match(code) is { Success: true } match ? match.Groups[1].Value : string.Empty;
        Declared = [.. TypePattern().Matches(code).Select(m => m.Groups[1].Value).Concat(DelegatePattern().Matches(code).Select(m => m.Groups[1].Value))];
        Imports = [.. UsingPattern().Matches(code).Select(m => m.Groups[1].Value)];
        Names = NamePattern().Matches(code).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
    }

    public string Path { get; }

    public string Namespace { get; }

    public IReadOnlyList<string> Declared { get; }

    /// <summary>The namespaces of its <c>using</c> directives (plain and static).</summary>
    public IReadOnlyList<string> Imports { get; }

    public IReadOnlySet<string> Names { get; }

    /// <summary>The C# files under <paramref name="root"/>, build output left out.</summary>
    public static List<SourceFile> ReadAll(string root) =>
        [.. Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(p => new SourceFile(p, CodeOnly(File.ReadAllText(p))))];

    /// <summary>The text with comments, string and character literals blanked, so that only code is left to scan.</summary>
    public static string CodeOnly(string text)
    {
        var code = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length;
            }
            else if (c == '/' && next == '*')
            {
                i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : text.Length;
                code.Append(' ');
            }
            else if (c == '"' && next == '"' && i + 2 < text.Length && text[i + 2] == '"')
            {
                // A raw string: as many quotes close it as opened it.
                var quotes = 0;
                while (i < text.Length && text[i] == '"')
                {
                    quotes++;
                    i++;
                }

                var close = text.IndexOf(new string('"', quotes), i, StringComparison.Ordinal);
                i = close >= 0 ? close + quotes : text.Length;
                code.Append("\"\"");
            }
            else if (c == '@' && next == '"')
            {
                i += 2;
                while (i < text.Length && !(text[i] == '"' && (i + 1 >= text.Length || text[i + 1] != '"')))
                {
                    i += text[i] == '"' ? 2 : 1;
                }

                i++;
                code.Append("\"\"");
            }
            else if (c is '"' or '\'')
            {
                i++;
                while (i < text.Length && text[i] != c && text[i] != '\n')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i++;
                code.Append(c).Append(c);
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return code.ToString();
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    /// <summary>A type declared at the start of a line: a top-level type (nested ones are indented, and private to their file as often as not).</summary>
    [GeneratedRegex(@"^(?:[a-z]+\s+)*?(?:class|struct|interface|enum|record)\s+(?:class\s+|struct\s+)?([A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"^(?:[a-z]+\s+)*?delegate\s+[\w<>\[\]?,. ]+?\s([A-Z]\w*)\s*[<(]", RegexOptions.Multiline)]
    private static partial Regex DelegatePattern();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingPattern();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex NamePattern();
}
