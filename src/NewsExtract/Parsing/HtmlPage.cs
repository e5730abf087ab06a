using AngleSharp.Html.Dom;
using NewsExtract.Pipeline;

namespace NewsExtract.Parsing;

/// <summary>The parsed page, for the stages that read the tree itself (metadata, page diagnostics) until <see cref="DocumentRelease"/>.</summary>
/// <param name="Document">The tree.</param>
internal sealed record HtmlPage(IHtmlDocument Document) : IPageTreeResult;
