using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsExtract.Orleans;

/// <summary>Which partition grain holds a key: a hash that is the same in every process (never <see cref="string.GetHashCode()"/>).</summary>
internal static class Partitions
{
    public static int Of(string key, int partitions) => (int)(Hash(key) % (ulong)partitions);

    /// <summary>A 64-bit hash of the key, the same in every process.</summary>
    public static ulong Hash(string key) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()));

    /// <summary>A band key is a well-spread hash already.</summary>
    public static int Of(uint bandKey, int partitions) => (int)(bandKey % (uint)partitions);
}
