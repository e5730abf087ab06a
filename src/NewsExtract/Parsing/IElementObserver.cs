using AngleSharp.Dom;

namespace NewsExtract.Parsing;

/// <summary>
/// Sees every element of a document once, in document order, during the front end's walk: a stage that collects
/// elements (the metadata's meta tags, JSON-LD, headings and bylines) rides along instead of walking the tree again.
/// </summary>
internal interface IElementObserver
{
    /// <summary>Called for every element, including those in the head and in subtrees that hold no blocks (scripts, hidden elements).</summary>
    void Observe(IElement element);
}
