using NewsExtract.Pipeline;

namespace NewsExtract;

/// <summary>The pipelines an extractor runs, built by <see cref="ArticleExtractorBuilder.BuildPipelines"/>.</summary>
/// <param name="Html">For HTML: from <c>HtmlFrontEnd</c> to the last stage.</param>
/// <param name="Text">For already-scraped plain text: from <c>TextFrontEnd</c> to the last stage.</param>
/// <param name="NoscriptRetry">The HTML pipeline reading a page a second time with its <c>&lt;noscript&gt;</c> content, when the first reading found too little.</param>
internal sealed record ExtractionPipelines(ExtractionPipeline Html, ExtractionPipeline Text, ExtractionPipeline NoscriptRetry);
