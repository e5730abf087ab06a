using NewsExtract.Text;

namespace NewsExtract.Dedup;

/// <summary>Settings of a <see cref="NearDuplicateIndex"/>.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>The estimated Jaccard similarity of word shingles at which two articles are near duplicates. Default: 0.8; range 0.3 to 1.</summary>
    public double Threshold { get; init; } = 0.8;

    /// <summary>Articles with fewer words than this are not indexed: short texts are alike by chance. Default: 20; at least 1.</summary>
    public int MinWords { get; init; } = 20;
}

/// <summary>A set of near-duplicate articles.</summary>
/// <param name="Representative">The id of the member added first.</param>
/// <param name="Members">The ids of all members, the representative first, in the order they were added.</param>
public sealed record DuplicateGroup(string Representative, IReadOnlyList<string> Members);

/// <summary>
/// Finds near-duplicate articles (syndicated copies, lightly edited rewrites) across a collection, at the scale of
/// data pipelines: each article is kept as a 128-value MinHash signature of its word shingles (1 KB), and candidates
/// are found by locality-sensitive hashing in 32 bands, never by comparing all pairs. Thread-safe.
/// </summary>
public sealed class NearDuplicateIndex
{
    private const int Hashes = 128;
    private const int Bands = 32;
    private const int Rows = Hashes / Bands;

    private static readonly ulong[] Seeds = CreateSeeds();

    private readonly NearDuplicateOptions options;
    private readonly object gate = new();
    private readonly List<string> ids = [];
    private readonly List<ulong[]> signatures = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> buckets = [];
    private readonly Dictionary<string, int> indexOfId = new(StringComparer.Ordinal);
    private DisjointSets? groups;
    private readonly List<(int, int)> links = [];

    /// <summary>Creates an empty index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public NearDuplicateIndex(NearDuplicateOptions? options = null)
    {
        this.options = options ?? new NearDuplicateOptions();
        if (double.IsNaN(this.options.Threshold) || this.options.Threshold is < 0.3 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), this.options.Threshold, "Threshold must be between 0.3 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MinWords, 1, nameof(options));
    }

    /// <summary>The number of articles indexed.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return ids.Count;
            }
        }
    }

    /// <summary>Adds an article and returns the ids of the articles already indexed that it nearly duplicates.</summary>
    /// <param name="id">The article's id; unique within the index.</param>
    /// <param name="text">The article's text.</param>
    /// <exception cref="ArgumentException">The id is already in the index.</exception>
    public IReadOnlyList<string> Add(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var signature = Signature(text, options.MinWords);
        lock (gate)
        {
            if (indexOfId.ContainsKey(id))
            {
                throw new ArgumentException($"The id '{id}' is already in the index.", nameof(id));
            }

            var index = ids.Count;
            ids.Add(id);
            indexOfId[id] = index;
            signatures.Add(signature ?? []);
            if (signature is null)
            {
                return [];
            }

            var candidates = new HashSet<int>();
            for (var band = 0; band < Bands; band++)
            {
                var key = BandKey(signature, band);
                if (!buckets.TryGetValue((band, key), out var bucket))
                {
                    buckets[(band, key)] = bucket = [];
                }

                candidates.UnionWith(bucket);
                bucket.Add(index);
            }

            var matches = new List<string>();
            foreach (var candidate in candidates.Order())
            {
                if (Similarity(signature, signatures[candidate]) >= options.Threshold)
                {
                    matches.Add(ids[candidate]);
                    links.Add((candidate, index));
                }
            }

            groups = null;
            return matches;
        }
    }

    /// <summary>The groups of two or more near-duplicate articles, in the order of their representatives.</summary>
    public IReadOnlyList<DuplicateGroup> Groups()
    {
        lock (gate)
        {
            if (groups is null)
            {
                groups = new DisjointSets(ids.Count);
                foreach (var (a, b) in links)
                {
                    groups.Union(a, b);
                }
            }

            var members = new SortedDictionary<int, List<string>>();
            for (var i = 0; i < ids.Count; i++)
            {
                var root = groups.Find(i);
                if (!members.TryGetValue(root, out var list))
                {
                    members[root] = list = [];
                }

                list.Add(ids[i]);
            }

            return members.Values.Where(m => m.Count > 1).Select(m => new DuplicateGroup(m[0], m)).ToList();
        }
    }

    private static ulong[]? Signature(string text, int minWords)
    {
        var normalized = TextNormalizer.ForComparison(text);
        if (TextNormalizer.CountWords(normalized) < minWords)
        {
            return null;
        }

        var shingles = Shingles.Of(normalized);
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var h = 0; h < Hashes; h++)
            {
                var value = Mix(shingle ^ Seeds[h]);
                if (value < signature[h])
                {
                    signature[h] = value;
                }
            }
        }

        return signature;
    }

    private static double Similarity(ulong[] a, ulong[] b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = 14695981039346656037UL;
        for (var r = 0; r < Rows; r++)
        {
            key = Mix(key ^ signature[band * Rows + r]);
        }

        return key;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit hash.</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Hashes];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Hashes; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
