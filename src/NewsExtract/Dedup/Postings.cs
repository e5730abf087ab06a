using System.Runtime.InteropServices;

namespace NewsExtract.Dedup;

/// <summary>
/// For each shingle, the blocks holding it in the order they were added: one linked list per shingle in two shared
/// arrays, instead of a list object for every shingle of the page (most shingles occur once).
/// </summary>
internal sealed class Postings
{
    /// <summary>Shingles shared by more blocks than this are too common to point at copies: no more blocks are added to them.</summary>
    public const int MaxLength = 64;

    private readonly Dictionary<ulong, (int First, int Last, int Count)> lists;
    private readonly List<int> blocks;
    private readonly List<int> next;

    /// <param name="capacity">How many shingles will be added, all blocks together: room is made for them at once.</param>
    public Postings(int capacity)
    {
        lists = new(capacity);
        blocks = new(capacity);
        next = new(capacity);
    }

    /// <summary>Counts, in <paramref name="shared"/>, one more shared shingle with every block already holding <paramref name="hash"/>, then adds <paramref name="block"/> to it.</summary>
    public void CountAndAdd(ulong hash, int block, Dictionary<int, int> shared)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, hash, out var exists);
        if (!exists)
        {
            list = (-1, -1, 0);
        }

        if (list.Count > MaxLength)
        {
            return;
        }

        for (var entry = list.First; entry >= 0; entry = next[entry])
        {
            var other = blocks[entry];
            shared[other] = shared.GetValueOrDefault(other) + 1;
        }

        var added = blocks.Count;
        blocks.Add(block);
        next.Add(-1);
        if (list.Last >= 0)
        {
            next[list.Last] = added;
        }
        else
        {
            list.First = added;
        }

        list.Last = added;
        list.Count++;
    }
}
