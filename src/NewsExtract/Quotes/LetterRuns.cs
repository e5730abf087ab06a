using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsExtract.Quotes;

/// <summary>
/// The runs of letters (<see cref="char.IsLetter(char)"/>) of a text, in order. Which characters are letters is worked
/// out eight at a time with vector compares into bits (a character outside ASCII is asked one by one), 64 characters
/// at a time as far as the runs are read, and the runs are read from the bits: no test and branch per character,
/// whose mispredictions at the end of every word cost more than the tests.
/// </summary>
internal ref struct LetterRuns
{
    /// <summary>Texts up to this long are read this way; the bits live on the caller's stack.</summary>
    public const int MaxLength = 16 * 1024;

    private readonly ReadOnlySpan<char> text;
    private readonly Span<ulong> letters;
    private int position;

    /// <summary>How many characters from the start are marked.</summary>
    private int marked;

    /// <param name="text">The text, at most <see cref="MaxLength"/> characters.</param>
    /// <param name="buffer">At least <see cref="BufferLength"/> of the text's length; what it holds does not matter.</param>
    public LetterRuns(ReadOnlySpan<char> text, Span<ulong> buffer)
    {
        if (text.Length > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(text), text.Length, "The text is longer than MaxLength.");
        }

        this.text = text;
        letters = buffer[..BufferLength(text.Length)];
    }

    /// <summary>The number of 64-bit words a text of this length needs.</summary>
    public static int BufferLength(int textLength) => (textLength + 63) / 64;

    /// <summary>Moves to the next run of letters; false at the end of the text.</summary>
    public bool MoveNext(out int start, out int length)
    {
        start = Next(position, letter: true);
        if (start >= text.Length)
        {
            position = text.Length;
            length = 0;
            return false;
        }

        var end = Next(start, letter: false);
        position = end;
        length = end - start;
        return true;
    }

    /// <summary>The first position at or after <paramref name="from"/> that is (or is not) a letter, or the text's length.</summary>
    private int Next(int from, bool letter)
    {
        for (var w = from >> 6; w < letters.Length; w++)
        {
            if (w << 6 >= marked)
            {
                var end = Math.Min(text.Length, (w + 1) << 6);
                letters[w] = Mark(text[(w << 6)..end]);
                marked = end;
            }

            var bits = letter ? letters[w] : ~letters[w];
            if (w == from >> 6)
            {
                bits &= ulong.MaxValue << (from & 63);
            }

            if (bits != 0)
            {
                return Math.Min(text.Length, (w << 6) + BitOperations.TrailingZeroCount(bits));
            }
        }

        return text.Length;
    }

    /// <summary>The letters among up to 64 characters, as bits.</summary>
    private static ulong Mark(ReadOnlySpan<char> chars)
    {
        var letters = 0UL;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            var caseBit = Vector128.Create((ushort)0x20);
            var a = Vector128.Create((ushort)'a');
            var alphabet = Vector128.Create((ushort)('z' - 'a'));
            var ascii = Vector128.Create((ushort)0x7F);
            for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref first, (nuint)i);
                var mask = Vector128.LessThanOrEqual((block | caseBit) - a, alphabet).ExtractMostSignificantBits();
                var other = Vector128.GreaterThan(block, ascii).ExtractMostSignificantBits();
                while (other != 0)
                {
                    var lane = BitOperations.TrailingZeroCount(other);
                    mask |= char.IsLetter(chars[i + lane]) ? 1u << lane : 0;
                    other &= other - 1;
                }

                letters |= (ulong)mask << i;
            }
        }

        for (; i < chars.Length; i++)
        {
            letters |= char.IsLetter(chars[i]) ? 1UL << i : 0;
        }

        return letters;
    }
}
