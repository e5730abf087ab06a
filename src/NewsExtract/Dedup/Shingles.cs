using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsExtract.Dedup;

/// <summary>Hashed word shingles (runs of <see cref="Size"/> consecutive words) of a normalised text.</summary>
internal static class Shingles
{
    public const int Size = 3;

    /// <summary>The distinct shingle hashes of a text normalised by <see cref="Text.TextNormalizer.ForComparison(ReadOnlySpan{char})"/> (words separated by one space).</summary>
    public static HashSet<ulong> Of(string normalized)
    {
        var text = normalized.AsSpan();

        // Sized once for every shingle the text can have (one per word from the third on): no rehashing as it fills.
        // (The set enumerates in insertion order whatever its capacity, so the merger sees the same order as before.)
        var result = new HashSet<ulong>(Math.Max(0, text.Count(' ') + 1 - (Size - 1)));

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
                result.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text[first..end])));
            }

            position = end + 1;
        }

        return result;
    }
}
