using System.Buffers;

namespace NewsExtract.Quotes;

/// <summary>
/// The tokens of a paragraph in one array, each read and updated in place through <see cref="this[int]"/>: a
/// paragraph's words cost one array, not an object each, and lie next to each other in memory. A list made with
/// <see cref="Rent"/> takes its array from a pool and gives it back at <see cref="Release"/>, once the quote finder is
/// done with the article: the tokens are half of what quote finding would otherwise allocate.
/// </summary>
internal sealed class TokenList
{
    private Token[] items;
    private bool pooled;

    /// <param name="capacity">How many tokens to make room for at first; the list grows as needed.</param>
    public TokenList(int capacity)
    {
        items = capacity > 0 ? new Token[capacity] : [];
    }

    private TokenList(Token[] items)
    {
        this.items = items;
        pooled = true;
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

    /// <summary>An empty list whose array comes from the shared pool; <see cref="Release"/> gives it back.</summary>
    public static TokenList Rent(int capacity) => new(ArrayPool<Token>.Shared.Rent(Math.Max(16, capacity)));

    public void Add(in Token token)
    {
        if (Count == items.Length)
        {
            Grow();
        }

        items[Count++] = token;
    }

    /// <summary>
    /// Gives a pooled array back, cleared so that the pool holds no paragraph's text alive; the list is empty after.
    /// Nothing happens for a list that was not rented.
    /// </summary>
    public void Release()
    {
        if (!pooled)
        {
            return;
        }

        Array.Clear(items, 0, Count);
        ArrayPool<Token>.Shared.Return(items);
        items = [];
        Count = 0;
        pooled = false;
    }

    private void Grow()
    {
        var size = Math.Max(16, items.Length * 2);
        var bigger = pooled ? ArrayPool<Token>.Shared.Rent(size) : new Token[size];
        Array.Copy(items, bigger, Count);
        if (pooled)
        {
            Array.Clear(items, 0, Count);
            ArrayPool<Token>.Shared.Return(items);
        }

        items = bigger;
    }
}
