using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsExtract.Dedup;

/// <summary>Hashed word shingles (runs of <see cref="Size"/> consecutive words) of a normalised text.</summary>
internal static class Shingles
{
    public const int Size = 3;

    /// <summary>The distinct shingle hashes of a text normalised by <see cref="Text.TextNormalizer.ForComparison"/> (words separated by one space).</summary>
    public static HashSet<ulong> Of(string normalized)
    {
        var result = new HashSet<ulong>();
        var text = normalized.AsSpan();

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
