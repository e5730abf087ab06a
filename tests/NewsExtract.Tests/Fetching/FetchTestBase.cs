using System.Text;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

/// <summary>Each test gets its own loopback server and fake clock; the client under test reads time only from the clock.</summary>
public abstract class FetchTestBase : IAsyncLifetime
{
    /// <summary>Real time given to anything the fake clock does not drive; reached only if something hangs.</summary>
    protected static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(60);

    protected static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(60);

    protected static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(600);

    static FetchTestBase() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal LoopbackServer Server { get; private set; } = null!;

    internal TestClock Clock { get; } = new();

    /// <summary>
    /// Defaults for tests: the fake clock, no per-host spacing unless a test wants it, and timeouts far from the retry
    /// delays (at most <see cref="RetryOptions.MaxDelay"/>, 30 s) so a test can tell the timers apart.
    /// </summary>
    internal FetchOptions Options => new()
    {
        TimeProvider = Clock,
        RateLimit = new() { MinIntervalPerHost = TimeSpan.Zero },
        Timeouts = new() { Attempt = AttemptTimeout, Total = TotalTimeout },
    };

    protected static string ArticleHtml(string title = "Harbour Ferry Returns After Storm Repairs") =>
        $"""
        <!DOCTYPE html>
        <html><head><title>{title}</title></head>
        <body><article><h1>{title}</h1>
        <p>The harbour ferry returned to service on Monday after three weeks of repairs to its hull, the port authority said.</p>
        <p>Engineers replaced two damaged plates and tested the engines overnight before the first crossing at dawn.</p>
        <p>Commuters who had used the long road around the bay said the return would save them an hour each day.</p>
        </article></body></html>
        """;

    public virtual async Task InitializeAsync() => Server = await LoopbackServer.StartAsync();

    public virtual async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A retry delay, as opposed to the attempt and total timeouts.</summary>
    internal static bool IsRetryDelay(TimeSpan due) => due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(30);

    internal static Task<T> Within<T>(Task<T> task) => task.WaitAsync(SafetyNet);

    internal static async Task<FetchException> FailsWith(FetchFailureReason reason, Task task)
    {
        var exception = await Assert.ThrowsAsync<FetchException>(() => task.WaitAsync(SafetyNet));
        Assert.True(reason == exception.Reason, $"Expected {reason}, got {exception.Reason}: {exception.Message}");
        return exception;
    }
}
