using System.Runtime.CompilerServices;

namespace NewsExtract.Pipelines;

/// <summary>Inputs on this machine: a folder of pages, a list of URLs.</summary>
public static class LocalSources
{
    /// <summary>
    /// Every <c>*.html</c>, <c>*.htm</c> and <c>*.txt</c> file of a folder (not its subfolders), in ordinal order of
    /// their names, read one at a time as the enumeration reaches it: <c>.txt</c> files are already-scraped plain
    /// text. The id is the file name without its extension.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static async IAsyncEnumerable<PageInput> FolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = Directory.EnumerateFiles(folder)
            .Where(f => KindOf(f) != PageContentKind.None)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            var content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
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

    private static PageContentKind KindOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" => PageContentKind.Html,
        ".TXT" => PageContentKind.PlainText,
        _ => PageContentKind.None,
    };
}
