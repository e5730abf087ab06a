using AngleSharp.Html.Dom;

namespace NewsExtract.Parsing;

/// <summary>
/// The tree of a page with <c>&lt;noscript&gt;</c> content, kept past <see cref="Pipeline.DocumentRelease"/> for a
/// second reading with that content when the first finds too little.
/// </summary>
/// <param name="Document">The tree.</param>
internal sealed record NoscriptPage(IHtmlDocument Document);
