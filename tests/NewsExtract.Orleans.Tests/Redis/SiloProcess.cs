using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace NewsExtract.Orleans.Tests.Redis;

/// <summary>
/// One silo in a process of its own: the sample silo host (samples/NewsExtract.Orleans.Silo, copied beside the tests
/// into <c>silo/</c>) on the plain .NET runtime, joined to a cluster through Redis, writing its articles to a JSON
/// Lines file. Killed when disposed.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> log = new();

    private SiloProcess(Process process, string output)
    {
        this.process = process;
        Output = output;
    }

    /// <summary>The silo's JSON Lines file.</summary>
    public string Output { get; }

    public static async Task<SiloProcess> StartAsync(string redis, string clusterId, string output, TimeSpan minInterval)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "silo", "NewsExtract.Orleans.Silo.dll");
        Assert.True(File.Exists(host), $"The silo host is not built: {host}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[host, "--redis", redis, "--cluster", clusterId, "--port", RedisServer.FreePort().ToString(CultureInfo.InvariantCulture),
            "--gateway", RedisServer.FreePort().ToString(CultureInfo.InvariantCulture), "--out", output, "--min-interval", minInterval.TotalSeconds.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        var silo = new SiloProcess(Process.Start(start)!, output);
        var joined = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        silo.process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                silo.log.Enqueue(line);
                if (line.StartsWith("silo ", StringComparison.Ordinal))
                {
                    joined.TrySetResult();
                }
            }
        };
        silo.process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                silo.log.Enqueue(line);
            }
        };
        silo.process.BeginOutputReadLine();
        silo.process.BeginErrorReadLine();
        try
        {
            await Task.WhenAny(joined.Task, silo.process.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
        }

        if (!joined.Task.IsCompleted)
        {
            await silo.DisposeAsync();
            Assert.Fail($"The silo did not join: {silo.Log}");
        }

        return silo;
    }

    /// <summary>What the silo printed.</summary>
    public string Log => string.Join('\n', log);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
