using System.Globalization;
using System.Text;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace NewsExtract.Fetching;

/// <summary>
/// Sends one request through its host's resilience pipeline (<see cref="ResiliencePipelineFactory"/>), reading the
/// body within the limits inside each attempt, and turns what the pipeline throws, or a final error status, into the
/// <see cref="FetchException"/> that says why.
/// </summary>
internal sealed class RequestSender
{
    /// <summary>RFC 9309 asks crawlers to parse at least 500 KiB of robots.txt; the rest is ignored.</summary>
    private const int MaxRobotsBytes = 512 * 1024;

    private readonly FetchOptions options;
    private readonly ResiliencePipelineFactory pipelines;
    private readonly PageReader pages;
    private readonly string accept;

    public RequestSender(FetchOptions options, ResiliencePipelineFactory pipelines, PageReader pages)
    {
        this.options = options;
        this.pipelines = pipelines;
        this.pages = pages;
        accept = options.Limits.AllowPlainText ? "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8" : "text/html, application/xhtml+xml;q=0.9";
    }

    /// <summary>Sends a GET for <paramref name="url"/>, with retries; the response's body, if it succeeded, is already read.</summary>
    /// <returns>The response, which the caller disposes, and how many attempts it took.</returns>
    public async Task<(HttpResponseMessage Response, int Attempts)> SendAsync(HttpClient http, Uri url, RequestKind kind, CancellationToken cancellationToken)
    {
        var attempt = new Attempt(this, http, url, kind);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(ResiliencePipelineFactory.SkipRateLimit, kind == RequestKind.Robots);
            context.Properties.Set(ResiliencePipelineFactory.RequestUrl, url);
            var response = await pipelines.For(url).Pipeline.ExecuteAsync(
                static (ctx, state) => state.Sender.AttemptAsync(ctx, state),
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

    /// <summary>The failure to report for a final error status, with the attempts it took or the <c>Retry-After</c> that stopped the retries.</summary>
    public FetchException StatusFailure(HttpResponseMessage response, Uri url, int attempts)
    {
        var message = new StringBuilder().Append(CultureInfo.InvariantCulture, $"the server answered {(int)response.StatusCode}");
        if (!string.IsNullOrEmpty(response.ReasonPhrase))
        {
            message.Append(' ').Append(response.ReasonPhrase);
        }

        if (ResiliencePipelineFactory.RetryAfter(response, options.TimeProvider) is { } retryAfter && retryAfter > options.Retry.MaxDelay)
        {
            message.Append(CultureInfo.InvariantCulture, $" and asked to retry after {DurationText.Describe(retryAfter)}, longer than the {DurationText.Describe(options.Retry.MaxDelay)} allowed");
        }
        else if (attempts > 1)
        {
            message.Append(CultureInfo.InvariantCulture, $" after {attempts} attempts");
        }

        return new FetchException(FetchFailureReason.HttpStatus, url, message.ToString(), statusCode: response.StatusCode);
    }

    /// <summary>One try of one request, run inside the pipeline: send, then read the body within the limits, so that a body that breaks or stalls is retried like a failed connection.</summary>
    private async ValueTask<HttpResponseMessage> AttemptAsync(ResilienceContext context, Attempt attempt)
    {
        attempt.Count++;
        var cancellationToken = context.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, attempt.Url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", attempt.Kind switch
        {
            RequestKind.Robots => "text/plain, */*;q=0.1",
            RequestKind.Resource => "application/xml, text/xml;q=0.9, application/rss+xml;q=0.9, application/atom+xml;q=0.9, */*;q=0.1",
            _ => accept,
        });
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
            if (attempt.Kind == RequestKind.Page)
            {
                pages.CheckMediaType(response, attempt.Url);
            }

            var body = await ResponseReader.ReadAsync(
                response.Content,
                attempt.Url,
                options.Limits.MaxResponseBytes,
                isRobots ? MaxRobotsBytes : options.Limits.EffectiveMaxDecompressedBytes,
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

    /// <summary>The failure to report for what the pipeline threw; <see langword="null"/> to let it pass as it is (our own failures, the caller's cancellation, bugs).</summary>
    private FetchException? Translate(Exception exception, Attempt attempt, CancellationToken cancellationToken)
    {
        var url = attempt.Url;
        var tries = attempt.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {attempt.Count} attempts") : string.Empty;
        return exception switch
        {
            FetchException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            TimeoutRejectedException => new FetchException(FetchFailureReason.Timeout, url, $"no complete answer within the attempt timeout of {DurationText.Describe(options.Timeouts.Attempt)}{tries}", exception),
            BrokenCircuitException broken => new FetchException(
                FetchFailureReason.CircuitOpen,
                url,
                $"{url.IdnHost} failed too often lately, so its circuit breaker is open{(broken.RetryAfter is { } wait ? $" for another {DurationText.Describe(wait)}" : string.Empty)}; the request was not sent",
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
    private sealed class Attempt(RequestSender sender, HttpClient http, Uri url, RequestKind kind)
    {
        public RequestSender Sender { get; } = sender;

        public HttpClient Http { get; } = http;

        public Uri Url { get; } = url;

        public RequestKind Kind { get; } = kind;

        /// <summary>Attempts made so far; they run one after another, never at once.</summary>
        public int Count { get; set; }
    }
}
