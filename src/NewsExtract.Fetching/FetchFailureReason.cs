namespace NewsExtract.Fetching;

/// <summary>Why a page could not be fetched; the <see cref="FetchException.Reason"/> of every fetch failure.</summary>
public enum FetchFailureReason
{
    /// <summary>No answer in time: an attempt ran past <see cref="TimeoutOptions.Attempt"/> on its last try, or the whole request past <see cref="TimeoutOptions.Total"/>.</summary>
    Timeout,

    /// <summary>The body, as sent or once decompressed, is larger than <see cref="LimitOptions.MaxResponseBytes"/> or <see cref="LimitOptions.MaxDecompressedBytes"/>.</summary>
    TooLarge,

    /// <summary>The response is not HTML or XHTML (nor plain text when <see cref="LimitOptions.AllowPlainText"/> is set).</summary>
    NotHtml,

    /// <summary>The host's robots.txt disallows the page for the configured user agent, or could not be read because the server failed (RFC 9309 then means: disallow all).</summary>
    DisallowedByRobots,

    /// <summary>The server answered with an error status (after retries when the status is transient); see <see cref="FetchException.StatusCode"/>.</summary>
    HttpStatus,

    /// <summary>The host failed too often lately and its circuit breaker is open: the request was not sent.</summary>
    CircuitOpen,

    /// <summary>More redirects than <see cref="LimitOptions.MaxRedirects"/>.</summary>
    TooManyRedirects,

    /// <summary>The address is private, loopback or link-local and <see cref="LimitOptions.BlockPrivateAddresses"/> is set.</summary>
    BlockedAddress,

    /// <summary>The connection could not be made, or broke before the body was complete (after retries).</summary>
    ConnectionFailed,

    /// <summary>The rate limiter refused the request (only with a custom <see cref="FetchOptions.Pipeline"/> whose limiter rejects).</summary>
    RateLimited,

    /// <summary>The response cannot be used: a redirect without a usable Location, a corrupt or unknown content encoding.</summary>
    InvalidResponse,
}
