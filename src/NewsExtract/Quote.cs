namespace NewsExtract;

/// <summary>How a quote is given in the text.</summary>
public enum QuoteKind
{
    /// <summary>The whole attributed statement is inside quotation marks.</summary>
    Direct,

    /// <summary>A quoted fragment inside reported speech: Holm is "patient, stubborn", he wrote.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: Rask said the council had not yet met the builders.</summary>
    Indirect,
}

/// <summary>One quote of an article.</summary>
public sealed record Quote
{
    /// <summary>The words inside the quotation marks; for <see cref="QuoteKind.Indirect"/>, the reported clause.</summary>
    public required string Text { get; init; }

    /// <summary>The speaker's full name as the article introduces it, or the source as written ("the ministry"); <see langword="null"/> if unknown.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's role when the article gives one ("Russian president’s special envoy to Afghanistan"); <see langword="null"/> if none.</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>The verb or phrase that attributes the quote, as written ("said", "according to"); <see langword="null"/> if none.</summary>
    public string? Cue { get; init; }

    /// <summary>How the quote is given.</summary>
    public QuoteKind Kind { get; init; }

    /// <summary>The 0-based index of the paragraph (in <see cref="Article.Paragraphs"/>) where the quote starts.</summary>
    public int ParagraphIndex { get; init; }

    /// <summary>The offset of <see cref="Text"/> within its paragraph, in UTF-16 code units.</summary>
    public int Start { get; init; }

    /// <summary>The length of the quote's span in its paragraph; for a quote running over several paragraphs, the part in the first.</summary>
    public int Length { get; init; }

    /// <summary>
    /// For a <see cref="QuoteKind.Partial"/> quote, the whole attributed statement it sits in, marks included (Holm
    /// said <i>the plan is "a step too far"</i>); <see langword="null"/> for the other kinds, or when the statement's bounds
    /// are not found.
    /// </summary>
    public string? Content { get; init; }

    /// <summary>The offset of <see cref="Content"/> within the quote's paragraph, in UTF-16 code units; 0 when there is none.</summary>
    public int ContentStart { get; init; }

    /// <summary>The length of <see cref="Content"/>; 0 when there is none.</summary>
    public int ContentLength { get; init; }
}
