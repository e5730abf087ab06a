using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsExtract.Quotes;

/// <summary>
/// The word lists' words in lower case with the classes of each, in an open-addressing hash table whose slots hold
/// the words themselves. Every token of a paragraph is looked up, and quote finding runs after the page's parse has
/// pushed the word lists out of the processor's caches: a listed word costs the read of one cache line here (its
/// slot, with its letters and classes), where a dictionary of strings reads buckets, hash codes, key references and
/// key objects scattered over the heap.
/// </summary>
internal sealed class WordTable
{
    /// <summary>Words up to this long are kept in their slot; longer ones, few (and the empty word), in a dictionary of their own.</summary>
    private const int InlineLetters = 12;

    /// <summary>A slot is four longs (32 bytes): hash and length-with-classes, then the letters.</summary>
    private const int SlotLongs = 4;

    private const int CacheLineLongs = 8;
    private const int ClassBits = 25;
    private const uint ClassMask = (1u << ClassBits) - 1;

    /// <summary>The slots, in an array that never moves, from an index where a cache line starts: no slot spans two lines.</summary>
    private readonly ulong[] slots;
    private readonly int first;
    private readonly int shift;
    private readonly int mask;
    private readonly FrozenDictionary<string, WordClass> longWords;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> longWordLookup;

    /// <param name="words">Words in lower case and their classes (at most 25 class bits).</param>
    public WordTable(IReadOnlyDictionary<string, WordClass> words)
    {
        var inline = words.Where(w => w.Key.Length is > 0 and <= InlineLetters).ToList();
        longWords = words.Where(w => w.Key.Length is 0 or > InlineLetters).ToFrozenDictionary(StringComparer.Ordinal);
        longWordLookup = longWords.GetAlternateLookup<ReadOnlySpan<char>>();

        // At most half the slots are used, so that a word on no list mostly meets an empty slot at once.
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, inline.Count) * 2.0)));
        var count = 1 << bits;
        shift = 32 - bits;
        mask = count - 1;
        slots = GC.AllocateArray<ulong>((count * SlotLongs) + CacheLineLongs, pinned: true);
        first = AlignedStart(slots);
        foreach (var (word, classes) in inline)
        {
            if ((uint)classes > ClassMask)
            {
                throw new ArgumentOutOfRangeException(nameof(words), classes, "A word's classes must fit in 25 bits.");
            }

            var hash = Hash(word);
            var slot = Slot(hash);
            while (LengthAndClasses(slot) != 0)
            {
                slot = (slot + 1) & mask;
            }

            var at = first + (slot * SlotLongs);
            slots[at] = hash | ((ulong)(((uint)word.Length << ClassBits) | (uint)classes) << 32);
            word.AsSpan().CopyTo(MemoryMarshal.Cast<ulong, char>(slots.AsSpan(at + 1, SlotLongs - 1)));
        }
    }

    /// <summary>The classes of a word already in lower case, or <see cref="WordClass.None"/> when it is on no list.</summary>
    public WordClass Find(ReadOnlySpan<char> lower)
    {
        if (lower.Length is 0 or > InlineLetters)
        {
            return longWordLookup.TryGetValue(lower, out var found) ? found : WordClass.None;
        }

        var hash = Hash(lower);
        var slot = Slot(hash);
        while (true)
        {
            var at = first + (slot * SlotLongs);
            var head = slots[at];
            var lengthAndClasses = (uint)(head >> 32);
            if (lengthAndClasses == 0)
            {
                return WordClass.None;
            }

            if ((uint)head == hash && lengthAndClasses >> ClassBits == (uint)lower.Length
                && lower.SequenceEqual(MemoryMarshal.Cast<ulong, char>(slots.AsSpan(at + 1, SlotLongs - 1))[..lower.Length]))
            {
                return (WordClass)(lengthAndClasses & ClassMask);
            }

            slot = (slot + 1) & mask;
        }
    }

    private uint LengthAndClasses(int slot) => (uint)(slots[first + (slot * SlotLongs)] >> 32);

    /// <summary>Fibonacci hashing: the high bits of the product pick the slot.</summary>
    private int Slot(uint hash) => (int)((hash * 2654435769u) >> shift);

    /// <summary>The first index of a pinned array at which a cache line (64 bytes) starts.</summary>
    private static int AlignedStart(ulong[] pinned)
    {
        var address = Unsafe.ByteOffset(ref Unsafe.NullRef<ulong>(), ref MemoryMarshal.GetArrayDataReference(pinned));
        var misaligned = (int)(address & 63);
        return misaligned == 0 ? 0 : (64 - misaligned) / sizeof(ulong);
    }

    /// <summary>FNV-1a.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }
}
