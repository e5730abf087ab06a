using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace NewsExtract.Orleans.Tests;

/// <summary>
/// Grain state in this process's memory, shared by every silo of an in-process cluster, so that it outlives a silo
/// that stops (Orleans' own memory storage keeps state in grains, which stop with their silo). States are deep-copied
/// in and out and version-tagged like a real store's: a write from a stale activation is refused.
/// </summary>
internal sealed class SharedMemoryGrainStorage
{
    private readonly ConcurrentDictionary<(string, GrainId), (object State, string ETag)> states = new();
    private long etags;

    /// <summary>The storage a silo uses, copying through its own serializer.</summary>
    public IGrainStorage For(IServiceProvider services) => new View(this, (DeepCopier)services.GetService(typeof(DeepCopier))!);

    private sealed class View(SharedMemoryGrainStorage store, DeepCopier copier) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (store.states.TryGetValue((stateName, grainId), out var held))
            {
                grainState.State = copier.Copy((T)held.State);
                grainState.ETag = held.ETag;
                grainState.RecordExists = true;
            }

            return Task.CompletedTask;
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var etag = Interlocked.Increment(ref store.etags).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var copy = ((object)copier.Copy(grainState.State)!, etag);
            var key = (stateName, grainId);
            var written = grainState.ETag is null
                ? store.states.TryAdd(key, copy)
                : store.states.TryGetValue(key, out var held) && held.ETag == grainState.ETag && store.states.TryUpdate(key, copy, held);
            if (!written)
            {
                throw new InconsistentStateException($"The state of {grainId} changed since it was read.", store.states.GetValueOrDefault(key).ETag ?? "none", grainState.ETag ?? "none");
            }

            grainState.ETag = etag;
            grainState.RecordExists = true;
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            store.states.TryRemove((stateName, grainId), out _);
            grainState.ETag = null;
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }
    }
}
