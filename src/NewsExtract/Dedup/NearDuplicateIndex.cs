using System.Runtime.CompilerServices;

namespace NewsExtract.Dedup;

/// <summary>Settings of a <see cref="NearDuplicateIndex"/>. Validated once, when the index is made.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>The default of <see cref="MinWords"/>.</summary>
    public const int DefaultMinWords = 20;

    /// <summary>The default of <see cref="Threshold"/>.</summary>
    public const double DefaultThreshold = 0.4;

    /// <summary>
    /// The share of the shorter article's word shingles (runs of three words) that the longer must hold for the two to
    /// be near duplicates. Default: 0.4, which finds syndicated copies with up to a tenth of their words edited and cut
    /// to 70% of the length, each copy measured against its group's first article; range 0.3 to 1.
    /// </summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>Articles with fewer words than this are not indexed: short texts are alike by chance. Default: 20; at least 3.</summary>
    public int MinWords { get; init; } = DefaultMinWords;

    /// <summary>
    /// The shortest article, as a share of the longer one's length, that can be its near duplicate: a short text that a
    /// long one quotes is not a copy of it. Default: 0.5; range 0 to 1.
    /// </summary>
    public double MinLengthRatio { get; init; } = 0.5;

    internal NearDuplicateOptions Validated()
    {
        if (double.IsNaN(Threshold) || Threshold is < 0.3 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be between 0.3 and 1.");
        }

        if (double.IsNaN(MinLengthRatio) || MinLengthRatio is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinLengthRatio), MinLengthRatio, "MinLengthRatio must be between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MinWords, 3, nameof(MinWords));
        return this;
    }
}

/// <summary>A set of near-duplicate articles.</summary>
/// <param name="Representative">The id of the member added first: every other member was confirmed against it.</param>
/// <param name="Members">The ids of all members, the representative first, in the order they were added.</param>
public sealed record DuplicateGroup(string Representative, IReadOnlyList<string> Members);

/// <summary>The group an added article joined.</summary>
/// <param name="Representative">The id of the group's representative, the first article of the group.</param>
/// <param name="Similarity">How alike the article and the representative are.</param>
public sealed record NearDuplicateMatch(string Representative, NearDuplicateSimilarity Similarity);

/// <summary>
/// Groups near-duplicate articles as they arrive. The seam for an index shared by many machines: callers fingerprint
/// articles where they are (<see cref="NearDuplicateFingerprint.Create"/>) and add the fingerprints here.
/// <see cref="NearDuplicateIndex"/> is the in-memory implementation.
/// </summary>
public interface INearDuplicateIndex
{
    /// <summary>Adds an article and returns the group it joined, or <see langword="null"/> when it is the first of its kind.</summary>
    /// <param name="id">The article's id; unique within the index.</param>
    /// <param name="fingerprint">The article's fingerprint.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The id is already in the index.</exception>
    ValueTask<NearDuplicateMatch?> AddAsync(string id, NearDuplicateFingerprint fingerprint, CancellationToken cancellationToken = default);

    /// <summary>The groups of two or more near-duplicate articles, in the order of their representatives.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    IAsyncEnumerable<DuplicateGroup> GetGroupsAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Finds near-duplicate articles (syndicated copies: a new headline, a site's boilerplate, words edited, the end cut)
/// at the scale of data pipelines, incrementally: an added article is compared with the representatives of the groups
/// that locality-sensitive hashing of its fingerprint proposes, never with all articles, and joins the group whose
/// representative contains most of it (or its containment of the representative), above
/// <see cref="NearDuplicateOptions.Threshold"/>. Members are confirmed against the representative, never through one
/// another, so groups do not chain. An article that starts a group costs its 512-byte fingerprint and its 64 band
/// entries (about 1.1 KiB in all); one that joins a group, its id's place in the group. Thread-safe.
/// </summary>
public sealed class NearDuplicateIndex : INearDuplicateIndex
{
    private readonly NearDuplicateOptions options;
    private readonly Lock gate = new();
    private readonly List<string> ids = [];
    private readonly List<int> groupOfArticle = [];
    private readonly Dictionary<string, int> articleOfId = new(StringComparer.Ordinal);
    private readonly List<(int Article, NearDuplicateFingerprint Fingerprint)> representatives = [];
    private readonly List<int> representativeOfInsertion = [];
    private readonly BandTable bands = new();
    private readonly HashSet<int> compared = [];

    /// <summary>Creates an empty index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public NearDuplicateIndex(NearDuplicateOptions? options = null) => this.options = (options ?? new NearDuplicateOptions()).Validated();

    /// <summary>The number of articles added.</summary>
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

    /// <summary>Fingerprints an article's text and adds it: see <see cref="Add(string, NearDuplicateFingerprint)"/>.</summary>
    /// <exception cref="ArgumentException">The id is already in the index.</exception>
    public NearDuplicateMatch? Add(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(id, NearDuplicateFingerprint.Create(text, options.MinWords));
    }

    /// <summary>Adds an article and returns the group it joined, or <see langword="null"/> when it is the first of its kind.</summary>
    /// <param name="id">The article's id; unique within the index.</param>
    /// <param name="fingerprint">The article's fingerprint.</param>
    /// <exception cref="ArgumentException">The id is already in the index.</exception>
    public NearDuplicateMatch? Add(string id, NearDuplicateFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(fingerprint);
        lock (gate)
        {
            if (!articleOfId.TryAdd(id, ids.Count))
            {
                throw new ArgumentException($"The id '{id}' is already in the index.", nameof(id));
            }

            var article = ids.Count;
            ids.Add(id);
            if (fingerprint.IsEmpty)
            {
                groupOfArticle.Add(NewGroup(article, fingerprint));
                return null;
            }

            var (group, similarity) = BestGroup(fingerprint);
            var joined = group >= 0;
            if (!joined)
            {
                group = NewGroup(article, fingerprint);
            }

            groupOfArticle.Add(group);
            if (joined)
            {
                // Only representatives are hashed into the bands: members are confirmed against them alone, and
                // hashing members too found no more copies (generated wire corpora of 100,000 articles, recall
                // 0.9958 against 0.9956) for 800 bytes more per article.
                return new NearDuplicateMatch(ids[representatives[group].Article], similarity);
            }

            for (var band = 0; band < NearDuplicateFingerprint.Bands; band++)
            {
                bands.Add(fingerprint.BandKey(band));
            }

            representativeOfInsertion.Add(group);
            return null;
        }
    }

    /// <inheritdoc/>
    public ValueTask<NearDuplicateMatch?> AddAsync(string id, NearDuplicateFingerprint fingerprint, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Add(id, fingerprint));
    }

    /// <summary>The groups of two or more near-duplicate articles, in the order of their representatives.</summary>
    public IReadOnlyList<DuplicateGroup> Groups()
    {
        lock (gate)
        {
            var members = new List<string>?[representatives.Count];
            var sizes = new int[representatives.Count];
            foreach (var group in groupOfArticle)
            {
                sizes[group]++;
            }

            for (var article = 0; article < ids.Count; article++)
            {
                var group = groupOfArticle[article];
                if (sizes[group] > 1)
                {
                    (members[group] ??= new List<string>(sizes[group])).Add(ids[article]);
                }
            }

            return [.. members.Where(m => m is not null).Select(m => new DuplicateGroup(m![0], m))];
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<DuplicateGroup> GetGroupsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var group in Groups())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return group;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private int NewGroup(int article, NearDuplicateFingerprint fingerprint)
    {
        representatives.Add((article, fingerprint));
        return representatives.Count - 1;
    }

    /// <summary>The group whose representative is most like <paramref name="fingerprint"/> above the threshold, or -1.</summary>
    private (int Group, NearDuplicateSimilarity Similarity) BestGroup(NearDuplicateFingerprint fingerprint)
    {
        compared.Clear();
        var best = -1;
        var bestSimilarity = default(NearDuplicateSimilarity);
        for (var band = 0; band < NearDuplicateFingerprint.Bands; band++)
        {
            var entry = bands.First(fingerprint.BandKey(band));
            for (var scanned = 0; entry >= 0 && scanned < BandTable.MaxScan; entry = bands.Next(entry), scanned++)
            {
                var group = representativeOfInsertion[entry / NearDuplicateFingerprint.Bands];
                if (!compared.Add(group))
                {
                    continue;
                }

                var similarity = fingerprint.CompareTo(representatives[group].Fingerprint);
                if (similarity.Containment >= options.Threshold && similarity.LengthRatio >= options.MinLengthRatio && similarity.Containment > bestSimilarity.Containment)
                {
                    best = group;
                    bestSimilarity = similarity;
                }
            }
        }

        return (best, bestSimilarity);
    }
}
