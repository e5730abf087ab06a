namespace NewsExtract.Content;

/// <summary>The hint lists the content stage matches containers' class, id, role and itemprop against.</summary>
/// <param name="Positive">Words that mark content.</param>
/// <param name="Negative">Words that make content less likely, the furniture words among them.</param>
/// <param name="Furniture">Words of page furniture, cut out even inside the article.</param>
/// <param name="Keep">Words that keep a furniture-marked wrapper inside the article (embedded posts and media).</param>
/// <param name="Contested">Furniture words that a content word on the same element overrides inside the article (comments, captions).</param>
/// <param name="Box">Words of furniture that is a small box (an author's card): they cut only an element of little text.</param>
internal sealed record ContentHints(HintMatcher Positive, HintMatcher Negative, HintMatcher Furniture, HintMatcher Keep, HintMatcher Contested, HintMatcher Box)
{
    /// <summary>The shipped lists (<c>Resources/hints.*.txt</c>).</summary>
    public static ContentHints Default { get; } = new(HintMatcher.Positive, HintMatcher.Negative, HintMatcher.Furniture, HintMatcher.Keep, HintMatcher.Contested, HintMatcher.Box);
}
