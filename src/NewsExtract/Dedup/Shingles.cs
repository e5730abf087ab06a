using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsExtract.Dedup;

/// <summary>Hashed word shingles (runs of <see cref="Size"/> consecutive words) of a normalised text.</summary>
internal static class Shingles
{
    public const int Size = 3;

    /// <summary>The distinct shingle hashes of a text normalised by <see cref="Text.TextNormalizer.ForComparison(ReadOnlySpan{char})"/> (words separated by one space), in the order they first occur.</summary>
    public static ulong[] Of(string normalized) => Of(normalized, []);

    /// <summary>
    /// As <see cref="Of(string)"/>, with a set to reuse for telling repeats: an array of hashes is a third of the
    /// memory of a set of them, and a page's blocks each keep theirs until the merge is done.
    /// </summary>
    public static ulong[] Of(string normalized, HashSet<ulong> scratch) => Of(normalized.AsSpan(), scratch);

    /// <summary>As <see cref="Of(string, HashSet{ulong})"/>, from normalised text in a buffer.</summary>
    public static ulong[] Of(ReadOnlySpan<char> text, HashSet<ulong> scratch)
    {
        scratch.Clear();
        // One shingle per word from the third on; repeats are dropped, and the array cut down only then.
        var result = new ulong[Math.Max(0, text.Count(' ') + 1 - (Size - 1))];
        var count = 0;

        // Start offsets of the last Size words, as a ring.
        Span<int> starts = stackalloc int[Size];
        var words = 0;
        var position = 0;
        while (position < text.Length)
        {
            var end = text[position..].IndexOf(' ');
            end = end < 0 ? text.Length : position + end;
            starts[words % Size] = position;
            words++;
            if (words >= Size)
            {
                var first = starts[words % Size];
                var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text[first..end]));
                if (scratch.Add(hash))
                {
                    result[count++] = hash;
                }
            }

            position = end + 1;
        }

        return count == result.Length ? result : result[..count];
    }
}
