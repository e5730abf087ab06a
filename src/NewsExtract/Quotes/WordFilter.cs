using System.Runtime.CompilerServices;

namespace NewsExtract.Quotes;

/// <summary>
/// A small bit table that tells at once that a word is on none of a set of lists, without case: most words of a
/// text are not, and this way they cost no look-up in the lists themselves. A word it lets through may still be on
/// none (a shared bit); the lists decide then.
/// </summary>
internal sealed class WordFilter
{
    private const uint Seed = 2166136261u;
    private const uint Prime = 16777619u;
    private readonly ulong[] bits;
    private readonly uint mask;

    /// <param name="words">The words to let through.</param>
    /// <param name="size">The table's size in bits, a power of two: small enough to stay in the processor's cache, large enough that few other words share a bit.</param>
    public WordFilter(IEnumerable<string> words, int size)
    {
        if (size < 64 || !int.IsPow2(size))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The size must be a power of two from 64.");
        }

        bits = new ulong[size / 64];
        mask = (uint)size - 1;
        foreach (var word in words)
        {
            var h = Hash(word) & mask;
            bits[h >> 6] |= 1UL << (int)(h & 63);
        }
    }

    /// <summary>Whether the word, in any case, may be on the lists.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => IsSet(Hash(word) & mask);

    /// <summary>
    /// Finds the next word (a run of letters) of <paramref name="text"/> at or after <paramref name="position"/>, at
    /// most <paramref name="maxLength"/> letters long, that may be on the lists; moves <paramref name="position"/> past
    /// it. Each letter is read once: the word is hashed as it is scanned, so that the words of a paragraph that are
    /// on no list, nearly all of them, cost no second pass.
    /// </summary>
    public bool NextCandidate(ReadOnlySpan<char> text, int maxLength, ref int position, out Range word)
    {
        var i = position;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsLetter(c))
            {
                i++;
                continue;
            }

            var start = i;
            var h = Seed;
            do
            {
                h = (h ^ Lower(c)) * Prime;
                i++;
            }
            while (i < text.Length && IsLetter(c = text[i]));

            if (i - start <= maxLength && IsSet(Fold(h) & mask))
            {
                position = i;
                word = start..i;
                return true;
            }
        }

        position = i;
        word = default;
        return false;
    }

    private bool IsSet(uint h) => (bits[h >> 6] & (1UL << (int)(h & 63))) != 0;

    /// <summary>FNV-1a over the word in lower case, folded to the table's size.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = Seed;
        foreach (var c in word)
        {
            h = (h ^ Lower(c)) * Prime;
        }

        return Fold(h);
    }

    private static uint Fold(uint h) => h ^ (h >> 16);

    /// <summary>A letter in lower case.</summary>
    /// <remarks>
    /// Only capitals are lowered: <c>char.ToLowerInvariant</c> goes to ICU for every character outside ASCII, which
    /// made this hash the costliest step of quote finding on pages in Cyrillic, Greek or Japanese, whose letters are
    /// mostly lower case or caseless; the capital test is a table look-up.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.IsUpper(c) ? char.ToLowerInvariant(c) : c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);
}
