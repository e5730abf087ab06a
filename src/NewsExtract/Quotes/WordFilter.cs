namespace NewsExtract.Quotes;

/// <summary>
/// A small bit table that tells at once that a word is on none of a set of lists, without case: most words of a
/// text are not, and this way they cost no look-up in the lists themselves. A word it lets through may still be on
/// none (a shared bit); the lists decide then.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] bits = new ulong[Bits / 64];

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var h = Hash(word);
            bits[h >> 6] |= 1UL << (int)(h & 63);
        }
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        var h = Hash(word);
        return (bits[h >> 6] & (1UL << (int)(h & 63))) != 0;
    }

    /// <summary>FNV-1a over the word in lower case, folded to the table's size.</summary>
    /// <remarks>
    /// Only capitals are lowered: <c>char.ToLowerInvariant</c> goes to ICU for every character outside ASCII, which
    /// made this hash the costliest step of quote finding on pages in Cyrillic, Greek or Japanese, whose letters are
    /// mostly lower case or caseless; the capital test is a table look-up.
    /// </remarks>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            var lower = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
            h = (h ^ lower) * 16777619u;
        }

        return (h ^ (h >> 16)) & (Bits - 1);
    }
}
