namespace NewsExtract.Fetching;

/// <summary>The plumbing of a forward-only, read-only stream over another, which it owns.</summary>
internal abstract class ReadOnlyWrapperStream(Stream inner) : Stream
{
    protected Stream Inner { get; } = inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public abstract override int Read(Span<byte> buffer);

    public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// Counts the bytes read through it and stops at a limit while they stream: it throws what <c>onExceeded</c> makes
/// once one byte more than the limit has arrived, or, without <c>onExceeded</c>, ends the stream at the limit.
/// </summary>
internal sealed class LimitedStream(Stream inner, long limit, Func<Exception>? onExceeded) : ReadOnlyWrapperStream(inner)
{
    private long total;

    public override int Read(Span<byte> buffer)
    {
        var room = Room(buffer.Length);
        return room == 0 && buffer.Length > 0 ? 0 : Count(Inner.Read(buffer[..room]));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // A zero-byte read of an HTTP body waits for data to arrive, so at the limit the stream ends without asking.
        var room = Room(buffer.Length);
        return room == 0 && buffer.Length > 0 ? 0 : Count(await Inner.ReadAsync(buffer[..room], cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Asks for at most one byte past the limit: enough to tell "exactly at the limit" from "over it".</summary>
    private int Room(int wanted) => (int)Math.Min(wanted, Math.Max(0, limit - total + (onExceeded is null ? 0 : 1)));

    private int Count(int read)
    {
        total += read;
        if (total > limit)
        {
            throw onExceeded!();
        }

        return read;
    }
}

/// <summary>Gives back bytes already read from a stream (to sniff its format), then the rest of it.</summary>
internal sealed class ReplayStream(ReadOnlyMemory<byte> prefix, Stream inner) : ReadOnlyWrapperStream(inner)
{
    private ReadOnlyMemory<byte> prefix = prefix;

    public override int Read(Span<byte> buffer)
    {
        if (prefix.IsEmpty)
        {
            return Inner.Read(buffer);
        }

        var count = Math.Min(buffer.Length, prefix.Length);
        prefix.Span[..count].CopyTo(buffer);
        prefix = prefix[count..];
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        prefix.IsEmpty ? Inner.ReadAsync(buffer, cancellationToken) : ValueTask.FromResult(Read(buffer.Span));
}
