using AngleSharp.Html.Parser;

namespace NewsExtract.Pipelines;

/// <summary>The addresses a page links to.</summary>
internal static class PageLinks
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>The http(s) addresses of a page's <c>&lt;a href&gt;</c> links, absolute, in the page's order, each once.</summary>
    public static IReadOnlyList<Uri> Of(string html, Uri pageUrl)
    {
        using var document = Parser.ParseDocument(html);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Uri>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (Sitemaps.ResolveAddress(anchor.GetAttribute("href")!.Trim(), pageUrl) is { } address && seen.Add(address.AbsoluteUri))
            {
                result.Add(address);
            }
        }

        return result;
    }
}
