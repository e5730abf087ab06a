using System.Text;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace NewsExtract.Fetching;

/// <summary>
/// Obeys robots.txt (RFC 9309) for each page: reads the host's file once (<see cref="RobotsCache"/>), following its
/// redirects, refuses a page it disallows, and spaces requests to the host by its <c>Crawl-delay</c>.
/// </summary>
internal sealed class RobotsPolicy : IDisposable
{
    /// <summary>RFC 9309 asks crawlers to follow at least five redirects for robots.txt.</summary>
    private const int MaxRobotsRedirects = 5;

    private readonly FetchOptions options;
    private readonly ResiliencePipelineFactory pipelines;
    private readonly RequestSender sender;
    private readonly Func<Uri, CancellationToken, ValueTask> checkAddress;
    private readonly RobotsCache cache;
    private readonly ILogger logger;

    /// <summary>Outlives any one caller: a download is shared by all who wait for it, so only disposal stops it.</summary>
    private readonly CancellationTokenSource lifetime = new();

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="pipelines">The total timeout around each download, and the hosts' politeness that <c>Crawl-delay</c> slows.</param>
    /// <param name="sender">Sends the requests for robots.txt.</param>
    /// <param name="checkAddress">Refuses a blocked address before each request, as for pages.</param>
    public RobotsPolicy(FetchOptions options, ResiliencePipelineFactory pipelines, RequestSender sender, Func<Uri, CancellationToken, ValueTask> checkAddress)
    {
        this.options = options;
        this.pipelines = pipelines;
        this.sender = sender;
        this.checkAddress = checkAddress;
        cache = new RobotsCache(options.TimeProvider, Download);
        logger = options.LoggerFactory.CreateLogger<ArticleClient>();
    }

    /// <summary>Refuses <paramref name="url"/> if its host's robots.txt disallows it, and applies the file's <c>Crawl-delay</c> to the host.</summary>
    public async Task CheckAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        var rules = await cache.GetAsync(url, http, cancellationToken).ConfigureAwait(false);
        if (rules.CrawlDelay is { } crawlDelay)
        {
            await pipelines.Politeness.EnsureIntervalAsync(ResiliencePipelineFactory.HostOf(url), crawlDelay < options.Robots.MaxCrawlDelay ? crawlDelay : options.Robots.MaxCrawlDelay, cancellationToken).ConfigureAwait(false);
        }

        if (!rules.IsAllowed(url))
        {
            FetchLog.DisallowedByRobots(logger, url.Authority, url, options.ProductToken);
            var why = rules.UnreachableStatus is { } status
                ? $"robots.txt of {url.Authority} answered {(int)status}, and RFC 9309 reads a robots.txt the server fails to serve as disallowing everything"
                : $"robots.txt of {url.Authority} disallows this page for {options.ProductToken}";
            throw new FetchException(FetchFailureReason.DisallowedByRobots, url, why, statusCode: rules.UnreachableStatus);
        }
    }

    /// <summary>Stops the downloads under way.</summary>
    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }

    /// <summary>Starts the one download of a host's robots.txt that all its waiting requests share.</summary>
    private Task<RobotsTxt> Download(Uri robotsUrl, HttpClient http)
    {
        var token = lifetime.Token;
        return Task.Run(
            async () =>
            {
                try
                {
                    return await pipelines.Total.ExecuteAsync(
                        static (state, t) => new ValueTask<RobotsTxt>(state.Policy.ReadAsync(state.Http, state.Url, t)),
                        (Policy: this, Http: http, Url: robotsUrl),
                        token).ConfigureAwait(false);
                }
                catch (TimeoutRejectedException exception)
                {
                    throw new FetchException(FetchFailureReason.Timeout, robotsUrl, $"robots.txt could not be fetched within the total timeout of {DurationText.Describe(options.Timeouts.Total)}", exception);
                }
                catch (FetchException exception)
                {
                    throw new FetchException(exception.Reason, exception.Url, $"robots.txt could not be fetched: {exception.Message}", exception, exception.StatusCode);
                }
            },
            CancellationToken.None);
    }

    private async Task<RobotsTxt> ReadAsync(HttpClient http, Uri robotsUrl, CancellationToken cancellationToken)
    {
        var url = robotsUrl;
        for (var redirects = 0; ; redirects++)
        {
            await checkAddress(url, cancellationToken).ConfigureAwait(false);
            var (response, _) = await sender.SendAsync(http, url, RequestKind.Robots, cancellationToken).ConfigureAwait(false);
            using (response)
            {
                var status = (int)response.StatusCode;
                if (Redirects.IsRedirect(response.StatusCode))
                {
                    if (redirects >= MaxRobotsRedirects || response.Headers.Location is null)
                    {
                        // RFC 9309: past five redirects the file may be taken as unavailable, which allows everything.
                        return RobotsTxt.AllowAll;
                    }

                    url = Redirects.Target(response, url);
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    var body = await ResponseReader.BodyOfAsync(response, url, options.Limits.MaxResponseBytes, options.Limits.EffectiveMaxDecompressedBytes, cancellationToken).ConfigureAwait(false);
                    return RobotsTxt.Parse(Encoding.UTF8.GetString(body), options.ProductToken);
                }

                // 4xx means "unavailable": crawl freely. A 429 or 5xx means the server failed: RFC 9309 says assume
                // complete disallow (429 read as a failure, as major crawlers do, since it asks us to back off).
                return status is >= 400 and < 500 and not 429 || status < 400 ? RobotsTxt.AllowAll : RobotsTxt.Unreachable(response.StatusCode);
            }
        }
    }
}
