using Polly.Timeout;

namespace NewsExtract.Fetching;

/// <summary>
/// Fetches news pages and extracts their articles, resiliently and politely: retries with backoff on transient
/// failures, timeouts, a circuit breaker and a rate limit per host, robots.txt obeyed, and limits on size, redirects,
/// content types and addresses (see <see cref="FetchOptions"/>). Thread-safe: build one and share it.
/// </summary>
/// <remarks>
/// Every expected failure is a <see cref="FetchException"/> with a <see cref="FetchFailureReason"/> and the URL;
/// cancelling the caller's token throws <see cref="OperationCanceledException"/>. The client follows redirects itself,
/// so an <see cref="HttpClient"/> you pass in should not (give it <see cref="CreateHandler"/>), or its redirects are
/// neither counted nor checked against robots.txt and the address rules.
/// </remarks>
/// <example>
/// <code>
/// await using var client = new ArticleClient(new FetchOptions { UserAgent = "MyNewsBot/1.0" });
/// Article article = await client.GetArticleAsync(new Uri("https://news.example/story"), cancellationToken);
/// </code>
/// </example>
public sealed class ArticleClient : IDisposable, IAsyncDisposable
{
    private readonly HttpClient? httpClient;
    private readonly bool ownsHttpClient;
    private readonly IHttpClientFactory? httpClientFactory;
    private readonly string? httpClientName;
    private readonly bool guardedByHandler;
    private readonly ArticleExtractor extractor;
    private readonly ResiliencePipelineFactory pipelines;
    private readonly AddressGuard guard;
    private readonly RequestSender sender;
    private readonly PageReader pages;
    private readonly RobotsPolicy robots;
    private readonly FetchTelemetry telemetry;
    private int disposed;

    /// <summary>Creates a client with its own <see cref="HttpClient"/>, which it disposes with itself.</summary>
    /// <param name="options">The settings; <see cref="FetchOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="extractor">The extractor for <see cref="GetArticleAsync"/>; <see cref="ArticleExtractor.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public ArticleClient(FetchOptions? options = null, ArticleExtractor? extractor = null)
        : this(options ?? FetchOptions.Default, extractor, null, null, null)
    {
    }

    /// <summary>Creates a client on the caller's <see cref="HttpClient"/>, which it uses for every request and never disposes.</summary>
    /// <param name="httpClient">The client; ideally built on <see cref="CreateHandler"/>.</param>
    /// <param name="options">The settings; <see cref="FetchOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="extractor">The extractor for <see cref="GetArticleAsync"/>; <see cref="ArticleExtractor.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public ArticleClient(HttpClient httpClient, FetchOptions? options = null, ArticleExtractor? extractor = null)
        : this(options ?? FetchOptions.Default, extractor, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), null, null)
    {
    }

    /// <summary>Creates a client that takes a named client from an <see cref="IHttpClientFactory"/> for each fetch.</summary>
    /// <param name="httpClientFactory">The factory; configure the named client's primary handler with <see cref="CreateHandler"/>.</param>
    /// <param name="httpClientName">The name of the client to create.</param>
    /// <param name="options">The settings; <see cref="FetchOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="extractor">The extractor for <see cref="GetArticleAsync"/>; <see cref="ArticleExtractor.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClientFactory"/> or <paramref name="httpClientName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public ArticleClient(IHttpClientFactory httpClientFactory, string httpClientName, FetchOptions? options = null, ArticleExtractor? extractor = null)
        : this(
            options ?? FetchOptions.Default,
            extractor,
            null,
            httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory)),
            httpClientName ?? throw new ArgumentNullException(nameof(httpClientName)))
    {
    }

    private ArticleClient(FetchOptions options, ArticleExtractor? extractor, HttpClient? httpClient, IHttpClientFactory? httpClientFactory, string? httpClientName)
    {
        options.Validate();
        Options = options;
        this.extractor = extractor ?? ArticleExtractor.Default;
        this.httpClientFactory = httpClientFactory;
        this.httpClientName = httpClientName;
        if (httpClient is null && httpClientFactory is null)
        {
            // Our own timeouts govern; HttpClient's default of 100 s would cut an attempt the options allow.
            httpClient = new HttpClient(HttpHandlerFactory.Create(options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            ownsHttpClient = true;
            guardedByHandler = true;
        }

        this.httpClient = httpClient;
        pipelines = new ResiliencePipelineFactory(options);
        guard = AddressGuard.For(options);
        pages = new PageReader(options);
        sender = new RequestSender(options, pipelines, pages);
        robots = new RobotsPolicy(options, pipelines, sender, CheckAddressAsync);
        telemetry = new FetchTelemetry(options);
    }

    /// <summary>The settings this client was built with.</summary>
    public FetchOptions Options { get; }

    /// <summary>
    /// Creates the handler this client uses when it makes its own <see cref="HttpClient"/>: no automatic redirects (the
    /// client follows them itself, checking each), no automatic decompression (the client decompresses within its
    /// size limits), no cookies shared between requests, pooled connections renewed every few minutes, and, with
    /// <see cref="LimitOptions.BlockPrivateAddresses"/>, the address check after DNS resolution. Use it as the primary
    /// handler of an <see cref="IHttpClientFactory"/> client.
    /// </summary>
    /// <param name="options">The settings; <see cref="FetchOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>A new handler, owned by the caller.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public static SocketsHttpHandler CreateHandler(FetchOptions? options = null)
    {
        options ??= FetchOptions.Default;
        options.Validate();
        return HttpHandlerFactory.Create(options);
    }

    /// <summary>Fetches a page and extracts its article (from plain text when the page is <c>text/plain</c>).</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="cancellationToken">Cancels the fetch and the extraction.</param>
    /// <returns>The article; its <see cref="Article.Url"/> is based on the address after redirects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http or https URL.</exception>
    /// <exception cref="FetchException">The page could not be fetched; see <see cref="FetchException.Reason"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public async Task<Article> GetArticleAsync(Uri url, CancellationToken cancellationToken = default)
    {
        CheckUrl(url);
        using var watch = telemetry.Start(url);
        var page = await FetchWatchedAsync(url, watch, cancellationToken).ConfigureAwait(false);
        var article = extractor.Extract(page.Content, page.Format, page.Url, cancellationToken);
        watch.Extracted(article);
        return article;
    }

    /// <summary>Fetches a page: follows redirects, decompresses and decodes it, within the limits of <see cref="Options"/>.</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The decoded page with its final URL, status and headers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http or https URL.</exception>
    /// <exception cref="FetchException">The page could not be fetched; see <see cref="FetchException.Reason"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        CheckUrl(url);
        using var watch = telemetry.Start(url);
        return await FetchWatchedAsync(url, watch, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{url}' is not an absolute http or https URL.", nameof(url));
        }
    }

    /// <summary>Fetches a page, reporting it to the telemetry as fetched or failed.</summary>
    private async Task<FetchedPage> FetchWatchedAsync(Uri url, FetchTelemetry.PageWatch watch, CancellationToken cancellationToken)
    {
        try
        {
            var page = await FetchPageAsync(url, cancellationToken).ConfigureAwait(false);
            watch.Fetched(page);
            return page;
        }
        catch (FetchException failure)
        {
            watch.Failed(failure);
            throw;
        }
    }

    private Task<FetchedPage> FetchPageAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, RequestKind.Page, static (reader, response, requested, url, redirects, token) => reader.ReadAsync(response, requested, url, redirects, token), cancellationToken);

    /// <summary>
    /// Fetches a resource a crawl reads besides pages (a sitemap, a feed, a gzipped file) as bytes, whatever its media
    /// type: with the same robots.txt rules, per-host delay, resilience, redirects and size limits as pages. A
    /// <c>Content-Encoding</c> is undone; a file that is compressed itself (<c>sitemap.xml.gz</c>) stays as it is.
    /// </summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The resource's bytes, its media type and its final URL.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http or https URL.</exception>
    /// <exception cref="FetchException">The resource could not be fetched; see <see cref="FetchException.Reason"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public Task<FetchedResource> FetchResourceAsync(Uri url, CancellationToken cancellationToken = default)
    {
        CheckUrl(url);
        return FetchAsync(url, RequestKind.Resource, static (_, response, requested, url, _, token) => FetchedResource.FromAsync(response, requested, url, token), cancellationToken);
    }

    /// <summary>Disposes the client's own <see cref="HttpClient"/> (not one passed in) and stops robots.txt downloads under way.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        robots.Dispose();
        if (ownsHttpClient)
        {
            httpClient!.Dispose();
        }
    }

    /// <summary>Disposes the client, as <see cref="Dispose"/> does.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> FetchAsync<T>(Uri url, RequestKind kind, Func<PageReader, HttpResponseMessage, Uri, Uri, int, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{url}' is not an absolute http or https URL.", nameof(url));
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);

        // A factory's clients are light views over handlers it pools and renews, meant to be taken per operation.
        var http = httpClientFactory?.CreateClient(httpClientName!) ?? httpClient!;
        try
        {
            return await pipelines.Total.ExecuteAsync(
                static (state, token) => new ValueTask<T>(state.Client.FetchCoreAsync(state.Http, state.Url, state.Kind, state.Read, token)),
                (Client: this, Http: http, Url: url, Kind: kind, Read: read),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new FetchException(FetchFailureReason.Timeout, url, $"not fetched within the total timeout of {DurationText.Describe(Options.Timeouts.Total)}", exception);
        }
    }

    private async Task<T> FetchCoreAsync<T>(HttpClient http, Uri requested, RequestKind kind, Func<PageReader, HttpResponseMessage, Uri, Uri, int, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var url = requested;
        for (var redirects = 0; ; redirects++)
        {
            // Every hop is checked afresh: a redirect may lead to another host, with its own robots.txt and address.
            await CheckAddressAsync(url, cancellationToken).ConfigureAwait(false);
            if (Options.Robots.Obey)
            {
                await robots.CheckAsync(http, url, cancellationToken).ConfigureAwait(false);
            }

            var (response, attempts) = await sender.SendAsync(http, url, kind, cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (Redirects.IsRedirect(response.StatusCode))
                {
                    var next = Redirects.Target(response, url);
                    if (redirects >= Options.Limits.MaxRedirects)
                    {
                        throw new FetchException(FetchFailureReason.TooManyRedirects, requested, $"more than {Options.Limits.MaxRedirects} redirects; the last, from {url} to {next}, was not followed", statusCode: response.StatusCode);
                    }

                    url = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw sender.StatusFailure(response, url, attempts);
                }

                return await read(pages, response, requested, url, redirects, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask CheckAddressAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!Options.Limits.BlockPrivateAddresses)
        {
            return;
        }

        guard.CheckLiteral(url);
        if (!guardedByHandler)
        {
            await guard.CheckResolvedAsync(url, cancellationToken).ConfigureAwait(false);
        }
    }
}
