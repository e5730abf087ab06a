namespace NewsExtract;

/// <summary>What a page's content is, which decides how the extractor reads it.</summary>
public enum PageFormat
{
    /// <summary>HTML (or XHTML) markup.</summary>
    Html,

    /// <summary>Already-scraped plain text: one paragraph or line of page furniture per line.</summary>
    PlainText,
}
