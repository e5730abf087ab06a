using System.Diagnostics;
using System.Buffers;
using NewsExtract.Text;

namespace NewsExtract.Dedup;

/// <summary>How alike two articles are, estimated from their fingerprints.</summary>
/// <param name="Jaccard">The shared word shingles over all of either's shingles, 0 to 1.</param>
/// <param name="Containment">The shared word shingles over the shingles of the shorter article, 0 to 1: a copy cut short is still wholly contained in the longer.</param>
/// <param name="LengthRatio">The shorter article's shingle count over the longer's, 0 to 1.</param>
public readonly record struct NearDuplicateSimilarity(double Jaccard, double Containment, double LengthRatio);

/// <summary>
/// An article's text reduced to 512 bytes: a one-permutation MinHash of its word shingles (runs of three words after
/// case, punctuation and digit styles are folded) in 256 bins of 16 bits, and the number of distinct shingles.
/// Computed once per article, anywhere (it depends on the text alone), and compared in constant time. Immutable.
/// </summary>
public sealed class NearDuplicateFingerprint
{
    /// <summary>The number of MinHash bins.</summary>
    public const int Bins = 256;

    /// <summary>The number of locality-sensitive hashing bands: each is two bins, so articles sharing about a fifth of their shingles meet in at least one band.</summary>
    public const int Bands = 64;

    private const int RowsPerBand = 2;
    private const int BinBits = 8;

    private readonly ushort[] minima;

    /// <summary>Rebuilds a fingerprint from its parts, as <see cref="Minima"/> and <see cref="ShingleCount"/> gave them (to carry it between processes).</summary>
    /// <exception cref="ArgumentException"><paramref name="minima"/> is not empty and not <see cref="Bins"/> long, or the count is negative.</exception>
    public NearDuplicateFingerprint(ReadOnlySpan<ushort> minima, int shingleCount)
    {
        if (!minima.IsEmpty && minima.Length != Bins)
        {
            throw new ArgumentException($"A fingerprint has {Bins} bins, or none.", nameof(minima));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(shingleCount);
        this.minima = minima.ToArray();
        ShingleCount = minima.IsEmpty ? 0 : shingleCount;
    }

    private NearDuplicateFingerprint(ushort[] minima, int shingleCount, bool owned)
    {
        Debug.Assert(owned);
        this.minima = minima;
        ShingleCount = shingleCount;
    }

    /// <summary>The 16-bit MinHash value of each bin; empty when the text was too short to fingerprint.</summary>
    public ReadOnlySpan<ushort> Minima => minima;

    /// <summary>The number of distinct word shingles of the text.</summary>
    public int ShingleCount { get; }

    /// <summary>Whether the text was too short to fingerprint: such an article is like no other.</summary>
    public bool IsEmpty => minima.Length == 0;

    /// <summary>Fingerprints a text. Texts of fewer than <paramref name="minWords"/> words get an empty fingerprint.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="minWords">Texts with fewer words are alike by chance and are not fingerprinted; at least 3.</param>
    public static NearDuplicateFingerprint Create(ReadOnlySpan<char> text, int minWords = NearDuplicateOptions.DefaultMinWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minWords, 3);

        // Normalised into a pooled buffer: the fingerprint needs the words, not a string of them.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        ulong[] shingles;
        try
        {
            var normalized = buffer.AsSpan(0, TextNormalizer.ForComparison(text, buffer));
            if (!TextNormalizer.HasWords(normalized, minWords))
            {
                return Empty;
            }

            // The same shingles as the block merger: three words, hashed as they stand in the normalised text, once each.
            shingles = Shingles.Of(normalized, Scratch ??= []);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        Span<ulong> lowest = stackalloc ulong[Bins];
        lowest.Fill(ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            // One permutation: the top bits choose the bin, the rest compete for its minimum.
            var bin = (int)(shingle >> (64 - BinBits));
            var rest = shingle & (ulong.MaxValue >> BinBits);
            if (rest < lowest[bin])
            {
                lowest[bin] = rest;
            }
        }

        var result = new ushort[Bins];
        for (var bin = 0; bin < Bins; bin++)
        {
            result[bin] = (ushort)Mix(lowest[Densified(lowest, bin)]);
        }

        return new NearDuplicateFingerprint(result, shingles.Length, owned: true);
    }

    /// <summary>Estimates how alike this article and <paramref name="other"/> are; an empty fingerprint is like nothing.</summary>
    public NearDuplicateSimilarity CompareTo(NearDuplicateFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
        {
            return default;
        }

        var equal = 0;
        for (var bin = 0; bin < Bins; bin++)
        {
            equal += minima[bin] == other.minima[bin] ? 1 : 0;
        }

        var jaccard = (double)equal / Bins;
        var shorter = Math.Min(ShingleCount, other.ShingleCount);
        var longer = Math.Max(ShingleCount, other.ShingleCount);

        // |A ∩ B| = J (|A| + |B|) / (1 + J), over the shorter's size.
        var containment = Math.Min(1, jaccard * (shorter + longer) / ((1 + jaccard) * shorter));
        return new NearDuplicateSimilarity(jaccard, containment, (double)shorter / longer);
    }

    /// <summary>The key of one band (two bins, salted with the band's number): articles that share a key are candidates.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is not below <see cref="Bands"/>.</exception>
    /// <exception cref="InvalidOperationException">The fingerprint is empty.</exception>
    public uint BandKey(int band)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(band);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(band, Bands);
        if (IsEmpty)
        {
            throw new InvalidOperationException("An empty fingerprint has no bands.");
        }

        var first = band * RowsPerBand;
        return (uint)Mix(((ulong)band << 32) | ((ulong)minima[first] << 16) | minima[first + 1]);
    }

    private static readonly NearDuplicateFingerprint Empty = new([], 0, owned: true);

    [ThreadStatic]
    private static HashSet<ulong>? Scratch;

    /// <summary>
    /// The bin whose minimum stands in for <paramref name="bin"/>: itself, or, when no shingle fell in it, the first
    /// filled bin of a sequence that depends on the bin's number alone (optimal densification), so that two texts
    /// borrow alike and their empty bins still agree as often as their shingles do.
    /// </summary>
    private static int Densified(ReadOnlySpan<ulong> lowest, int bin)
    {
        var chosen = bin;
        for (var attempt = 1UL; lowest[chosen] == ulong.MaxValue; attempt++)
        {
            chosen = (int)(Mix(((ulong)bin << 32) | attempt) >> (64 - BinBits));
        }

        return chosen;
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
}
