using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Pipelines;

/// <summary>
/// Article addresses: one spelling per page (<see cref="Normalize"/>) and the test of whether an address looks like an
/// article's rather than a section's, tag's, author's or listing's (<see cref="LooksLikeArticle"/>).
/// </summary>
public static partial class ArticleUrl
{
    private static readonly FrozenSet<string> TrackingParameters = WordList.Load("tracking-parameters");

    private static readonly FrozenSet<string> ListingWords = WordList.Load("listing-words");

    /// <summary>
    /// One spelling of an address: http or https lower-cased, the host lower-cased, the default port dropped, the
    /// fragment dropped, and tracking parameters (<c>utm_*</c>, click ids and the like) dropped from the query; the
    /// other parameters keep their order.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http or https address.</exception>
    public static Uri Normalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsWebAddress(url))
        {
            throw new ArgumentException($"'{url}' is not an absolute http or https address.", nameof(url));
        }

        var builder = new UriBuilder(url)
        {
            Scheme = url.Scheme.ToLowerInvariant(),
            Host = url.IdnHost.ToLowerInvariant().TrimEnd('.'),
            Fragment = string.Empty,
            Query = KeptQuery(url.Query),
        };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    /// <summary>Whether <paramref name="url"/> is absolute and http or https.</summary>
    public static bool IsWebAddress(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
    }

    /// <summary>
    /// Whether an address has an article's shape: a path with a date (<c>/2024/05/17/</c>, <c>/20240517/</c>), a long
    /// slug (several words joined by hyphens or underscores) or a long number as its last part, and no part that names
    /// a listing (tag, topic, author, section, page, search, feed and the like), no pagination, no file that is not a
    /// page. The shape is only the first test: the fetched page itself says whether it is an article.
    /// </summary>
    public static bool LooksLikeArticle(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsWebAddress(url))
        {
            return false;
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || Pagination().IsMatch(url.Query))
        {
            return false;
        }

        var last = Uri.UnescapeDataString(segments[^1]);
        var extension = Path.GetExtension(last);
        if (extension.Length > 0 && !PageExtension().IsMatch(extension))
        {
            return false;
        }

        foreach (var segment in segments)
        {
            if (ListingWords.Contains(segment))
            {
                return false;
            }
        }

        var stem = extension.Length > 0 ? last[..^extension.Length] : last;
        return DatePath().IsMatch(url.AbsolutePath) || Slug(stem) || LongNumber().IsMatch(stem);
    }

    private static bool Slug(string stem)
    {
        var words = stem.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 && words.Count(w => w.Any(char.IsLetter)) >= 3 && stem.Length >= 20;
    }

    private static string KeptQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = new StringBuilder();
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
            if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name))
            {
                continue;
            }

            kept.Append(kept.Length == 0 ? string.Empty : "&").Append(pair);
        }

        return kept.ToString();
    }

    [GeneratedRegex(@"/(19|20)\d{2}[/-]?(0[1-9]|1[0-2])([/-]?(0[1-9]|[12]\d|3[01]))?(/|-|$)")]
    private static partial Regex DatePath();

    [GeneratedRegex(@"^\.(html?|php|aspx?|jsp|shtml|cms|ece|story)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageExtension();

    [GeneratedRegex(@"\d{6,}")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(^|[?&])(page|p|paged|offset|start)=\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Pagination();
}
