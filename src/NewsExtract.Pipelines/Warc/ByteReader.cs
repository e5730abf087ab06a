using System.Text;

namespace NewsExtract.Pipelines.Warc;

/// <summary>Reads a stream as lines and blocks of bytes, through one buffer, asynchronously.</summary>
internal sealed class ByteReader(Stream stream)
{
    private const int MaxLine = 64 * 1024;

    private readonly byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;

    /// <summary>The next line (UTF-8, without its CR LF or LF), or <see langword="null"/> at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">A line is longer than 64 KB.</exception>
    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        List<byte>? longLine = null;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = buffer.AsSpan(start, newline);
                start += newline + 1;
                return Finish(longLine, line);
            }

            longLine ??= new List<byte>(256);
            longLine.AddRange(buffer.AsSpan(start, end - start));
            if (longLine.Count > MaxLine)
            {
                throw new InvalidDataException("A WARC header line longer than 64 KB.");
            }

            start = end = 0;
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return longLine.Count == 0 ? null : Finish(null, [.. longLine]);
            }
        }
    }

    /// <summary>Fills <paramref name="destination"/> from the stream.</summary>
    /// <exception cref="InvalidDataException">The stream ends first.</exception>
    public async ValueTask ReadExactlyAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var buffered = Math.Min(destination.Length, end - start);
        buffer.AsMemory(start, buffered).CopyTo(destination);
        start += buffered;
        try
        {
            await stream.ReadExactlyAsync(destination[buffered..], cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException("The WARC file ends inside a record.", exception);
        }
    }

    /// <summary>Passes over <paramref name="length"/> bytes.</summary>
    /// <exception cref="InvalidDataException">The stream ends first.</exception>
    public async ValueTask SkipAsync(long length, CancellationToken cancellationToken)
    {
        var buffered = (int)Math.Min(length, end - start);
        start += buffered;
        length -= buffered;
        while (length > 0)
        {
            start = end = 0;
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidDataException("The WARC file ends inside a record.");
            }

            var taken = (int)Math.Min(length, end);
            start = taken;
            length -= taken;
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
        end += read;
        return read > 0;
    }

    private static string Finish(List<byte>? head, ReadOnlySpan<byte> tail)
    {
        if (head is { Count: > 0 })
        {
            head.AddRange(tail);
            tail = head.ToArray();
        }

        if (tail.Length > 0 && tail[^1] == '\r')
        {
            tail = tail[..^1];
        }

        return Encoding.UTF8.GetString(tail);
    }
}
