namespace NewsExtract.Cli;

/// <summary>A page read from a file, standard input, a URL or a WARC record, ready to extract.</summary>
/// <param name="Id">The id of the contract: the file name without extension, or the URL.</param>
/// <param name="Content">The decoded page.</param>
/// <param name="Format">Whether the page is HTML or already-scraped plain text.</param>
/// <param name="Url">The page's address, if known.</param>
internal sealed record LoadedInput(string Id, string Content, PageFormat Format, Uri? Url)
{
    /// <summary>
    /// Extracts the article. Its <c>url</c> is the address the input came from (the fetched URL, the WARC record's
    /// target, <c>--url</c>), as the contract says, or <see langword="null"/>; <c>canonicalUrl</c> is the page's canonical link.
    /// </summary>
    public Article Extract(ArticleExtractor extractor, CancellationToken cancellationToken) =>
        extractor.Extract(Content, Format, Url, cancellationToken);
}

/// <summary>Reads the inputs the commands accept.</summary>
internal static class InputLoader
{
    /// <summary>Reads through the extractor's input bound: a file of any length costs no more memory than the bound.</summary>
    private static readonly ArticleExtractor Reader = ArticleExtractor.Default;

    public static async Task<LoadedInput> LoadAsync(string source, Uri? url, bool forcePlainText, UrlInputs urls, CancellationToken cancellationToken)
    {
        if (source == "-")
        {
            await using var stdin = Console.OpenStandardInput();
            var text = await Reader.ReadAsync(stdin, cancellationToken: cancellationToken);
            var looksLikeHtml = text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
            return new LoadedInput(url?.AbsoluteUri ?? "stdin", text, forcePlainText || !looksLikeHtml ? PageFormat.PlainText : PageFormat.Html, url);
        }

        if (UrlParsing.IsWebAddress(source, out var address))
        {
            return await urls.FetchAsync(address, source, forcePlainText, cancellationToken);
        }

        return await LoadFileAsync(source, url, forcePlainText, cancellationToken);
    }

    public static async Task<LoadedInput> LoadFileAsync(string path, Uri? url, bool forcePlainText, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var text = await Reader.ReadAsync(file, cancellationToken: cancellationToken);
        var format = forcePlainText || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? PageFormat.PlainText : PageFormat.Html;
        return new LoadedInput(Path.GetFileNameWithoutExtension(path), text, format, url);
    }
}

/// <summary>Parses the URLs the commands accept.</summary>
internal static class UrlParsing
{
    public static bool IsWebAddress(string value, out Uri address)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            address = parsed;
            return true;
        }

        address = null!;
        return false;
    }

    public static Uri? Parse(System.CommandLine.Parsing.ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (value is not null && IsWebAddress(value, out var address))
        {
            return address;
        }

        result.AddError($"'{value}' is not an http or https URL.");
        return null;
    }
}
