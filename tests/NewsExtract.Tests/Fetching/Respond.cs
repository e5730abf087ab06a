using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsExtract.Tests.Fetching;

/// <summary>Handlers for <see cref="LoopbackServer"/>, well-behaved and not.</summary>
internal static class Respond
{
    public static RequestDelegate Html(string html, string contentType = "text/html; charset=utf-8") =>
        Bytes(Encoding.UTF8.GetBytes(html), contentType);

    public static RequestDelegate Bytes(byte[] body, string contentType, string? contentEncoding = null, Action<HttpResponse>? headers = null) => async context =>
    {
        context.Response.ContentType = contentType;
        if (contentEncoding is not null)
        {
            context.Response.Headers.ContentEncoding = contentEncoding;
        }

        headers?.Invoke(context.Response);
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    };

    public static RequestDelegate Text(string text, string contentType = "text/plain; charset=utf-8") => Html(text, contentType);

    public static RequestDelegate Status(int status, string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return Task.CompletedTask;
    };

    public static RequestDelegate Redirect(string location, int status = 302) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    /// <summary>The n-th request gets the n-th handler; the last one answers every request after.</summary>
    public static RequestDelegate Sequence(params RequestDelegate[] steps)
    {
        var count = -1;
        return context => steps[Math.Min(Interlocked.Increment(ref count), steps.Length - 1)](context);
    }

    /// <summary>Sends nothing, not even the status line, until the client gives up.</summary>
    public static RequestDelegate StallBeforeHeaders(LoopbackServer server) => async context =>
    {
        using var abandoned = server.Abandoned(context);
        await Task.Delay(Timeout.Infinite, abandoned.Token);
    };

    /// <summary>Sends the headers and the first bytes of a body, then nothing more until the client gives up.</summary>
    public static RequestDelegate StallMidBody(LoopbackServer server) => async context =>
    {
        using var abandoned = server.Abandoned(context);
        context.Response.ContentType = "text/html";
        context.Response.ContentLength = 100_000;
        await context.Response.Body.WriteAsync("<html><head><title>Stalled</title></head><body>"u8.ToArray(), abandoned.Token);
        await context.Response.Body.FlushAsync(abandoned.Token);
        await Task.Delay(Timeout.Infinite, abandoned.Token);
    };

    /// <summary>A chunked body that goes on (up to 256 MiB) until the client stops reading.</summary>
    public static RequestDelegate Endless(LoopbackServer server) => async context =>
    {
        using var abandoned = server.Abandoned(context);
        context.Response.ContentType = "text/html";
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>more and more news</p>\n", 315)));
        for (var i = 0; i < 256 * 1024 * 1024 / chunk.Length && !abandoned.IsCancellationRequested; i++)
        {
            await context.Response.Body.WriteAsync(chunk, abandoned.Token);
        }
    };

    /// <summary>
    /// Starts a response, then drops the connection. Kestrel may drop output it had not yet written, so the client
    /// sees the connection end before or after the headers; <see cref="RawHttpServer.CutShort"/> always cuts mid-body.
    /// </summary>
    public static RequestDelegate AbortConnection() => async context =>
    {
        context.Response.ContentType = "text/html";
        context.Response.ContentLength = 10_000;
        await context.Response.Body.WriteAsync("<html><head><title>Broken</title>"u8.ToArray());
        await context.Response.Body.FlushAsync();
        context.Abort();
    };

    /// <summary>Announces a body far over any limit, sends a few bytes, then waits: only the announcement can fail the request quickly.</summary>
    public static RequestDelegate AnnouncesHugeBody(LoopbackServer server) => async context =>
    {
        using var abandoned = server.Abandoned(context);
        context.Response.ContentType = "text/html";
        context.Response.ContentLength = 1L << 30;
        await context.Response.Body.WriteAsync("<html>"u8.ToArray(), abandoned.Token);
        await context.Response.Body.FlushAsync(abandoned.Token);
        await Task.Delay(Timeout.Infinite, abandoned.Token);
    };
}
