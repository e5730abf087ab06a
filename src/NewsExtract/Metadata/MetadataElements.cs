using System.Buffers;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>
/// The elements metadata is read from, collected as the front end walks the document (see <see cref="IElementObserver"/>)
/// instead of by one selector query each (up to seven full passes, each parsing its selector again). The selectors are AngleSharp's own, parsed once, so
/// each element matches exactly as <c>QuerySelectorAll</c> would match it, in the same document order. Bylines and
/// time elements are only looked for on pages whose JSON-LD and meta tags lack authors or a date: the walk keeps the
/// few elements that could match them (a cheap test every match passes), and <see cref="Bylines"/> and
/// <see cref="Times"/> run the selectors on those when first asked.
/// </summary>
internal sealed class MetadataElements : IElementObserver, IPageTreeResult
{
    /// <summary>How many byline candidates are looked at, as <c>QuerySelectorAll(…).Take(40)</c> did.</summary>
    public const int MaxBylines = 40;

    /// <summary>How many time candidates are looked at, as <c>QuerySelectorAll(…).Take(20)</c> did.</summary>
    public const int MaxTimes = 20;

    private static readonly ISelector CanonicalSelector = Parse("link[rel~='canonical' i]");
    private static readonly ISelector JsonLdSelector = Parse("script[type='application/ld+json' i]");
    private static readonly ISelector BylineSelector = Parse("[itemprop~='author'], [rel~='author'], [class*='byline' i], [class*='author' i], [id*='byline' i], address");
    private static readonly ISelector TimeSelector = Parse("time[datetime], [itemprop~='datePublished']");

    /// <summary>The element inside an author's that holds the name, parsed once.</summary>
    public static readonly ISelector NameSelector = Parse("[itemprop~='name']");

    /// <summary>How many elements whose class, id or itemprop suggests a date line are kept, in document order.</summary>
    public const int MaxDateLines = 40;

    /// <summary>The words of class, id and itemprop values that suggest a date line.</summary>
    private static readonly SearchValues<string> DateHints = SearchValues.Create([.. PhraseList.Load("date-hints")], StringComparison.OrdinalIgnoreCase);

    private readonly List<IElement> bylineCandidates = [];
    private readonly List<IElement> timeCandidates = [];
    private readonly IElement? scope;

    /// <summary>An empty collection for a document, to be filled by <see cref="Observe"/> with its elements in document order.</summary>
    public MetadataElements(IHtmlDocument document)
    {
        scope = document.DocumentElement;
    }

    /// <summary>The first <c>link[rel~=canonical i]</c>.</summary>
    public IElement? Canonical { get; private set; }

    public List<IElement> JsonLdScripts { get; } = [];

    /// <summary>Every HTML <c>script</c> element, in document order, as <c>document.Scripts</c> lists them without a walk of its own: the fallback cascade reads a script-rendered page's state from them.</summary>
    public List<IHtmlScriptElement> Scripts { get; } = [];

    public List<IElement> Metas { get; } = [];

    public List<IElement> Headings { get; } = [];

    /// <summary>The <c>h2</c> elements: the document title's colon rule reads them beside the <c>h1</c>s.</summary>
    public List<IElement> Subheadings { get; } = [];

    /// <summary>
    /// Elements whose class, id or itemprop suggests a date line, and <c>time</c> and <c>abbr</c> elements, in document
    /// order, at most <see cref="MaxDateLines"/>: read when the page's metadata declares no date. Looked for in a walk of
    /// their own, as the reader takes them: most pages declare their date, and testing every element's class, id and
    /// itemprop for the hints during the front end's walk cost every page about 2% of its extraction; and the reader
    /// stops at the first that holds a date, where the walk stops too instead of going on to the end of the page.
    /// </summary>
    public IEnumerable<IElement> DateLines => FindDateLines();

    /// <summary>Byline candidates in document order, at most <see cref="MaxBylines"/>.</summary>
    public List<IElement> Bylines => field ??= Matching(bylineCandidates, BylineSelector, MaxBylines);

    /// <summary>Publication time candidates in document order, at most <see cref="MaxTimes"/>.</summary>
    public List<IElement> Times => field ??= Matching(timeCandidates, TimeSelector, MaxTimes);

    /// <summary>Collects the elements in a walk of its own, for a document the front end has not walked with this observer.</summary>
    public static MetadataElements Find(IHtmlDocument document)
    {
        var found = new MetadataElements(document);
        foreach (var element in InDocumentOrder(document.DocumentElement))
        {
            found.Observe(element, element.LocalName, ElementAttributes.Of(element));
        }

        return found;
    }

    /// <summary>The elements under and including <paramref name="root"/>, in document order.</summary>
    private static IEnumerable<IElement> InDocumentOrder(IElement? root)
    {
        if (root is null)
        {
            yield break;
        }

        // Pre-order, children by index: AngleSharp finds a node's siblings by searching its parent's child list,
        // which is quadratic on wide elements.
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// An element's text, as <c>TextContent</c> gives it; an element whose one child is a text node (a script, most
    /// headings and bylines) gives that node's string itself, without AngleSharp's pooled builder and its lock.
    /// </summary>
    public static string TextOf(IElement element) =>
        element.ChildNodes is { Length: 1 } children && children[0] is IText text ? text.Data : element.TextContent;

    /// <summary>Notes the element if metadata may be read from it; elements must come in document order.</summary>
    public void Observe(IElement element, string tag, in ElementAttributes attributes)
    {
        // Cheap tests on the tag name come first; an element that passes them is matched by the selector itself,
        // so the answer is always the selector's.
        switch (tag.Length)
        {
            // The type selectors "h1" and "meta" match by the local name, ignoring case, as IsTag does.
            case 2 when IsTag(tag, "h1"):
                Headings.Add(element);
                break;
            case 2 when IsTag(tag, "h2"):
                Subheadings.Add(element);
                break;
            case 4 when attributes.Count > 0 && IsTag(tag, "link") && Canonical is null && CanonicalSelector.Match(element, scope):
                Canonical = element;
                break;
            case 4 when IsTag(tag, "meta"):
                Metas.Add(element);
                break;
            case 6 when IsTag(tag, "script"):
                if (element is IHtmlScriptElement script)
                {
                    Scripts.Add(script);
                }

                // Only a script typed as JSON-LD can match (the selector compares the type ignoring ASCII case): most
                // scripts are not, and are told so without the selector's match.
                if (attributes.Count > 0 && IsJsonLdType(element.GetAttribute("type")) && JsonLdSelector.Match(element, scope))
                {
                    JsonLdScripts.Add(element);
                }

                break;
        }

        // Every byline match is an address or has an itemprop, rel, class or id holding "author" or "byline"; every
        // time match is a time element or has an itemprop holding "datePublished" (compared ignoring case, so the
        // test is looser than the selectors, never stricter).
        var mayBeByline = IsTag(tag, "address") || MentionsByline(attributes.ItemProp) || MentionsByline(attributes.Rel)
            || MentionsByline(attributes.Class) || MentionsByline(attributes.Id);
        var mayBeTime = IsTag(tag, "time") || (attributes.ItemProp?.Contains("datePublished", StringComparison.OrdinalIgnoreCase) ?? false);

        if (mayBeByline)
        {
            bylineCandidates.Add(element);
        }

        if (mayBeTime)
        {
            timeCandidates.Add(element);
        }

    }

    /// <summary>Lazily, so that the walk ends where the reader stops.</summary>
    private IEnumerable<IElement> FindDateLines() => InDocumentOrder(scope).Where(MayHoldDateLine).Take(MaxDateLines);

    /// <summary>A <c>time</c> or <c>abbr</c> element, or one whose class, id or itemprop holds a date hint.</summary>
    private static bool MayHoldDateLine(IElement element)
    {
        var tag = element.LocalName;
        if (IsTag(tag, "time") || IsTag(tag, "abbr"))
        {
            return true;
        }

        var attributes = ElementAttributes.Of(element);
        return SuggestsDate(attributes.Class) || SuggestsDate(attributes.Id) || SuggestsDate(attributes.ItemProp);
    }

    private static bool SuggestsDate(string? value) => value is not null && value.AsSpan().IndexOfAny(DateHints) >= 0;

    private List<IElement> Matching(List<IElement> candidates, ISelector selector, int max)
    {
        var matches = new List<IElement>();
        foreach (var element in candidates)
        {
            if (matches.Count == max)
            {
                break;
            }

            if (selector.Match(element, scope))
            {
                matches.Add(element);
            }
        }

        return matches;
    }

    private static bool IsJsonLdType(string? type) => type is not null && type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a value holds a word every byline selector match holds in its itemprop, rel, class or id.</summary>
    private static bool MentionsByline(string? value) =>
        value is not null && (value.Contains("author", StringComparison.OrdinalIgnoreCase) || value.Contains("byline", StringComparison.OrdinalIgnoreCase));

    private static bool IsTag(string name, string tag) => string.Equals(name, tag, StringComparison.OrdinalIgnoreCase);

    private static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new InvalidOperationException($"AngleSharp cannot parse the selector {selector}.");
}
