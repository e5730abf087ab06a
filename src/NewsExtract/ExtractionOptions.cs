namespace NewsExtract;

/// <summary>Whether the extractor leans towards leaving doubtful blocks out or keeping them in.</summary>
public enum ExtractionFocus
{
    /// <summary>Tuned for the best F1 between precision and recall. The default.</summary>
    Balanced,

    /// <summary>Leave doubtful blocks out: less boilerplate, some body text may be lost.</summary>
    Precision,

    /// <summary>Keep doubtful blocks in: no body text lost, some boilerplate may remain.</summary>
    Recall,
}

/// <summary>
/// Settings of an <see cref="ArticleExtractor"/>. Every property documents its default; the extractor validates the
/// whole set once, when it is built, and throws <see cref="ArgumentOutOfRangeException"/> for a value out of range.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Precision against recall. Default: <see cref="ExtractionFocus.Balanced"/>.</summary>
    public ExtractionFocus Focus { get; init; } = ExtractionFocus.Balanced;

    /// <summary>Whether quotes are looked for. Default: <see langword="true"/>.</summary>
    public bool ExtractQuotes { get; init; } = true;

    /// <summary>Whether reported speech without quotation marks is returned as <see cref="QuoteKind.Indirect"/> quotes. Default: <see langword="true"/>.</summary>
    public bool IncludeIndirectQuotes { get; init; } = true;

    /// <summary>Whether repeated blocks (second copies, teasers, pull quotes, the headline again) are merged. Default: <see langword="true"/>.</summary>
    public bool MergeDuplicates { get; init; } = true;

    /// <summary>How alike two blocks must be, from 0 to 1, to count as copies of each other. Default: 0.9; range 0.5 to 1.</summary>
    public double DuplicateSimilarity { get; init; } = 0.9;

    /// <summary>
    /// The most characters of input read; the rest is ignored and <see cref="PageWarning.InputTruncated"/> is reported.
    /// Bounds time and memory on hostile input: the largest article page of the evaluation corpora holds about 1.6
    /// million characters, so the default leaves six times that room. Default: 10,000,000; at least 1,000.
    /// </summary>
    public int MaxInputChars { get; init; } = 10_000_000;

    /// <summary>The most blocks read from one page; later blocks are ignored. Default: 50,000; at least 10.</summary>
    public int MaxBlocks { get; init; } = 50_000;

    /// <summary>
    /// How deep the tree of an HTML page may nest. A start tag that would open an element deeper is left out (its
    /// content is kept) and <see cref="PageWarning.TreeDepthLimited"/> is reported: without the bound, the parse of a
    /// page nested 200,000 levels deep takes minutes, and the parser's cost per element grows with the depth. Default:
    /// 256 (half a browser's bound, six times the deepest page of the benchmark corpora); from 16 to 10,000.
    /// </summary>
    public int MaxTreeDepth { get; init; } = 256;

    /// <summary>
    /// The most elements read from an HTML page; the markup is cut at the next one and
    /// <see cref="PageWarning.ElementsLimited"/> is reported. Bounds time and memory on hostile input. Default: 100,000;
    /// at least 100.
    /// </summary>
    public int MaxElements { get; init; } = 100_000;

    /// <summary>
    /// The longest JSON-LD block read, in characters: a longer one is skipped and reported as
    /// <see cref="PageWarning.MalformedStructuredData"/> (the page's other metadata still counts). Bounds the memory
    /// of the parsed document. Default: 2,000,000; at least 1,000.
    /// </summary>
    public int MaxStructuredDataChars { get; init; } = 2_000_000;

    /// <summary>
    /// How deep a JSON-LD block may nest: a deeper one is skipped and reported as
    /// <see cref="PageWarning.MalformedStructuredData"/>. The JSON parser stops at this depth without recursing
    /// further, and the reader walks what it parsed with a stack of its own. Default: 64 (schema.org data nests a few
    /// levels); from 8 to 1,000.
    /// </summary>
    public int MaxStructuredDataDepth { get; init; } = 64;

    /// <summary>
    /// The longest one extraction may run; past it the extraction stops with <see cref="ExtractionTimeoutException"/>.
    /// The markup pre-scan, the walk of the tree, the merging of duplicates and the quote finder look at the budget as
    /// they go (through the cancellation token); AngleSharp's parse, kept short by <see cref="MaxTreeDepth"/> and
    /// <see cref="MaxElements"/>, runs to its end. Reading a stream is not counted. <see cref="Timeout.InfiniteTimeSpan"/>
    /// turns the budget off. The budget is wall-clock time, so it leaves room for a machine shared by many processes:
    /// the bounds above keep every page of the hostile set under two seconds of processor time, and the budget is
    /// there for what they do not foresee. Default: 60 seconds; from 10 milliseconds to one hour, or infinite.
    /// </summary>
    public TimeSpan MaxExtractionTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of its documented range; the extractor does this once, when it is built.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its documented range; the exception names it.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Focus))
        {
            throw new ArgumentOutOfRangeException(nameof(Focus), Focus, "Unknown extraction focus.");
        }

        if (double.IsNaN(DuplicateSimilarity) || DuplicateSimilarity is < 0.5 or > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(DuplicateSimilarity), DuplicateSimilarity, "Must be between 0.5 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInputChars, 1_000, nameof(MaxInputChars));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBlocks, 10, nameof(MaxBlocks));
        if (MaxTreeDepth is < 16 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTreeDepth), MaxTreeDepth, "Must be between 16 and 10,000.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxElements, 100, nameof(MaxElements));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxStructuredDataChars, 1_000, nameof(MaxStructuredDataChars));
        if (MaxStructuredDataDepth is < 8 or > 1_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStructuredDataDepth), MaxStructuredDataDepth, "Must be between 8 and 1,000.");
        }

        if (MaxExtractionTime != Timeout.InfiniteTimeSpan
            && (MaxExtractionTime < TimeSpan.FromMilliseconds(10) || MaxExtractionTime > TimeSpan.FromHours(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxExtractionTime), MaxExtractionTime, "Must be between 10 milliseconds and one hour, or infinite.");
        }
    }
}
