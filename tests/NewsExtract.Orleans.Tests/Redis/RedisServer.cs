using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsExtract.Orleans.Tests.Redis;

/// <summary>
/// A throw-away <c>redis-server</c> of the test's own, on a free loopback port, keeping nothing on disk; killed when
/// disposed. Found on the PATH or at <c>NEWSEXTRACT_REDIS_SERVER</c>. Where it is absent the Redis tests are skipped,
/// unless <c>NEWSEXTRACT_REQUIRE_REDIS=1</c> (CI sets it) makes its absence a failure.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    public const string InstallHint =
        "redis-server is not installed: install it (Debian/Ubuntu: apt-get install -y redis-server) or set NEWSEXTRACT_REDIS_SERVER to its path. NEWSEXTRACT_REQUIRE_REDIS=1 turns this skip into a failure.";

    private readonly Process process;

    private RedisServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    /// <summary>The server's path, or <see langword="null"/>.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Whether a missing server fails the tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("NEWSEXTRACT_REQUIRE_REDIS") == "1";

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string of the server.</summary>
    public string Connection => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var executable = Executable ?? throw new InvalidOperationException(InstallHint);
        var port = FreePort();
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath()])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var server = new RedisServer(process, port);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                log.Enqueue(line);
                if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Task.WhenAny(ready.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
        }

        if (!ready.Task.IsCompleted)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"redis-server did not start: {string.Join('\n', log)}");
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>A loopback port free a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("NEWSEXTRACT_REDIS_SERVER") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A test that needs redis-server: skipped with how to install it where the server is absent, unless it is required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Executable is null && !RedisServer.Required)
        {
            Skip = RedisServer.InstallHint;
        }
    }
}
