using System.Collections.Frozen;

namespace NewsExtract.Quotes;

/// <summary>
/// Tells a title or role written before a name: an honorific ("Sen.", "Minister"), a compound ending in one
/// ("Actor-turned-senator"), or a compound with a role ending ("Gewerkschaftschef", "Bundeskanzlerin").
/// </summary>
internal sealed class RoleWords(Lexicon lexicon, FrozenSet<string> honorifics, string[] suffixes)
{
    /// <summary>Role compounds ("Parteichefin") are at least this long.</summary>
    private const int MinCompoundLength = 7;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> honorificLookup = honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the token is a title or role (see <see cref="Lexicon.IsRoleWord"/>).</summary>
    public bool IsRoleWord(ref Token token)
    {
        if ((lexicon.Classes(token) & WordClass.Honorific) != 0)
        {
            return true;
        }

        // Lowering keeps the length, the full stop and the dashes: most words are settled before it.
        var word = token.WordSpan;
        var compound = word.IndexOf('-') >= 0 || word.Length >= MinCompoundLength;
        if (!compound && !word.EndsWith('.'))
        {
            return false;
        }

        var span = token.LowerSpan;
        if (span.EndsWith('.') && (lexicon.ClassesOf(span[..^1]) & WordClass.Honorific) != 0)
        {
            return true;
        }

        if (!compound)
        {
            return false;
        }

        var lower = span.TrimEnd('.');
        var dash = lower.LastIndexOf('-');
        if (dash > 0 && honorificLookup.Contains(lower[(dash + 1)..]))
        {
            return true;
        }

        foreach (var suffix in suffixes)
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
