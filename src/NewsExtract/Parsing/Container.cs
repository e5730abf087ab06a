namespace NewsExtract.Parsing;

/// <summary>An HTML element that encloses blocks: what content selection needs to know of it.</summary>
/// <param name="Id">Index in <see cref="Pipeline.ExtractionContext.Containers"/>.</param>
/// <param name="ParentId">The enclosing container, or -1.</param>
/// <param name="Tag">Lower-case tag name.</param>
/// <param name="Hints">Class and id attributes, lower case, joined by a space.</param>
/// <param name="Depth">Depth in the document.</param>
internal sealed record Container(int Id, int ParentId, string Tag, string Hints, int Depth)
{
    /// <summary>Whether the element is marked as the article body by microdata (<c>itemprop=articleBody</c>).</summary>
    public bool IsArticleBody { get; init; }
}
