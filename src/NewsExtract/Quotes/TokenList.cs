namespace NewsExtract.Quotes;

/// <summary>
/// The tokens of a paragraph in one array, each read and updated in place through <see cref="this[int]"/>: a
/// paragraph's words cost one allocation, not one each, and lie next to each other in memory.
/// </summary>
internal sealed class TokenList
{
    /// <summary>A list kept for building in, past which its array is dropped rather than kept for the thread.</summary>
    private const int MaxKeptCapacity = 1024;

    [ThreadStatic]
    private static TokenList? scratch;

    private Token[] items;

    /// <param name="capacity">How many tokens to make room for at first; the list grows as needed.</param>
    public TokenList(int capacity)
    {
        items = capacity > 0 ? new Token[capacity] : [];
    }

    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>, in place.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public ref Token this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref items[index];
        }
    }

    public void Add(in Token token)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, Math.Max(8, items.Length * 2));
        }

        items[Count++] = token;
    }

    /// <summary>
    /// A list to build a paragraph's tokens in, reused by the thread: building costs no growth of the final array,
    /// and <see cref="Detach"/> gives the tokens in a list of their own, of their exact number.
    /// </summary>
    public static TokenList Rent()
    {
        var list = scratch ?? new TokenList(256);
        scratch = null;
        list.Count = 0;
        return list;
    }

    /// <summary>Copies the tokens of a list from <see cref="Rent"/> to a list of their own, and takes this one back for reuse.</summary>
    public TokenList Detach()
    {
        var result = new TokenList(Count);
        Array.Copy(items, result.items, Count);
        result.Count = Count;

        // Cleared, so that the kept list holds no paragraph's text alive.
        Array.Clear(items, 0, Count);
        Count = 0;
        if (items.Length <= MaxKeptCapacity)
        {
            scratch = this;
        }

        return result;
    }
}
