using System.Buffers;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>Looks for the words of a hint list inside the class, id, role and itemprop text of an element.</summary>
internal sealed class HintMatcher(IEnumerable<string> words)
{
    private readonly SearchValues<string> values = SearchValues.Create([.. words], StringComparison.Ordinal);

    public static HintMatcher Positive { get; } = new(PhraseList.Load("hints.positive"));

    public static HintMatcher Negative { get; } = new(PhraseList.Load("hints.negative").Concat(PhraseList.Load("hints.furniture")));

    public static HintMatcher Furniture { get; } = new(PhraseList.Load("hints.furniture"));

    public bool Matches(string hints) => hints.Length > 0 && hints.AsSpan().IndexOfAny(values) >= 0;
}
