using System.Text;
using NewsExtract.Cleaning;
using NewsExtract.Content;
using NewsExtract.Explanations;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;

namespace NewsExtract;

/// <summary>
/// Extracts articles from HTML or already-scraped plain text. Immutable and thread-safe: build one and reuse it for
/// every page. Extraction is pure CPU work with no I/O.
/// </summary>
/// <remarks>
/// The extractor guards the input (length, binary data), runs the pipeline for its format (see
/// <see cref="ArticleExtractorBuilder"/> for the stages) and freezes the result into an <see cref="Article"/>.
/// </remarks>
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

    /// <summary>A body shorter than this sends the extractor back to read the page's &lt;noscript&gt; content.</summary>
    private const int NoscriptFallbackChars = 250;

    /// <summary>The boilerplate lists the extractor was built with: an explanation names the entry that matched.</summary>
    private readonly BoilerplateClassifier boilerplate;

    /// <summary>Times <see cref="ExtractionOptions.MaxExtractionTime"/>.</summary>
    private readonly TimeProvider timeProvider;

    /// <summary>Creates an extractor with <see cref="ExtractionOptions.Default"/>.</summary>
    public ArticleExtractor()
        : this(ExtractionOptions.Default)
    {
    }

    /// <summary>Creates an extractor with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public ArticleExtractor(ExtractionOptions options)
        : this(options, BoilerplateClassifier.Default, TimeProvider.System)
    {
    }

    internal ArticleExtractor(ExtractionOptions options, BoilerplateClassifier boilerplate, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        this.boilerplate = boilerplate;
        this.timeProvider = timeProvider;
        Pipelines = ArticleExtractorBuilder.BuildPipelines(options, boilerplate);
    }

    /// <summary>A shared extractor with the default options.</summary>
    public static ArticleExtractor Default { get; } = new();

    /// <summary>The options this extractor was built with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>The pipelines this extractor runs; the benchmarks' stage profiler runs their stages one by one.</summary>
    internal ExtractionPipelines Pipelines { get; }

    /// <summary>Extracts the article of an HTML page.</summary>
    /// <param name="html">The page's markup. Malformed markup is read as a browser would read it.</param>
    /// <param name="url">The page's address, used to resolve relative links and as a date hint; optional.</param>
    /// <param name="cancellationToken">Cancels a long extraction.</param>
    /// <returns>The article; when none is found, an article with no paragraphs and <see cref="PageWarning.NoArticleFound"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ExtractionTimeoutException">The extraction ran past <see cref="ExtractionOptions.MaxExtractionTime"/>.</exception>
    public Article Extract(string html, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Run(Pipelines.Html, html, url, cancellationToken);
    }

    /// <summary>
    /// Extracts the article of already-scraped plain text: one paragraph or line of page furniture per line, as text
    /// copied from a browser or a scraper's output reads.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="url">The page's address, if known.</param>
    /// <param name="cancellationToken">Cancels a long extraction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ExtractionTimeoutException">The extraction ran past <see cref="ExtractionOptions.MaxExtractionTime"/>.</exception>
    public Article ExtractFromText(string text, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(Pipelines.Text, text, url, cancellationToken);
    }

    /// <summary>
    /// Extracts the article of a page in the given format: <see cref="Extract(string, Uri?, CancellationToken)"/> for
    /// HTML, <see cref="ExtractFromText"/> for plain text. For callers that learn the format with the page, as from
    /// a response's media type.
    /// </summary>
    /// <param name="content">The page's markup or text.</param>
    /// <param name="format">Whether <paramref name="content"/> is HTML or plain text.</param>
    /// <param name="url">The page's address, if known.</param>
    /// <param name="cancellationToken">Cancels a long extraction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ExtractionTimeoutException">The extraction ran past <see cref="ExtractionOptions.MaxExtractionTime"/>.</exception>
    public Article Extract(string content, PageFormat format, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var pipeline = format switch
        {
            PageFormat.Html => Pipelines.Html,
            PageFormat.PlainText => Pipelines.Text,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown page format."),
        };
        return Run(pipeline, content, url, cancellationToken);
    }

    /// <summary>
    /// Extracts the article of an HTML page and explains it: every block of the page in reading order with what
    /// became of it (kept; boilerplate, with the rule; a duplicate, with the block it merged into and how alike they
    /// were; furniture; outside the article's region), and the region's score beside its runners-up.
    /// <see cref="Output.ExplanationHtml"/> renders the explanation as a page.
    /// </summary>
    /// <remarks>
    /// Explaining collects what an ordinary extraction does not keep, so it is slower: use it to look at a page, and
    /// <see cref="Extract(string, Uri?, CancellationToken)"/> to extract pages.
    /// </remarks>
    /// <param name="html">The page's markup.</param>
    /// <param name="url">The page's address; optional.</param>
    /// <param name="cancellationToken">Cancels a long extraction.</param>
    /// <returns>The explanation, whose <see cref="ExtractionExplanation.Article"/> is the article <c>Extract</c> returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ExtractionTimeoutException">The extraction ran past <see cref="ExtractionOptions.MaxExtractionTime"/>.</exception>
    public ExtractionExplanation Explain(string html, Uri? url = null, CancellationToken cancellationToken = default) =>
        Explain(html, PageFormat.Html, url, cancellationToken);

    /// <summary>Explains the extraction of a page in the given format, as <see cref="Explain(string, Uri?, CancellationToken)"/> does for HTML.</summary>
    /// <param name="content">The page's markup or text.</param>
    /// <param name="format">Whether <paramref name="content"/> is HTML or plain text.</param>
    /// <param name="url">The page's address; optional.</param>
    /// <param name="cancellationToken">Cancels a long extraction.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ExtractionTimeoutException">The extraction ran past <see cref="ExtractionOptions.MaxExtractionTime"/>.</exception>
    public ExtractionExplanation Explain(string content, PageFormat format, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var pipeline = format switch
        {
            PageFormat.Html => Pipelines.Html,
            PageFormat.PlainText => Pipelines.Text,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown page format."),
        };
        var extraction = Run(pipeline, content, url, explaining: true, cancellationToken);
        return ExplanationBuilder.Build(extraction.Context, extraction.Article, format, boilerplate);
    }

    /// <summary>
    /// Extracts the article of an HTML page given as bytes, detecting the encoding: <paramref name="charset"/> when
    /// given (as from an HTTP header), else a byte-order mark, a <c>&lt;meta charset&gt;</c>, or detection.
    /// </summary>
    /// <param name="html">The page's bytes; read to the end (at most four bytes per allowed input character) but not closed.</param>
    /// <param name="url">The page's address; optional.</param>
    /// <param name="charset">The declared charset, such as <c>windows-1251</c>; optional.</param>
    /// <param name="cancellationToken">Cancels reading and extraction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ExtractionTimeoutException">The extraction ran past <see cref="ExtractionOptions.MaxExtractionTime"/>.</exception>
    public async Task<Article> ExtractAsync(Stream html, Uri? url = null, string? charset = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(await ReadAsync(html, charset, cancellationToken).ConfigureAwait(false), url, cancellationToken);
    }

    /// <summary>
    /// Reads a page's bytes through the input bound and decodes them as <see cref="Decode(ReadOnlySpan{byte}, string?)"/>
    /// does: at most four bytes per character of <see cref="ExtractionOptions.MaxInputChars"/> are read, and one
    /// character more than that bound is decoded (so that extraction still reports <see cref="PageWarning.InputTruncated"/>).
    /// Memory stays bounded however long the stream.
    /// </summary>
    /// <param name="input">The page's bytes; read up to the bound, not closed.</param>
    /// <param name="charset">The declared charset; optional.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The page's text, at most one character longer than <see cref="ExtractionOptions.MaxInputChars"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public async Task<string> ReadAsync(Stream input, string? charset = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var limit = MaxInputBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, limit - buffer.Length));
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), charset);
    }

    /// <summary>
    /// Decodes a page's bytes already in memory through the input bound, as <see cref="ReadAsync"/> does for a stream:
    /// at most four bytes per character of <see cref="ExtractionOptions.MaxInputChars"/> are looked at, and at most one
    /// character more than that bound is decoded. A page of any size costs no more memory than the bound.
    /// </summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="charset">The declared charset; optional.</param>
    /// <returns>The page's text, at most one character longer than <see cref="ExtractionOptions.MaxInputChars"/>.</returns>
    public string Read(ReadOnlySpan<byte> html, string? charset = null)
    {
        var bytes = html[..(int)Math.Min(html.Length, MaxInputBytes)];
        var encoding = EncodingSniffer.Detect(bytes, charset);
        var maxChars = encoding.GetMaxCharCount(bytes.Length);
        if (maxChars <= Options.MaxInputChars + 2L)
        {
            // All of it fits under the bound (every page but a huge one): decoded straight into the string, without a
            // buffer twice the page's size first.
            var text = encoding.GetString(bytes);
            var skip = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var kept = Math.Min(text.Length - skip, Options.MaxInputChars + 1);
            return skip == 0 && kept == text.Length ? text : text.Substring(skip, kept);
        }

        var chars = new char[Options.MaxInputChars + 2L];
        encoding.GetDecoder().Convert(bytes, chars, flush: true, out _, out var length, out _);
        var start = length > 0 && chars[0] == '\uFEFF' ? 1 : 0;
        return new string(chars, start, Math.Min(length - start, Options.MaxInputChars + 1));
    }

    /// <summary>The most bytes of a page looked at: <see cref="BytesPerChar"/> per character of <see cref="ExtractionOptions.MaxInputChars"/>.</summary>
    private long MaxInputBytes => (long)Options.MaxInputChars * BytesPerChar;

    /// <summary>Decodes a page's bytes to text with the detection rules of <see cref="ExtractAsync(Stream, Uri?, string?, CancellationToken)"/>.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="charset">The declared charset; optional.</param>
    /// <returns>The page's text.</returns>
    public static string Decode(ReadOnlySpan<byte> html, string? charset = null) => Decode(html, charset, out _);

    /// <summary>
    /// Decodes a page's bytes to text as <see cref="Decode(ReadOnlySpan{byte}, string?)"/> does, and says which
    /// encoding it read them with: <paramref name="charset"/> when it names one, else a byte-order mark, a
    /// <c>&lt;meta charset&gt;</c>, detection, or UTF-8, in that order.
    /// </summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="charset">The declared charset, such as an HTTP header's; optional.</param>
    /// <param name="encoding">The encoding the text was read with.</param>
    /// <returns>The page's text, without a byte-order mark.</returns>
    public static string Decode(ReadOnlySpan<byte> html, string? charset, out Encoding encoding)
    {
        encoding = EncodingSniffer.Detect(html, charset);
        var text = encoding.GetString(html);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private Article Run(ExtractionPipeline pipeline, string input, Uri? url, CancellationToken cancellationToken) =>
        Run(pipeline, input, url, explaining: false, cancellationToken).Article;

    /// <summary>Runs <see cref="RunWithin"/> within the time budget: its expiry cancels the token the stages look at.</summary>
    private Extraction Run(ExtractionPipeline pipeline, string input, Uri? url, bool explaining, CancellationToken cancellationToken)
    {
        if (Options.MaxExtractionTime == Timeout.InfiniteTimeSpan)
        {
            return RunWithin(pipeline, input, url, explaining, cancellationToken);
        }

        using var budget = new CancellationTokenSource(Options.MaxExtractionTime, timeProvider);
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token) : null;
        try
        {
            return RunWithin(pipeline, input, url, explaining, linked?.Token ?? budget.Token);
        }
        catch (OperationCanceledException cancelled) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ExtractionTimeoutException(Options.MaxExtractionTime, cancelled);
        }
        catch (OperationCanceledException cancelled) when (cancelled.CancellationToken != cancellationToken)
        {
            // The caller's cancellation came through the linked token: the caller is told of its own token.
            throw new OperationCanceledException(cancelled.Message, cancelled, cancellationToken);
        }
    }

    /// <summary>Guards the input, runs the pipeline over it and assembles the article.</summary>
    private Extraction RunWithin(ExtractionPipeline pipeline, string input, Uri? url, bool explaining, CancellationToken cancellationToken)
    {
        var truncated = input.Length > Options.MaxInputChars;
        if (truncated)
        {
            input = input[..Options.MaxInputChars];
        }

        // NUL characters are no text (HTML's parser drops them too): a page sprinkled with them is read without them.
        if (input.Contains('\0'))
        {
            input = input.Replace("\0", string.Empty, StringComparison.Ordinal);
        }

        var context = NewContext(input, url, explaining, cancellationToken);
        if (truncated)
        {
            context.Warn(PageWarning.InputTruncated);
        }

        if (LooksBinary(context.Input))
        {
            context.Warn(PageWarning.NotText);
            return new Extraction(ArticleAssembler.Assemble(context), context);
        }

        pipeline.Run(context);
        var article = ArticleAssembler.Assemble(context);
        if (article.Text.Length >= NoscriptFallbackChars || context.Find<NoscriptPage>() is not { } noscript)
        {
            return new Extraction(article, context);
        }

        // Some pages put the article in <noscript> for readers without scripts: read it once more with that content.
        var retry = NewContext(context.Input, url, explaining, cancellationToken);
        retry.Set(noscript);
        Pipelines.NoscriptRetry.Run(retry);
        var fromNoscript = ArticleAssembler.Assemble(retry);
        return fromNoscript.Text.Length > article.Text.Length
            ? new Extraction(fromNoscript with { Diagnostics = fromNoscript.Diagnostics with { BodySource = BodySource.Noscript } }, retry)
            : new Extraction(article, context);
    }

    /// <summary>A context for one run; an explained one carries the recorders the stages hand what they weighed to.</summary>
    private static ExtractionContext NewContext(string input, Uri? url, bool explaining, CancellationToken cancellationToken)
    {
        var context = new ExtractionContext(input, url, cancellationToken);
        if (explaining)
        {
            context.Set(new RegionChoiceRecorder());
        }

        return context;
    }

    /// <summary>An article and the state its extraction ended in, which an explanation reads.</summary>
    private readonly record struct Extraction(Article Article, ExtractionContext Context);

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
}
