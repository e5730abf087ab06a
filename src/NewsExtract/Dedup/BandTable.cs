namespace NewsExtract.Dedup;

/// <summary>
/// The locality-sensitive hashing buckets: for each band key, the entries added under it, newest first. One
/// open-addressing table of (key, newest entry) and one array of links, so a bucket costs no object of its own and an
/// article's 64 bands cost about a kilobyte. Not thread-safe.
/// </summary>
internal sealed class BandTable
{
    /// <summary>A bucket holding more entries than this is shared by unrelated articles (a site's boilerplate): only its newest are read.</summary>
    public const int MaxScan = 48;

    private uint[] keys = new uint[1024];
    private int[] heads = new int[1024];
    private int used;
    private int[] next = new int[1024];
    private int entries;

    /// <summary>The number of entries added.</summary>
    public int Count => entries;

    /// <summary>Adds entry number <see cref="Count"/> under <paramref name="key"/> and returns that number.</summary>
    public int Add(uint key)
    {
        if (entries == next.Length)
        {
            Array.Resize(ref next, next.Length * 2);
        }

        if ((used + 1) * 2 > keys.Length)
        {
            Grow();
        }

        var slot = Find(key);
        var entry = entries++;
        if (heads[slot] == 0)
        {
            keys[slot] = key;
            used++;
            next[entry] = -1;
        }
        else
        {
            next[entry] = heads[slot] - 1;
        }

        // Heads are stored plus one, so a zeroed slot is an empty one.
        heads[slot] = entry + 1;
        return entry;
    }

    /// <summary>The newest entry under <paramref name="key"/>, or -1.</summary>
    public int First(uint key) => heads[Find(key)] - 1;

    /// <summary>The entry added under the same key before <paramref name="entry"/>, or -1.</summary>
    public int Next(int entry) => next[entry];

    private int Find(uint key)
    {
        var mask = keys.Length - 1;
        // Keys are hashes already: their low bits spread well.
        var slot = (int)key & mask;
        while (heads[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldHeads = heads;
        keys = new uint[oldKeys.Length * 2];
        heads = new int[oldKeys.Length * 2];
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldHeads[i] != 0)
            {
                var slot = Find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
