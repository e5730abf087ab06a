using System.IO.Compression;

namespace NewsExtract.Pipelines;

/// <summary>Streams as sources come: gzip-compressed or not, told by their first bytes rather than their names.</summary>
internal static class SourceStreams
{
    /// <summary>
    /// <paramref name="stream"/>, decompressed when it starts with the gzip magic bytes (each member of a multi-member
    /// file in turn, as WARC files and gzipped sitemaps are written); read forward only, never seeked.
    /// </summary>
    public static async Task<Stream> OpenAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var read = 0;
        while (read < head.Length)
        {
            var n = await stream.ReadAsync(head.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        Stream replayed = new PrefixedStream(head.AsMemory(0, read), stream);
        return read == 2 && head[0] == 0x1f && head[1] == 0x8b
            ? new BufferedStream(new GZipStream(replayed, CompressionMode.Decompress), 1 << 16)
            : replayed;
    }

    /// <summary>A few bytes already read, then the rest of the stream: a forward-only stream that can be peeked.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
    {
        private ReadOnlyMemory<byte> prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (!prefix.IsEmpty)
            {
                return TakePrefix(buffer);
            }

            return inner.Read(buffer);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            prefix.IsEmpty ? inner.ReadAsync(buffer, cancellationToken) : ValueTask.FromResult(TakePrefix(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

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
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int TakePrefix(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, prefix.Length);
            prefix.Span[..count].CopyTo(buffer);
            prefix = prefix[count..];
            return count;
        }
    }
}
