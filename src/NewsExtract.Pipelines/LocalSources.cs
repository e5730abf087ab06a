using System.Runtime.CompilerServices;

namespace NewsExtract.Pipelines;

/// <summary>Inputs on this machine: a folder of pages, a list of URLs.</summary>
public static class LocalSources
{
    /// <summary>
    /// The most bytes read of one file by <see cref="FolderAsync(string, CancellationToken)"/>: four bytes per
    /// character of the default <see cref="ExtractionOptions.MaxInputChars"/>, all an extractor with the default
    /// options would look at.
    /// </summary>
    public const long DefaultMaxBytesPerFile = 40_000_000;

    /// <summary>
    /// Every <c>*.html</c>, <c>*.htm</c> and <c>*.txt</c> file of a folder (not its subfolders), in ordinal order of
    /// their names, read one at a time as the enumeration reaches it: <c>.txt</c> files are already-scraped plain
    /// text. The id is the file name without its extension. At most <see cref="DefaultMaxBytesPerFile"/> bytes of a
    /// file are read: a huge file costs no more memory than an extractor with the default options would look at.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IAsyncEnumerable<PageInput> FolderAsync(string folder, CancellationToken cancellationToken = default) =>
        FolderAsync(folder, DefaultMaxBytesPerFile, cancellationToken);

    /// <summary>
    /// The pages of a folder, as <see cref="FolderAsync(string, CancellationToken)"/> reads them (the tests give a small bound), reading at most
    /// <paramref name="maxBytesPerFile"/> bytes of a file: a huge file costs no more memory than the bound (the
    /// extractor reports <see cref="PageWarning.InputTruncated"/> when the bound cuts into the text it reads).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="maxBytesPerFile">The most bytes read of one file; at least 1.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytesPerFile"/> is less than 1 or more than <see cref="Array.MaxLength"/>.</exception>
    internal static async IAsyncEnumerable<PageInput> FolderAsync(string folder, long maxBytesPerFile, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytesPerFile, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytesPerFile, Array.MaxLength);
        var files = Directory.EnumerateFiles(folder)
            .Where(f => KindOf(f) != PageContentKind.None)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            var content = await ReadHeadAsync(file, maxBytesPerFile, cancellationToken).ConfigureAwait(false);
            yield return new PageInput { Id = Path.GetFileNameWithoutExtension(file), Content = content, Kind = KindOf(file) };
        }
    }

    /// <summary>
    /// The addresses of a URL list, one a line; blank lines and lines starting with <c>#</c> are passed over. A line
    /// that is not an absolute http(s) address is still an input (its id is the line, it has no URL), so that a
    /// pipeline reports it rather than dropping it.
    /// </summary>
    /// <param name="reader">The list; not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public static async IAsyncEnumerable<PageInput> UrlListAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            yield return Uri.TryCreate(trimmed, UriKind.Absolute, out var url) && ArticleUrl.IsWebAddress(url)
                ? PageInput.ForUrl(url)
                : new PageInput { Id = trimmed };
        }
    }

    /// <summary>A file's first <paramref name="maxBytes"/> bytes (all of a shorter file).</summary>
    private static async Task<byte[]> ReadHeadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            var content = new byte[Math.Min(file.Length, maxBytes)];
            var length = await file.ReadAtLeastAsync(content, content.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return length == content.Length ? content : content[..length];
        }
    }

    private static PageContentKind KindOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" => PageContentKind.Html,
        ".TXT" => PageContentKind.PlainText,
        _ => PageContentKind.None,
    };
}
