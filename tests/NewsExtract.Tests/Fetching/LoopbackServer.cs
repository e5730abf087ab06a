using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsExtract.Tests.Fetching;

/// <summary>
/// A real HTTP server (Kestrel) on a loopback address and a free port, started by a test and stopped with it. Each path
/// has a handler; unknown paths (robots.txt included) answer 404. Every request is counted, so tests can tell what the
/// client asked for and how often. Handlers that stall wait at most a minute and stop when the client goes away or
/// the server stops.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(60);

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, RequestDelegate> handlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedRequest> received = new();

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Port => BaseAddress.Port;

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    public int TotalHits => received.Count;

    /// <summary>Ends when the server stops: handlers that stall listen to it, so shutdown is quick.</summary>
    public CancellationToken Stopping => app.Lifetime.ApplicationStopping;

    public static async Task<LoopbackServer> StartAsync(IPAddress? address = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address ?? IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        var host = address ?? IPAddress.Loopback;
        LoopbackServer? server = null;
        app.Run(context => server!.DispatchAsync(context));
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        server = new LoopbackServer(app, new Uri($"http://{host}:{port}/"));
        return server;
    }

    public Uri Url(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    public void Map(string path, RequestDelegate handler) => handlers[path] = handler;

    public int Hits(string path) => hits.GetValueOrDefault(path);

    /// <summary>Waits, in real time but bounded, until a path has been requested <paramref name="count"/> times.</summary>
    public async Task WaitForHitsAsync(string path, int count)
    {
        var deadline = DateTime.UtcNow + SafetyNet;
        while (Hits(path) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} was requested {Hits(path)} times, not {count}.");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>A token that ends when the client hangs up, the server stops, or the safety net runs out.</summary>
    public CancellationTokenSource Abandoned(HttpContext context)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Stopping);
        source.CancelAfter(SafetyNet);
        return source;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task DispatchAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        received.Enqueue(new ReceivedRequest(path, context.Request.Headers.UserAgent.ToString(), context.Request.Headers.AcceptEncoding.ToString()));
        if (!handlers.TryGetValue(path, out var handler))
        {
            context.Response.StatusCode = 404;
            return;
        }

        try
        {
            await handler(context);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client went away, as tests of timeouts and limits make it do.
        }
    }
}

internal sealed record ReceivedRequest(string Path, string UserAgent, string AcceptEncoding);
