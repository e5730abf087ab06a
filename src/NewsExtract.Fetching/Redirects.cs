using System.Net;

namespace NewsExtract.Fetching;

/// <summary>Which responses are redirects and where they lead; the client follows them itself, checking each hop.</summary>
internal static class Redirects
{
    public static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    /// <summary>The absolute http or https address a redirect leads to; a redirect without one is an invalid response.</summary>
    public static Uri Target(HttpResponseMessage response, Uri url)
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
}
