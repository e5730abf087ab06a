using System.Runtime.CompilerServices;
using NewsExtract.Dedup;

namespace NewsExtract.Orleans;

/// <summary>
/// The near-duplicate index of a cluster, behind the same seam as <see cref="NearDuplicateIndex"/>: an article's 64
/// band keys go to their band partitions in parallel, which lock the buckets and give the representatives in them;
/// the caller (the worker that extracted the article) fetches their fingerprints from the group partitions and
/// confirms them itself, with the same rules as one machine (containment over the threshold, length ratio, the best
/// representative wins; members never chain); then it joins that group or starts one and commits. Two near copies
/// added at once share a bucket, so one waits for the other: the groups are those one machine makes.
/// </summary>
internal sealed class ClusterNearDuplicateIndex(IGrainFactory grains, ClusterCrawlOptions options) : INearDuplicateIndex
{
    /// <summary>How long buckets stay locked for an article whose worker was lost.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private const int MaxLockRounds = 1_000;

    public async ValueTask<NearDuplicateMatch?> AddAsync(string id, NearDuplicateFingerprint fingerprint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (fingerprint.IsEmpty)
        {
            // Too short to compare: like no other, in no group (as on one machine).
            return null;
        }

        var partitions = Enumerable.Range(0, NearDuplicateFingerprint.Bands)
            .Select(fingerprint.BandKey)
            .GroupBy(key => Partitions.Of(key, options.IndexPartitions))
            .Select(g => (Grain: grains.GetGrain<IBandPartitionGrain>(g.Key), Buckets: g.Distinct().ToArray()))
            .ToList();
        var candidates = await LockAsync(id, partitions, cancellationToken).ConfigureAwait(false);
        string? representative = null;
        try
        {
            if (candidates.Contains(id))
            {
                // Added before (its task ran again after its silo was lost): it is a representative already.
                return null;
            }

            var best = await BestAsync(fingerprint, candidates).ConfigureAwait(false);
            if (best is { } match)
            {
                await GroupOf(match.Representative).JoinAsync(match.Representative, id).ConfigureAwait(false);
                return match;
            }

            await GroupOf(id).AddRepresentativeAsync(new StoredFingerprint(id, fingerprint.Minima.ToArray(), fingerprint.ShingleCount)).ConfigureAwait(false);
            representative = id;
            return null;
        }
        finally
        {
            await Task.WhenAll(partitions.Select(p => p.Grain.CommitAsync(id, p.Buckets, representative))).ConfigureAwait(false);
        }
    }

    public async IAsyncEnumerable<DuplicateGroup> GetGroupsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var partition = 0; partition < options.GroupPartitions; partition++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var group in await grains.GetGrain<IDuplicateGroupGrain>(partition).GetGroupsAsync().ConfigureAwait(false))
            {
                yield return new DuplicateGroup(group.Representative, group.Members);
            }
        }
    }

    /// <summary>Locks every bucket of the article (all or none in each partition; on any refusal, all released and tried again a little later) and gives the representatives in them.</summary>
    private static async Task<HashSet<string>> LockAsync(string id, List<(IBandPartitionGrain Grain, uint[] Buckets)> partitions, CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            var answers = await Task.WhenAll(partitions.Select(p => p.Grain.TryLockAsync(id, p.Buckets, Lease))).ConfigureAwait(false);
            if (answers.All(a => a.Acquired))
            {
                return answers.SelectMany(a => a.Representatives).ToHashSet(StringComparer.Ordinal);
            }

            await Task.WhenAll(partitions.Where((_, i) => answers[i].Acquired).Select(p => p.Grain.CommitAsync(id, p.Buckets, null))).ConfigureAwait(false);
            if (round >= MaxLockRounds)
            {
                throw new TimeoutException($"The near-duplicate buckets of '{id}' stayed locked by other articles through {MaxLockRounds} attempts.");
            }

            // Randomised, growing backoff: two copies that keep colliding soon take turns.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 10 + (Math.Min(round, 10) * 10))), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The representative most like the article above the thresholds, as <see cref="NearDuplicateIndex"/> chooses it.</summary>
    private async Task<NearDuplicateMatch?> BestAsync(NearDuplicateFingerprint fingerprint, HashSet<string> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var stored = await Task.WhenAll(candidates
            .GroupBy(c => Partitions.Of(c, options.GroupPartitions))
            .Select(g => grains.GetGrain<IDuplicateGroupGrain>(g.Key).GetFingerprintsAsync([.. g]))).ConfigureAwait(false);
        NearDuplicateMatch? best = null;
        foreach (var representative in stored.SelectMany(s => s).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var similarity = fingerprint.CompareTo(new NearDuplicateFingerprint(representative.Minima, representative.ShingleCount));
            if (similarity.Containment >= options.NearDuplicates.Threshold
                && similarity.LengthRatio >= options.NearDuplicates.MinLengthRatio
                && similarity.Containment > (best?.Similarity.Containment ?? 0))
            {
                best = new NearDuplicateMatch(representative.Id, similarity);
            }
        }

        return best;
    }

    private IDuplicateGroupGrain GroupOf(string representative) => grains.GetGrain<IDuplicateGroupGrain>(Partitions.Of(representative, options.GroupPartitions));
}
