namespace NewsExtract.Quotes;

/// <summary>
/// The word lists' words in lower case with the classes of each, in an open-addressing hash table of three flat
/// arrays. Every token of a paragraph is looked up, and quote finding runs after the page's parse has pushed the
/// word lists out of the processor's caches: a word on no list costs one read of one slot here, a listed word one
/// more read of its letters, where a dictionary of strings reads buckets, hash codes, key references and key objects
/// scattered over the heap.
/// </summary>
internal sealed class WordTable
{
    /// <summary>Per slot: the word's hash in the high half, its index plus one in the low half; 0 for an empty slot.</summary>
    private readonly ulong[] slots;

    /// <summary>Every word's letters, one word after another.</summary>
    private readonly char[] letters;

    /// <summary>Where each word starts in <see cref="letters"/>; one more entry marks the end of the last.</summary>
    private readonly int[] starts;

    private readonly WordClass[] classes;
    private readonly int shift;

    /// <param name="words">Words in lower case and their classes.</param>
    public WordTable(IReadOnlyDictionary<string, WordClass> words)
    {
        // At most half the slots are used, so that a word on no list mostly meets an empty slot at once.
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, words.Count) * 2.0)));
        slots = new ulong[1 << bits];
        shift = 32 - bits;
        letters = new char[words.Keys.Sum(w => w.Length)];
        starts = new int[words.Count + 1];
        classes = new WordClass[words.Count];
        var index = 0;
        var at = 0;
        foreach (var (word, wordClasses) in words)
        {
            word.CopyTo(letters.AsSpan(at));
            starts[index] = at;
            classes[index] = wordClasses;
            at += word.Length;
            var hash = Hash(word);
            var slot = Slot(hash);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = ((ulong)hash << 32) | (uint)(index + 1);
            index++;
        }

        starts[index] = at;
    }

    /// <summary>The classes of a word already in lower case, or <see cref="WordClass.None"/> when it is on no list.</summary>
    public WordClass Find(ReadOnlySpan<char> lower)
    {
        var hash = Hash(lower);
        var slot = Slot(hash);
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0)
            {
                return WordClass.None;
            }

            if ((uint)(entry >> 32) == hash)
            {
                var index = (int)(uint)entry - 1;
                if (lower.SequenceEqual(letters.AsSpan(starts[index], starts[index + 1] - starts[index])))
                {
                    return classes[index];
                }
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    /// <summary>Fibonacci hashing: the high bits of the product pick the slot.</summary>
    private int Slot(uint hash) => (int)((hash * 2654435769u) >> shift);

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
