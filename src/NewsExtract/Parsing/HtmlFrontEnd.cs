using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsExtract.Pipeline;

namespace NewsExtract.Parsing;

/// <summary>
/// The first stage of the HTML pipeline: parses the page with AngleSharp and walks the tree once (see
/// <see cref="HtmlWalker"/>), making the blocks and containers of the body while an observer (the metadata
/// collector) sees every element. Hands on the tree as <see cref="HtmlPage"/>, and as <see cref="NoscriptPage"/> when
/// the page has <c>&lt;noscript&gt;</c> content a second reading might need.
/// </summary>
internal sealed class HtmlFrontEnd : IExtractionStage
{
    /// <summary>
    /// AngleSharp's default services less the two that act on a page while it is parsed and change nothing this
    /// library reads: the attribute observer (it builds link relations and image and frame loaders as attributes
    /// arrive, parsing their URLs) and the meta handler (it looks up the encoding a <c>&lt;meta charset&gt;</c>
    /// names, which means nothing for text already decoded). The tree, the attributes and the text are the same.
    /// </summary>
    private static readonly IConfiguration ParseConfiguration = Configuration.Default.Without<IAttributeObserver>().Without<IMetaHandler>();

    /// <summary>
    /// No scripting (the page is read as served), no source positions kept or tracked, and comments made without
    /// their text (the nodes stay, so the tree is the same): nothing reads them.
    /// </summary>
    private static readonly HtmlParserOptions ParseOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
    };

    private readonly int maxBlocks;
    private readonly int maxTreeDepth = ExtractionOptions.Default.MaxTreeDepth;
    private readonly int maxElements = ExtractionOptions.Default.MaxElements;
    private readonly ElementObserverFactory? observe;
    private readonly bool readNoscript;

    /// <param name="maxBlocks">The most blocks read from one page.</param>
    /// <param name="observe">Makes the observer that rides along the walk and hands it to the later stages; with it the walk sees every element of the document.</param>
    /// <param name="readNoscript">
    /// Whether this is the second reading of a page whose first found too little: the tree the first reading left as
    /// <see cref="NoscriptPage"/> is walked again, <c>&lt;noscript&gt;</c> content included, instead of parsing the input.
    /// </param>
    public HtmlFrontEnd(int maxBlocks, ElementObserverFactory? observe = null, bool readNoscript = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBlocks, 1);
        this.maxBlocks = maxBlocks;
        this.observe = observe;
        this.readNoscript = readNoscript;
    }

    /// <param name="bounds">The options whose bounds the page's markup is held to (<see cref="ExtractionOptions.MaxBlocks"/>, <see cref="ExtractionOptions.MaxTreeDepth"/>, <see cref="ExtractionOptions.MaxElements"/>).</param>
    /// <param name="observe">As in the other constructor.</param>
    /// <param name="readNoscript">As in the other constructor.</param>
    public HtmlFrontEnd(ExtractionOptions bounds, ElementObserverFactory? observe = null, bool readNoscript = false)
        : this(bounds.MaxBlocks, observe, readNoscript)
    {
        maxTreeDepth = bounds.MaxTreeDepth;
        maxElements = bounds.MaxElements;
    }

    /// <summary>The parser every extraction uses: one per page, as AngleSharp's parsers are not shared between threads.</summary>
    public static HtmlParser CreateParser() => new(ParseOptions, BrowsingContext.New(ParseConfiguration));

    /// <summary>
    /// The same parser with its own depth bound at twice the pre-scan's: where the pre-scan's model of the tree builder
    /// falls short, AngleSharp attaches what lies deeper as siblings, so the tree never nests further than that.
    /// </summary>
    /// <param name="maxTreeDepth">The pre-scan's depth bound.</param>
    /// <param name="keepRawText">
    /// Whether to keep the text of raw-text elements; without it <c>style</c>, <c>iframe</c> and the like are left
    /// empty (a page's style sheets are much of its text, and nothing reads them). Scripts keep their text.
    /// </param>
    public static HtmlParser CreateParser(int maxTreeDepth, bool keepRawText = true) =>
        new(ParseOptions with { MaximumDepth = 2 * maxTreeDepth, SkipRawText = !keepRawText }, BrowsingContext.New(ParseConfiguration));

    public void Run(ExtractionContext context)
    {
        // Not disposed: parsed from a string with no loaders, the document holds nothing but memory, and disposing
        // it detaches every node one by one, work the collector does not need.
        var document = readNoscript ? context.Require<NoscriptPage>().Document : Parse(context);
        context.Set(new HtmlPage(document));
        var sawNoscript = Read(document, context, observe?.Invoke(document, context), includeNoscript: readNoscript);

        // Only a page with <noscript> content may be read again: any other tree is released during the pipeline.
        if (sawNoscript && !readNoscript)
        {
            context.Set(new NoscriptPage(document));
        }
    }

    /// <summary>
    /// Parses the page's markup held to the depth and element bounds (see <see cref="MarkupLimiter"/>). Raw text is
    /// kept only where the walk reads it as content (<c>xmp</c>, <c>noembed</c>, <c>noframes</c>).
    /// </summary>
    private IHtmlDocument Parse(ExtractionContext context)
    {
        var limited = MarkupLimiter.Limit(context.Input, maxTreeDepth, maxElements, context.CancellationToken);
        if (limited.DepthLimited)
        {
            context.Warn(PageWarning.TreeDepthLimited);
        }

        if (limited.ElementsLimited)
        {
            context.Warn(PageWarning.ElementsLimited);
        }

        return CreateParser(maxTreeDepth, keepRawText: limited.HasShownRawText).ParseDocument(limited.Html);
    }

    /// <summary>Walks the document into blocks and containers on the context.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="context">Receives the blocks and containers.</param>
    /// <param name="observer">Sees every element of the document in the same walk, or <see langword="null"/>.</param>
    /// <param name="includeNoscript">Whether to read <c>&lt;noscript&gt;</c> content, which is skipped unless the page shows no article without it.</param>
    /// <returns>Whether the walk saw a <c>&lt;noscript&gt;</c> element (anywhere in the document when there is an observer).</returns>
    public bool Read(IHtmlDocument document, ExtractionContext context, IElementObserver? observer = null, bool includeNoscript = false)
    {
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return false;
        }

        var walker = new HtmlWalker(context, maxBlocks, includeNoscript, observer);

        // With an observer the walk starts at the document element, so that the head is seen too; blocks come from the body only.
        walker.Walk(observer is not null && document.DocumentElement is { } start ? start : root, root);
        return walker.SawNoscript;
    }
}
