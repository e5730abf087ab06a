namespace NewsExtract.Fetching;

/// <summary>
/// Per-host state (pipelines, robots.txt) kept for at most a fixed number of hosts, dropping the least recently used
/// quarter when full, so that a long-running service that meets millions of hosts does not grow without end.
/// </summary>
/// <typeparam name="TValue">The state kept per host.</typeparam>
internal sealed class HostTable<TValue>(int capacity)
    where TValue : class
{
    private readonly Dictionary<string, Slot> slots = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long clock;

    /// <summary>The value for the key; <paramref name="create"/> makes one when there is none or it is stale. It runs under the table's lock, so it must be quick and must not block.</summary>
    public TValue GetOrAdd(string key, Func<string, TValue> create, Func<TValue, bool>? isStale = null)
    {
        lock (gate)
        {
            if (slots.TryGetValue(key, out var slot) && (isStale is null || !isStale(slot.Value)))
            {
                slot.LastUsed = ++clock;
                return slot.Value;
            }

            var value = create(key);
            slots[key] = new Slot(value) { LastUsed = ++clock };
            if (slots.Count > capacity)
            {
                foreach (var oldest in slots.OrderBy(s => s.Value.LastUsed).Take(slots.Count - (capacity * 3 / 4)).Select(s => s.Key).ToList())
                {
                    slots.Remove(oldest);
                }
            }

            return value;
        }
    }

    private sealed class Slot(TValue value)
    {
        public TValue Value { get; } = value;

        public long LastUsed { get; set; }
    }
}
