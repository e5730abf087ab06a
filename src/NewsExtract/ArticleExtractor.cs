using System.Text;
using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsExtract.Cleaning;
using NewsExtract.Metadata;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Quotes;

namespace NewsExtract;

/// <summary>
/// Extracts articles from HTML or already-scraped plain text. Immutable and thread-safe: build one and reuse it for
/// every page. Extraction is pure CPU work with no I/O.
/// </summary>
/// <example>
/// <code>
/// Article article = ArticleExtractor.Default.Extract(html, new Uri(url));
/// Console.WriteLine(article.Title);
/// foreach (var paragraph in article.Paragraphs) Console.WriteLine(paragraph);
/// </code>
/// </example>
public sealed class ArticleExtractor
{
    /// <summary>The most bytes read from a stream: four bytes per character of <see cref="ExtractionOptions.MaxInputChars"/>.</summary>
    private const int BytesPerChar = 4;

    /// <summary>
    /// AngleSharp's default services less the two that act on a page while it is parsed and change nothing this
    /// library reads: the attribute observer (it builds link relations and image and frame loaders as attributes
    /// arrive, parsing their URLs) and the meta handler (it looks up the encoding a <c>&lt;meta charset&gt;</c>
    /// names, which means nothing for text already decoded). The tree, the attributes and the text are the same.
    /// </summary>
    private static readonly IConfiguration ParseConfiguration = Configuration.Default.Without<IAttributeObserver>().Without<IMetaHandler>();

    /// <summary>No scripting (the page is read as served), no source positions kept or tracked: nothing reads them.</summary>
    private static readonly HtmlParserOptions ParseOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
    };

    private readonly ExtractionPipeline pipeline;
    private readonly HtmlFrontEnd htmlFrontEnd = new();
    private readonly TextFrontEnd textFrontEnd = new();

    /// <summary>Creates an extractor with <see cref="ExtractionOptions.Default"/>.</summary>
    public ArticleExtractor()
        : this(ExtractionOptions.Default)
    {
    }

    /// <summary>Creates an extractor with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public ArticleExtractor(ExtractionOptions options)
        : this(options, BoilerplateClassifier.Default)
    {
    }

    internal ArticleExtractor(ExtractionOptions options, BoilerplateClassifier boilerplate)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        pipeline = new ExtractionPipeline(boilerplate, Lexicon.Default);
    }

    /// <summary>A shared extractor with the default options.</summary>
    public static ArticleExtractor Default { get; } = new();

    /// <summary>The stages after the front end; the benchmarks' stage profiler runs them one by one.</summary>
    internal ExtractionPipeline Pipeline => pipeline;

    /// <summary>The options this extractor was built with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Extracts the article of an HTML page.</summary>
    /// <param name="html">The page's markup. Malformed markup is read as a browser would read it.</param>
    /// <param name="url">The page's address, used to resolve relative links and as a date hint; optional.</param>
    /// <param name="cancellationToken">Cancels a long extraction.</param>
    /// <returns>The article; when none is found, an article with no paragraphs and <see cref="PageWarning.NoArticleFound"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Article Extract(string html, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var context = new ExtractionContext(Options, url, cancellationToken);
        html = Truncate(html, context);
        if (LooksBinary(html))
        {
            context.Warn(PageWarning.NotText);
            return ArticleAssembler.Assemble(context);
        }

        // Not disposed: parsed from a string with no loaders, the document holds nothing but memory, and disposing
        // it detaches every node one by one, work the collector does not need.
        var document = CreateParser().ParseDocument(html);

        // One walk over the tree makes the blocks and collects the elements the metadata is read from.
        var metadataElements = new MetadataElements(document);
        context.Document = document;
        context.MetadataElements = metadataElements;
        htmlFrontEnd.Read(document, context, metadataElements);

        // Only a page with <noscript> content may be read again: any other tree is released during the pipeline.
        var noscriptDocument = metadataElements.HasNoscript ? document : null;
        pipeline.Run(context);
        var article = ArticleAssembler.Assemble(context);
        if (article.Text.Length >= NoscriptFallbackChars || noscriptDocument is null)
        {
            return article;
        }

        // Some pages put the article in <noscript> for readers without scripts: read it once more with that content.
        var retry = new ExtractionContext(Options, url, cancellationToken) { Document = noscriptDocument };
        htmlFrontEnd.Read(noscriptDocument, retry, includeNoscript: true);
        pipeline.Run(retry);
        var fromNoscript = ArticleAssembler.Assemble(retry);
        return fromNoscript.Text.Length > article.Text.Length ? fromNoscript : article;
    }

    /// <summary>A body shorter than this sends the extractor back to read the page's &lt;noscript&gt; content.</summary>
    private const int NoscriptFallbackChars = 250;

    /// <summary>
    /// Extracts the article of an HTML page given as bytes, detecting the encoding: <paramref name="charset"/> when
    /// given (as from an HTTP header), else a byte-order mark, a <c>&lt;meta charset&gt;</c>, or detection.
    /// </summary>
    /// <param name="html">The page's bytes; read to the end (at most four bytes per allowed input character) but not closed.</param>
    /// <param name="url">The page's address; optional.</param>
    /// <param name="charset">The declared charset, such as <c>windows-1251</c>; optional.</param>
    /// <param name="cancellationToken">Cancels reading and extraction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public async Task<Article> ExtractAsync(Stream html, Uri? url = null, string? charset = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var limit = (long)Options.MaxInputChars * BytesPerChar;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await html.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0 && buffer.Length < limit)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, limit - buffer.Length));
        }

        return Extract(Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), charset), url, cancellationToken);
    }

    /// <summary>Decodes a page's bytes to text with the detection rules of <see cref="ExtractAsync(Stream, Uri?, string?, CancellationToken)"/>.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="charset">The declared charset; optional.</param>
    /// <returns>The page's text.</returns>
    public static string Decode(ReadOnlySpan<byte> html, string? charset = null)
    {
        var encoding = EncodingSniffer.Detect(html, charset);
        var text = encoding.GetString(html);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>
    /// Extracts the article of already-scraped plain text: one paragraph or line of page furniture per line, as text
    /// copied from a browser or a scraper's output reads.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="url">The page's address, if known.</param>
    /// <param name="cancellationToken">Cancels a long extraction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Article ExtractFromText(string text, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new ExtractionContext(Options, url, cancellationToken);
        text = Truncate(text, context);
        if (LooksBinary(text))
        {
            context.Warn(PageWarning.NotText);
            return ArticleAssembler.Assemble(context);
        }

        textFrontEnd.Read(text, context);
        pipeline.Run(context);
        return ArticleAssembler.Assemble(context);
    }

    /// <summary>The parser every extraction uses: one per page, as AngleSharp's parsers are not shared between threads.</summary>
    internal static HtmlParser CreateParser() => new(ParseOptions, BrowsingContext.New(ParseConfiguration));

    /// <summary>Whether the start of the input is mostly NUL, control or replacement characters: an image or archive, not a page.</summary>
    private static bool LooksBinary(string input)
    {
        var sample = input.AsSpan(0, Math.Min(input.Length, 4096));
        var debris = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                debris++;
            }
        }

        return sample.Length > 0 && debris > sample.Length / 10;
    }

    private string Truncate(string input, ExtractionContext context)
    {
        if (input.Length <= Options.MaxInputChars)
        {
            return input;
        }

        context.Warn(PageWarning.InputTruncated);
        return input[..Options.MaxInputChars];
    }
}
