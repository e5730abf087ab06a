using System.Net;

namespace NewsExtract.Fetching;

/// <summary>
/// A page could not be fetched. Every expected failure of <see cref="ArticleClient"/> is this one type, with the
/// <see cref="Reason"/> and the <see cref="Url"/> that failed; the underlying error, if any, is the inner exception.
/// </summary>
public sealed class FetchException : NewsExtractException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Why the fetch failed.</param>
    /// <param name="url">The address that failed: the page, a redirect target or the host's robots.txt.</param>
    /// <param name="message">One readable sentence.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    /// <param name="statusCode">The HTTP status, for <see cref="FetchFailureReason.HttpStatus"/> and statuses that caused other failures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public FetchException(FetchFailureReason reason, Uri url, string message, Exception? innerException = null, HttpStatusCode? statusCode = null)
        : base(message, innerException!)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(message);
        Reason = reason;
        Url = url;
        StatusCode = statusCode;
    }

    /// <summary>Why the fetch failed.</summary>
    public FetchFailureReason Reason { get; }

    /// <summary>The address that failed: the page, a redirect target, or the host's robots.txt.</summary>
    public Uri Url { get; }

    /// <summary>The HTTP status the server answered with, when the failure came from one; otherwise <see langword="null"/>.</summary>
    public HttpStatusCode? StatusCode { get; }
}
