using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsExtract.Metadata;

/// <summary>
/// The elements metadata is read from, found in one walk over the document instead of one selector query each
/// (up to seven full passes, each parsing its selector again). The selectors are AngleSharp's own, parsed once, so
/// each element matches exactly as <c>QuerySelectorAll</c> would match it, in the same document order. Bylines and
/// time elements are only looked for on pages whose JSON-LD and meta tags lack authors or a date: the walk keeps the
/// elements that could match them, and <see cref="Bylines"/> and <see cref="Times"/> match those when first asked.
/// </summary>
internal sealed class MetadataElements : IDisposable
{
    /// <summary>The list of candidates of the thread's last extraction, cleared: one per thread, not one per page.</summary>
    [ThreadStatic]
    private static List<IElement>? spareList;

    /// <summary>How many byline candidates are looked at, as <c>QuerySelectorAll(…).Take(40)</c> did.</summary>
    public const int MaxBylines = 40;

    /// <summary>How many time candidates are looked at, as <c>QuerySelectorAll(…).Take(20)</c> did.</summary>
    public const int MaxTimes = 20;

    private static readonly ISelector CanonicalSelector = Parse("link[rel~='canonical' i]");
    private static readonly ISelector JsonLdSelector = Parse("script[type='application/ld+json' i]");
    private static readonly ISelector MetaSelector = Parse("meta");
    private static readonly ISelector HeadingSelector = Parse("h1");
    private static readonly ISelector BylineSelector = Parse("[itemprop~='author'], [rel~='author'], [class*='byline' i], [class*='author' i], [id*='byline' i], address");
    private static readonly ISelector TimeSelector = Parse("time[datetime], [itemprop~='datePublished']");

    /// <summary>The first <c>link[rel~=canonical i]</c>.</summary>
    public IElement? Canonical { get; private set; }

    public List<IElement> JsonLdScripts { get; } = [];

    public List<IElement> Metas { get; } = [];

    public List<IElement> Headings { get; } = [];

    /// <summary>Elements with attributes, and <c>address</c> elements: the only ones the byline and time selectors can match.</summary>
    private List<IElement> attributed = TakeSpareList();

    /// <summary>Byline candidates in document order, at most <see cref="MaxBylines"/>.</summary>
    public List<IElement> Bylines => field ??= Matching(BylineSelector, MaxBylines);

    /// <summary>Publication time candidates in document order, at most <see cref="MaxTimes"/>.</summary>
    public List<IElement> Times => field ??= Matching(TimeSelector, MaxTimes);

    private IElement? Scope { get; set; }

    public static MetadataElements Find(IHtmlDocument document)
    {
        var found = new MetadataElements();
        var root = document.DocumentElement;
        if (root is null)
        {
            return found;
        }

        found.Scope = root;

        // Pre-order, children by index: AngleSharp's sibling links are found by searching the parent's child list,
        // which is quadratic on wide elements.
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            found.Visit(element, root);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return found;
    }

    private void Visit(IElement element, IElement scope)
    {
        // Cheap tests on the tag name or on whether there are attributes at all come first; an element that passes
        // them is matched by the selector itself, so the answer is always the selector's.
        var name = element.LocalName;
        var hasAttributes = element.Attributes.Length > 0;
        switch (name.Length)
        {
            case 2 when IsTag(name, "h1") && HeadingSelector.Match(element, scope):
                Headings.Add(element);
                break;
            case 4 when hasAttributes && IsTag(name, "link") && Canonical is null && CanonicalSelector.Match(element, scope):
                Canonical = element;
                break;
            case 4 when IsTag(name, "meta") && MetaSelector.Match(element, scope):
                Metas.Add(element);
                break;
            case 6 when hasAttributes && IsTag(name, "script") && JsonLdSelector.Match(element, scope):
                JsonLdScripts.Add(element);
                break;
        }

        if (hasAttributes || IsTag(name, "address"))
        {
            attributed.Add(element);
        }
    }

    private List<IElement> Matching(ISelector selector, int max)
    {
        var matches = new List<IElement>();
        foreach (var element in attributed)
        {
            if (matches.Count == max)
            {
                break;
            }

            if (selector.Match(element, Scope))
            {
                matches.Add(element);
            }
        }

        return matches;
    }

    /// <summary>Hands the candidate list back for the thread's next extraction; it must not keep the document alive.</summary>
    public void Dispose()
    {
        attributed.Clear();
        spareList = attributed;
        attributed = [];
    }

    private static List<IElement> TakeSpareList()
    {
        var list = spareList ?? [];
        spareList = null;
        return list;
    }

    private static bool IsTag(string name, string tag) => string.Equals(name, tag, StringComparison.OrdinalIgnoreCase);

    private static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new InvalidOperationException($"AngleSharp cannot parse the selector {selector}.");
}
