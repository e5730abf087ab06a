namespace NewsExtract.Orleans;

/// <summary>
/// One partition of the near-duplicate index's locality-sensitive hashing bands, keyed by partition number (band key
/// modulo the partitions; band keys are salted with their band, so a partition holds buckets of every band). Each
/// bucket lists the representatives hashed into it and can be locked by one article at a time: an article locks its
/// 64 buckets, reads the representatives, decides, and commits, so two near copies added at once on two silos are
/// added one after the other, as on one machine.
/// </summary>
[Alias("NewsExtract.Orleans.IBandPartitionGrain")]
internal interface IBandPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Locks the buckets for <paramref name="owner"/> for at most <paramref name="lease"/>, all or none, and gives the representatives in them; not acquired when another article holds one.</summary>
    [Alias("TryLock")]
    Task<BucketLock> TryLockAsync(string owner, uint[] buckets, TimeSpan lease);

    /// <summary>Adds <paramref name="representative"/> (when not <see langword="null"/>) to the buckets, and unlocks those <paramref name="owner"/> holds.</summary>
    [Alias("Commit")]
    Task CommitAsync(string owner, uint[] buckets, string? representative);
}

/// <summary>The answer to a lock request.</summary>
/// <param name="Acquired">Whether every bucket was locked.</param>
/// <param name="Representatives">The representatives in the buckets, when acquired.</param>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.BucketLock")]
internal sealed record BucketLock([property: Id(0)] bool Acquired, [property: Id(1)] string[] Representatives);

/// <summary>One partition of the near-duplicate groups, keyed by partition number (representative's id hash modulo the partitions): each representative's fingerprint and members.</summary>
[Alias("NewsExtract.Orleans.IDuplicateGroupGrain")]
internal interface IDuplicateGroupGrain : IGrainWithIntegerKey
{
    /// <summary>The fingerprints of the representatives asked for that this partition holds.</summary>
    [Alias("GetFingerprints")]
    Task<StoredFingerprint[]> GetFingerprintsAsync(string[] representatives);

    /// <summary>Starts a group with its representative (again: nothing changes).</summary>
    [Alias("AddRepresentative")]
    Task AddRepresentativeAsync(StoredFingerprint representative);

    /// <summary>Adds a member to a representative's group (again: nothing changes).</summary>
    [Alias("Join")]
    Task JoinAsync(string representative, string member);

    /// <summary>The groups of two or more members, in the order their representatives were added.</summary>
    [Alias("GetGroups")]
    Task<DuplicateGroupRecord[]> GetGroupsAsync();
}

/// <summary>A representative's fingerprint, as carried between silos.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Minima">The fingerprint's MinHash bins.</param>
/// <param name="ShingleCount">The fingerprint's shingle count.</param>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.StoredFingerprint")]
internal sealed record StoredFingerprint([property: Id(0)] string Id, [property: Id(1)] ushort[] Minima, [property: Id(2)] int ShingleCount);

/// <summary>A near-duplicate group as carried between silos.</summary>
/// <param name="Representative">The representative's id.</param>
/// <param name="Members">The members' ids, the representative first.</param>
[GenerateSerializer]
[Alias("NewsExtract.Orleans.DuplicateGroupRecord")]
internal sealed record DuplicateGroupRecord([property: Id(0)] string Representative, [property: Id(1)] string[] Members);
