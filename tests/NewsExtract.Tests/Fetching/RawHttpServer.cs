using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsExtract.Tests.Fetching;

/// <summary>
/// A bare TCP server on loopback that answers each connection with the next of a fixed list of raw HTTP responses and
/// then closes it, for what Kestrel will not send on demand: a body cut off part-way. Closing after the bytes are
/// written delivers every byte before the end, so the client always sees the headers and then a body that stops short.
/// Serves at most 100 connections and stops when disposed.
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private const int MaxConnections = 100;
    private const int MaxRequestHeadBytes = 64 * 1024;

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int requests;

    private RawHttpServer(byte[][] responses)
    {
        listener.Start();
        stop.CancelAfter(TimeSpan.FromSeconds(60));
        loop = ServeAsync(responses);
    }

    public int Requests => Volatile.Read(ref requests);

    /// <summary>Starts the server; the n-th connection gets the n-th response, the last one every connection after.</summary>
    public static RawHttpServer Start(params string[] responses) => new([.. responses.Select(r => Encoding.UTF8.GetBytes(r.ReplaceLineEndings("\r\n")))]);

    /// <summary>A response that promises <paramref name="promised"/> bytes of body and sends only <paramref name="body"/>.</summary>
    public static string CutShort(string body, int promised) =>
        $"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nContent-Length: {promised}\nConnection: close\n\n{body}";

    public static string Complete(string body) =>
        $"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nContent-Length: {Encoding.UTF8.GetByteCount(body.ReplaceLineEndings("\r\n"))}\nConnection: close\n\n{body}";

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}{path}");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stop.Dispose();
    }

    private async Task ServeAsync(byte[][] responses)
    {
        for (var i = 0; i < MaxConnections && !stop.IsCancellationRequested; i++)
        {
            using var socket = await listener.AcceptSocketAsync(stop.Token);
            await ReadRequestHeadAsync(socket);
            Interlocked.Increment(ref requests);
            await socket.SendAsync(responses[Math.Min(i, responses.Length - 1)], SocketFlags.None, stop.Token);
            socket.Shutdown(SocketShutdown.Both);
        }
    }

    private async Task ReadRequestHeadAsync(Socket socket)
    {
        var head = new List<byte>();
        var buffer = new byte[4096];
        while (head.Count < MaxRequestHeadBytes)
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, stop.Token);
            if (read == 0)
            {
                return;
            }

            head.AddRange(buffer.AsSpan(0, read));
            if (head.Count >= 4 && Encoding.ASCII.GetString([.. head]).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                return;
            }
        }
    }
}
