namespace NewsExtract.Pipeline;

/// <summary>An HTML element that encloses blocks: what content selection needs to know of it.</summary>
/// <param name="Id">Index in <see cref="ExtractionContext.Containers"/>.</param>
/// <param name="ParentId">The enclosing container, or -1.</param>
/// <param name="Tag">Lower-case tag name.</param>
/// <param name="Hints">Class, role and itemprop attributes, lower case, joined by a space.</param>
internal sealed record Container(int Id, int ParentId, string Tag, string Hints)
{
    /// <summary>The id attribute, lower case, split into its words ("related-posts" → related, posts). Ids are often slugs of headings, so they are matched word by word, not as substrings.</summary>
    public string[] IdWords { get; init; } = [];

    /// <summary>Whether the element is marked as the article body by microdata (<c>itemprop=articleBody</c>).</summary>
    public bool IsArticleBody { get; init; }
}
