using System.Runtime.CompilerServices;

namespace NewsExtract.Quotes;

/// <summary>
/// A small bit table that tells at once that a word is on none of a set of lists, without case: most words of a
/// text are not, and this way they cost no look-up in the lists themselves. A word it lets through may still be on
/// none (a shared bit); the lists decide then.
/// </summary>
internal sealed class WordFilter
{
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
    /// Finds the next word (a run of letters) of <paramref name="text"/> at or after <paramref name="position"/>, from
    /// <paramref name="minLength"/> to <paramref name="maxLength"/> letters long, that may be on the lists; moves
    /// <paramref name="position"/> past it. A word's hash takes constant work (see <see cref="Hash"/>), so a paragraph
    /// costs a test per letter and a hash per word.
    /// </summary>
    public bool NextCandidate(ReadOnlySpan<char> text, int minLength, int maxLength, ref int position, out Range word)
    {
        var i = position;
        while (i < text.Length)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            do
            {
                i++;
            }
            while (i < text.Length && IsLetter(text[i]));

            // Words shorter or longer than any on the lists ("a", "of", "to") are passed over without a hash.
            if (i - start >= minLength && i - start <= maxLength && IsSet(Hash(text[start..i]) & mask))
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

    /// <summary>
    /// A hash of the word in lower case from its length and its first two and last two letters: constant work per
    /// word, with the products independent of each other, so that a paragraph's words are hashed without a chain of
    /// multiplications through every letter.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var head = Lower(word[0]) | ((uint)Lower(word[Math.Min(1, word.Length - 1)]) << 16);
        var tail = Lower(word[Math.Max(0, word.Length - 2)]) | ((uint)Lower(word[^1]) << 16);
        return Fold((head * 2654435761u) ^ (tail * 2246822519u) ^ ((uint)word.Length * 3266489917u));
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
