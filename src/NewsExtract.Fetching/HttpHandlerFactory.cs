using System.Net;

namespace NewsExtract.Fetching;

/// <summary>Builds the handler behind <see cref="ArticleClient.CreateHandler"/> and the client's own <see cref="HttpClient"/>.</summary>
internal static class HttpHandlerFactory
{
    /// <summary>A new handler for options already validated.</summary>
    public static SocketsHttpHandler Create(FetchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            // The client follows redirects itself, counting them and checking each hop against robots.txt and the address rules.
            AllowAutoRedirect = false,

            // The client decompresses itself, within its size limits, so a small "zip bomb" is never expanded whole.
            AutomaticDecompression = DecompressionMethods.None,

            // One shared client serves many callers: one site's cookies must not ride along on another caller's request.
            UseCookies = false,

            // A client that lives for the whole process still notices DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (options.Limits.BlockPrivateAddresses)
        {
            handler.ConnectCallback = AddressGuard.For(options).ConnectAsync;

            // A proxy would connect on our behalf to wherever the name leads, past the check.
            handler.UseProxy = false;
        }

        return handler;
    }
}
