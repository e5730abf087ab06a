namespace NewsExtract.Fetching;

/// <summary>What the client takes: how large a body, how many redirects, which content types and which addresses. Part of <see cref="FetchOptions.Limits"/>.</summary>
public sealed record LimitOptions
{
    /// <summary>The defaults.</summary>
    public static LimitOptions Default { get; } = new();

    /// <summary>
    /// The most bytes of body accepted as they arrive, enforced while streaming: a larger announced
    /// <c>Content-Length</c> fails before the body is read. Default: 10 MiB (10,485,760); at least 1,024.
    /// </summary>
    public long MaxResponseBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// The most bytes a compressed body (gzip, deflate, brotli) may expand to; a larger one (a "zip bomb") fails with
    /// <see cref="FetchFailureReason.TooLarge"/> without being held in memory. Default: <see langword="null"/>, meaning
    /// the same as <see cref="MaxResponseBytes"/>; at least 1,024 when set.
    /// </summary>
    public long? MaxDecompressedBytes { get; init; }

    /// <summary>The most redirects followed for one page. Default: 10; from 0 to 50.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Whether <c>text/plain</c> responses are accepted besides HTML and XHTML. Default: <see langword="false"/>.</summary>
    public bool AllowPlainText { get; init; }

    /// <summary>
    /// Whether private, loopback, link-local and other non-public addresses are refused
    /// (<see cref="FetchFailureReason.BlockedAddress"/>), checked after DNS resolution and again on every redirect. Turn
    /// it on in services that fetch URLs given by their users. Default: <see langword="false"/>.
    /// </summary>
    /// <remarks>
    /// The after-DNS check needs the client's own handler (<see cref="ArticleClient.CreateHandler"/>); with another
    /// <see cref="HttpClient"/> the client resolves the host itself before each request, which a DNS answer that
    /// changes between the two lookups can defeat.
    /// </remarks>
    public bool BlockPrivateAddresses { get; init; }

    /// <summary>The decompressed-size limit in force.</summary>
    internal long EffectiveMaxDecompressedBytes => MaxDecompressedBytes ?? MaxResponseBytes;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResponseBytes, 1024, "Limits.MaxResponseBytes");
        if (MaxDecompressedBytes is { } maxDecompressed)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxDecompressed, 1024, "Limits.MaxDecompressedBytes");
        }

        OptionChecks.ThrowIfOutside(MaxRedirects, 0, 50, "Limits.MaxRedirects");
    }
}
