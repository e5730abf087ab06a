namespace NewsExtract.Quotes;

/// <summary>A stretch of a paragraph inside quotation marks.</summary>
/// <param name="Start">Offset of the first character after the opening mark.</param>
/// <param name="End">Offset of the closing mark, or the paragraph's length when the quote runs on.</param>
/// <param name="Closed">Whether a closing mark was found in the paragraph.</param>
internal readonly record struct QuoteSpan(int Start, int End, bool Closed);
