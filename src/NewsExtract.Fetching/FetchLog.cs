using Microsoft.Extensions.Logging;

namespace NewsExtract.Fetching;

/// <summary>The log messages of the fetching client, source-generated: no formatting unless the level is on.</summary>
internal static partial class FetchLog
{
    [LoggerMessage(EventId = 1, EventName = "Retrying", Level = LogLevel.Information,
        Message = "Retrying {Url} in {DelayMs:0} ms (retry {Retry} of {MaxRetries}) after {Cause}")]
    public static partial void Retrying(ILogger logger, Uri? url, double delayMs, int retry, int maxRetries, string cause);

    [LoggerMessage(EventId = 2, EventName = "DisallowedByRobots", Level = LogLevel.Debug,
        Message = "robots.txt of {Host} disallows {Url} for {ProductToken}")]
    public static partial void DisallowedByRobots(ILogger logger, string host, Uri url, string productToken);

    [LoggerMessage(EventId = 3, EventName = "PageFailed", Level = LogLevel.Warning,
        Message = "Could not fetch {Url}: {Reason}: {Detail}")]
    public static partial void PageFailed(ILogger logger, Uri url, FetchFailureReason reason, string detail);

    [LoggerMessage(EventId = 4, EventName = "PageFetched", Level = LogLevel.Debug,
        Message = "Fetched {Url}: {StatusCode}, {Bytes} bytes in {ElapsedMs:0} ms")]
    public static partial void PageFetched(ILogger logger, Uri url, int statusCode, long bytes, double elapsedMs);

    [LoggerMessage(EventId = 5, EventName = "BodyFromFallback", Level = LogLevel.Information,
        Message = "The body of {Url} came from {BodySource}: the region the scorer chose was thin")]
    public static partial void BodyFromFallback(ILogger logger, Uri url, BodySource bodySource);
}
