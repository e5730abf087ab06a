using System.Globalization;
using System.Net;
using System.Text;
using NewsExtract.Parsing;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
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
    /// <summary>RFC 9309 asks crawlers to follow at least five redirects for robots.txt.</summary>
    private const int MaxRobotsRedirects = 5;

    /// <summary>RFC 9309 asks crawlers to parse at least 500 KiB of robots.txt; the rest is ignored.</summary>
    private const int MaxRobotsBytes = 512 * 1024;

    private readonly HttpClient? httpClient;
    private readonly bool ownsHttpClient;
    private readonly IHttpClientFactory? httpClientFactory;
    private readonly string? httpClientName;
    private readonly bool guardedByHandler;
    private readonly ArticleExtractor extractor;
    private readonly ResiliencePipelineFactory pipelines;
    private readonly RobotsCache robots;
    private readonly AddressGuard guard;
    private readonly string accept;
    private readonly CancellationTokenSource lifetime = new();
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
            httpClient = new HttpClient(CreateHandlerCore(options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            ownsHttpClient = true;
            guardedByHandler = true;
        }

        this.httpClient = httpClient;
        pipelines = new ResiliencePipelineFactory(options);
        guard = AddressGuard.For(options);
        robots = new RobotsCache(options.TimeProvider, DownloadRobots);
        accept = options.AllowPlainText ? "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8" : "text/html, application/xhtml+xml;q=0.9";
    }

    private enum RequestKind
    {
        Page,
        Robots,
    }

    /// <summary>The settings this client was built with.</summary>
    public FetchOptions Options { get; }

    /// <summary>
    /// Creates the handler this client uses when it makes its own <see cref="HttpClient"/>: no automatic redirects (the
    /// client follows them itself, checking each), no automatic decompression (the client decompresses within its
    /// size limits), no cookies shared between requests, pooled connections renewed every few minutes, and, with
    /// <see cref="FetchOptions.BlockPrivateAddresses"/>, the address check after DNS resolution. Use it as the primary
    /// handler of an <see cref="IHttpClientFactory"/> client.
    /// </summary>
    /// <param name="options">The settings; <see cref="FetchOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>A new handler, owned by the caller.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public static SocketsHttpHandler CreateHandler(FetchOptions? options = null)
    {
        options ??= FetchOptions.Default;
        options.Validate();
        return CreateHandlerCore(options);
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
        var page = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        return page.IsPlainText
            ? extractor.ExtractFromText(page.Content, page.Url, cancellationToken)
            : extractor.Extract(page.Content, page.Url, cancellationToken);
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
                static (state, token) => new ValueTask<FetchedPage>(state.Client.FetchCoreAsync(state.Http, state.Url, token)),
                (Client: this, Http: http, Url: url),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new FetchException(FetchFailureReason.Timeout, url, $"not fetched within the total timeout of {Describe(Options.TotalTimeout)}", exception);
        }
    }

    /// <summary>Disposes the client's own <see cref="HttpClient"/> (not one passed in) and stops robots.txt downloads under way.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        lifetime.Cancel();
        lifetime.Dispose();
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

    internal static string Describe(TimeSpan time) => time == Timeout.InfiniteTimeSpan
        ? "no limit"
        : time >= TimeSpan.FromSeconds(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.###} s")
            : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0.###} ms");

    private static SocketsHttpHandler CreateHandlerCore(FetchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,

            // One shared client serves many callers: one site's cookies must not ride along on another caller's request.
            UseCookies = false,

            // A client that lives for the whole process still notices DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (options.BlockPrivateAddresses)
        {
            handler.ConnectCallback = AddressGuard.For(options).ConnectAsync;

            // A proxy would connect on our behalf to wherever the name leads, past the check.
            handler.UseProxy = false;
        }

        return handler;
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private static Uri RedirectTarget(HttpResponseMessage response, Uri url)
    {
        if (response.Headers.Location is not { } location)
        {
            throw new FetchException(FetchFailureReason.InvalidResponse, url, $"the server redirected ({(int)response.StatusCode}) without a Location", statusCode: response.StatusCode);
        }

        var target = location.IsAbsoluteUri ? location : new Uri(url, location);
        return target.Scheme is "http" or "https"
            ? target
            : throw new FetchException(FetchFailureReason.InvalidResponse, url, $"the server redirected to {target}, which is not an http or https URL", statusCode: response.StatusCode);
    }

    private static string MediaTypeOf(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "text/html";

    private async Task<FetchedPage> FetchCoreAsync(HttpClient http, Uri requested, CancellationToken cancellationToken)
    {
        var url = requested;
        for (var redirects = 0; ; redirects++)
        {
            // Every hop is checked afresh: a redirect may lead to another host, with its own robots.txt and address.
            await CheckAddressAsync(url, cancellationToken).ConfigureAwait(false);
            if (Options.ObeyRobotsTxt)
            {
                await CheckRobotsAsync(http, url, cancellationToken).ConfigureAwait(false);
            }

            var (response, attempts) = await SendAsync(http, url, RequestKind.Page, cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (IsRedirect(response.StatusCode))
                {
                    var next = RedirectTarget(response, url);
                    if (redirects >= Options.MaxRedirects)
                    {
                        throw new FetchException(FetchFailureReason.TooManyRedirects, requested, $"more than {Options.MaxRedirects} redirects; the last, from {url} to {next}, was not followed", statusCode: response.StatusCode);
                    }

                    url = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw StatusFailure(response, url, attempts);
                }

                return await ToPageAsync(response, requested, url, redirects, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask CheckAddressAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!Options.BlockPrivateAddresses)
        {
            return;
        }

        guard.CheckLiteral(url);
        if (!guardedByHandler)
        {
            await guard.CheckResolvedAsync(url, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CheckRobotsAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        var rules = await robots.GetAsync(url, http, cancellationToken).ConfigureAwait(false);
        if (rules.CrawlDelay is { } crawlDelay)
        {
            pipelines.For(url).Limiter.EnsureInterval(crawlDelay < Options.MaxCrawlDelay ? crawlDelay : Options.MaxCrawlDelay);
        }

        if (!rules.IsAllowed(url))
        {
            var why = rules.UnreachableStatus is { } status
                ? $"robots.txt of {url.Authority} answered {(int)status}, and RFC 9309 reads a robots.txt the server fails to serve as disallowing everything"
                : $"robots.txt of {url.Authority} disallows this page for {Options.ProductToken}";
            throw new FetchException(FetchFailureReason.DisallowedByRobots, url, why, statusCode: rules.UnreachableStatus);
        }
    }

    /// <summary>Starts the one download of a host's robots.txt that all its waiting requests share.</summary>
    private Task<RobotsTxt> DownloadRobots(Uri robotsUrl, HttpClient http)
    {
        var token = lifetime.Token;
        return Task.Run(
            async () =>
            {
                try
                {
                    return await pipelines.Total.ExecuteAsync(
                        static (state, t) => new ValueTask<RobotsTxt>(state.Client.ReadRobotsAsync(state.Http, state.Url, t)),
                        (Client: this, Http: http, Url: robotsUrl),
                        token).ConfigureAwait(false);
                }
                catch (TimeoutRejectedException exception)
                {
                    throw new FetchException(FetchFailureReason.Timeout, robotsUrl, $"robots.txt could not be fetched within the total timeout of {Describe(Options.TotalTimeout)}", exception);
                }
                catch (FetchException exception)
                {
                    throw new FetchException(exception.Reason, exception.Url, $"robots.txt could not be fetched: {exception.Message}", exception, exception.StatusCode);
                }
            },
            CancellationToken.None);
    }

    private async Task<RobotsTxt> ReadRobotsAsync(HttpClient http, Uri robotsUrl, CancellationToken cancellationToken)
    {
        var url = robotsUrl;
        for (var redirects = 0; ; redirects++)
        {
            await CheckAddressAsync(url, cancellationToken).ConfigureAwait(false);
            var (response, _) = await SendAsync(http, url, RequestKind.Robots, cancellationToken).ConfigureAwait(false);
            using (response)
            {
                var status = (int)response.StatusCode;
                if (IsRedirect(response.StatusCode))
                {
                    if (redirects >= MaxRobotsRedirects || response.Headers.Location is null)
                    {
                        // RFC 9309: past five redirects the file may be taken as unavailable, which allows everything.
                        return RobotsTxt.AllowAll;
                    }

                    url = RedirectTarget(response, url);
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    var body = await BodyOfAsync(response, url, cancellationToken).ConfigureAwait(false);
                    return RobotsTxt.Parse(Encoding.UTF8.GetString(body), Options.ProductToken);
                }

                // 4xx means "unavailable": crawl freely. A 429 or 5xx means the server failed: RFC 9309 says assume
                // complete disallow (429 read as a failure, as major crawlers do, since it asks us to back off).
                return status is >= 400 and < 500 and not 429 || status < 400 ? RobotsTxt.AllowAll : RobotsTxt.Unreachable(response.StatusCode);
            }
        }
    }

    private async Task<(HttpResponseMessage Response, int Attempts)> SendAsync(HttpClient http, Uri url, RequestKind kind, CancellationToken cancellationToken)
    {
        var attempt = new Attempt(this, http, url, kind);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(ResiliencePipelineFactory.SkipRateLimit, kind == RequestKind.Robots);
            var response = await pipelines.For(url).Pipeline.ExecuteAsync(
                static (ctx, state) => state.Client.AttemptAsync(ctx, state),
                context,
                attempt).ConfigureAwait(false);
            return (response, attempt.Count);
        }
        catch (Exception exception) when (Translate(exception, attempt, cancellationToken) is { } failure)
        {
            throw failure;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One try of one request, run inside the pipeline: send, then read the body within the limits, so that a body that breaks or stalls is retried like a failed connection.</summary>
    private async ValueTask<HttpResponseMessage> AttemptAsync(ResilienceContext context, Attempt attempt)
    {
        attempt.Count++;
        var cancellationToken = context.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, attempt.Url);
        request.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", attempt.Kind == RequestKind.Robots ? "text/plain, */*;q=0.1" : accept);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        var response = await attempt.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                // Nothing in an error or redirect body is used; dropping it frees the connection now.
                response.Content.Dispose();
                response.Content = new BufferedContent(ArraySegment<byte>.Empty);
                return response;
            }

            var isRobots = attempt.Kind == RequestKind.Robots;
            if (!isRobots)
            {
                CheckMediaType(response, attempt.Url);
            }

            var body = await ResponseReader.ReadAsync(
                response.Content,
                attempt.Url,
                Options.MaxResponseBytes,
                isRobots ? MaxRobotsBytes : Options.EffectiveMaxDecompressedBytes,
                truncate: isRobots,
                cancellationToken).ConfigureAwait(false);
            var buffered = new BufferedContent(body);
            foreach (var header in response.Content.Headers.NonValidated)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private void CheckMediaType(HttpResponseMessage response, Uri url)
    {
        var mediaType = MediaTypeOf(response);
        if (mediaType is not ("text/html" or "application/xhtml+xml") && !(Options.AllowPlainText && mediaType == "text/plain"))
        {
            throw new FetchException(FetchFailureReason.NotHtml, url, $"the page is {mediaType}, not HTML{(Options.AllowPlainText ? " or plain text" : string.Empty)}");
        }
    }

    /// <summary>The body read within the attempt; read now, within the limits, when a custom pipeline replaced the response.</summary>
    private async Task<ArraySegment<byte>> BodyOfAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken) =>
        response.Content is BufferedContent buffered
            ? buffered.Body
            : await ResponseReader.ReadAsync(response.Content, url, Options.MaxResponseBytes, Options.EffectiveMaxDecompressedBytes, truncate: false, cancellationToken).ConfigureAwait(false);

    private async Task<FetchedPage> ToPageAsync(HttpResponseMessage response, Uri requested, Uri url, int redirects, CancellationToken cancellationToken)
    {
        var body = await BodyOfAsync(response, url, cancellationToken).ConfigureAwait(false);
        var encoding = EncodingSniffer.Detect(body, response.Content.Headers.ContentType?.CharSet);
        var text = encoding.GetString(body);
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.NonValidated)
        {
            headers[header.Key] = [.. header.Value];
        }

        foreach (var header in response.Content.Headers.NonValidated)
        {
            headers[header.Key] = [.. header.Value];
        }

        return new FetchedPage
        {
            RequestedUrl = requested,

            // A caller's handler may have followed redirects itself; its request then says where it ended.
            Url = response.RequestMessage?.RequestUri ?? url,
            StatusCode = response.StatusCode,
            Content = text,
            MediaType = MediaTypeOf(response),
            Encoding = encoding,
            Headers = headers.AsReadOnly(),
            RedirectCount = redirects,
        };
    }

    private FetchException StatusFailure(HttpResponseMessage response, Uri url, int attempts)
    {
        var message = new StringBuilder().Append(CultureInfo.InvariantCulture, $"the server answered {(int)response.StatusCode}");
        if (!string.IsNullOrEmpty(response.ReasonPhrase))
        {
            message.Append(' ').Append(response.ReasonPhrase);
        }

        if (ResiliencePipelineFactory.RetryAfter(response, Options.TimeProvider) is { } retryAfter && retryAfter > Options.MaxRetryDelay)
        {
            message.Append(CultureInfo.InvariantCulture, $" and asked to retry after {Describe(retryAfter)}, longer than the {Describe(Options.MaxRetryDelay)} allowed");
        }
        else if (attempts > 1)
        {
            message.Append(CultureInfo.InvariantCulture, $" after {attempts} attempts");
        }

        return new FetchException(FetchFailureReason.HttpStatus, url, message.ToString(), statusCode: response.StatusCode);
    }

    /// <summary>The failure to report for what the pipeline threw; <see langword="null"/> to let it pass as it is (our own failures, the caller's cancellation, bugs).</summary>
    private FetchException? Translate(Exception exception, Attempt attempt, CancellationToken cancellationToken)
    {
        var url = attempt.Url;
        var tries = attempt.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {attempt.Count} attempts") : string.Empty;
        return exception switch
        {
            FetchException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            TimeoutRejectedException => new FetchException(FetchFailureReason.Timeout, url, $"no complete answer within the attempt timeout of {Describe(Options.AttemptTimeout)}{tries}", exception),
            BrokenCircuitException broken => new FetchException(
                FetchFailureReason.CircuitOpen,
                url,
                $"{url.IdnHost} failed too often lately, so its circuit breaker is open{(broken.RetryAfter is { } wait ? $" for another {Describe(wait)}" : string.Empty)}; the request was not sent",
                exception),
            RateLimiterRejectedException => new FetchException(FetchFailureReason.RateLimited, url, $"the rate limiter for {url.IdnHost} refused the request", exception),
            HttpRequestException http => ResiliencePipelineFactory.FindFetchException(http)
                ?? new FetchException(FetchFailureReason.ConnectionFailed, url, $"the connection failed{tries}: {http.Message}", exception),
            IOException => new FetchException(FetchFailureReason.ConnectionFailed, url, $"the connection broke before the body was complete{tries}: {exception.Message}", exception),
            OperationCanceledException => new FetchException(FetchFailureReason.Timeout, url, $"the HttpClient's own timeout elapsed{tries}", exception),
            _ => null,
        };
    }

    /// <summary>What one request carries through the pipeline into each attempt.</summary>
    private sealed class Attempt(ArticleClient client, HttpClient http, Uri url, RequestKind kind)
    {
        public ArticleClient Client { get; } = client;

        public HttpClient Http { get; } = http;

        public Uri Url { get; } = url;

        public RequestKind Kind { get; } = kind;

        /// <summary>Attempts made so far; they run one after another, never at once.</summary>
        public int Count { get; set; }
    }

    /// <summary>A body already read (and decompressed) within the limits, so the connection is free before the pipeline returns.</summary>
    private sealed class BufferedContent(ArraySegment<byte> body) : HttpContent
    {
        public ArraySegment<byte> Body { get; } = body;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(Body.AsMemory()).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = Body.Count;
            return true;
        }

        protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
            new MemoryStream(Body.Array ?? [], Body.Offset, Body.Count, writable: false);
    }
}
