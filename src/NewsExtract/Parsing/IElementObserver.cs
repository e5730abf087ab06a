using AngleSharp.Dom;

namespace NewsExtract.Parsing;

/// <summary>
/// Sees every element of a document once, in document order, during the front end's walk: a stage that collects
/// elements (the metadata's meta tags, JSON-LD, headings and bylines) rides along instead of walking the tree again.
/// </summary>
internal interface IElementObserver
{
    /// <summary>Called for every element, including those in the head and in subtrees that hold no blocks (scripts, hidden elements).</summary>
    /// <param name="element">The element.</param>
    /// <param name="tag">Its local name.</param>
    /// <param name="attributes">Its attributes, as the walk read them.</param>
    void Observe(IElement element, string tag, in ElementAttributes attributes);
}

