using System.Net;

namespace NewsExtract.Fetching;

/// <summary>A body already read (and decompressed) within the limits, so the connection is free before the pipeline returns.</summary>
internal sealed class BufferedContent(ArraySegment<byte> body) : HttpContent
{
    public ArraySegment<byte> Body { get; } = body;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(Body.AsMemory()).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = Body.Count;
        return true;
    }

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new MemoryStream(Body.Array ?? [], Body.Offset, Body.Count, writable: false);
}
