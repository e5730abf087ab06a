using AngleSharp.Dom;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>
/// Finds the publication date of a page whose metadata declares none, from the weaker evidence pages carry, most
/// reliable first: a machine-readable <c>time</c> element, a date in the address, a date in the title attribute of
/// a date-marked element (<c>&lt;abbr class="published" title="…"&gt;</c>), the text of the elements marked as date
/// lines, the short lines right around the headline, and last the first short line anywhere that holds a date.
/// </summary>
internal static class DateFinder
{
    /// <summary>A date line is short; longer text is a paragraph that may mention any date.</summary>
    private const int MaxDateLineChars = 160;

    /// <summary>A paragraph's date must start within this many characters of its start to date the page.</summary>
    private const int MaxLeadingDateIndex = 40;

    /// <summary>How many blocks after the headline are searched for its date line, and how many before it.</summary>
    private const int BlocksAfterHeadline = 8;
    private const int BlocksBeforeHeadline = 3;

    /// <summary>The page's date from its weaker evidence, most reliable first; <paramref name="headline"/> is the headline's <see cref="HeadlineIndex"/> for this title when the caller found it already.</summary>
    public static DateTimeOffset? Find(MetadataElements elements, Uri? url, IReadOnlyList<Block> blocks, string? title, bool monthFirst, int? headline = null)
    {
        return TimeElement(elements.Times)
            ?? DateParser.FromUrl(url)
            ?? DateLines(elements.DateLines, monthFirst)
            ?? NearHeadline(blocks, headline ?? HeadlineIndex(blocks, title), monthFirst)
            ?? FirstDateLine(blocks, monthFirst);
    }

    /// <summary>
    /// The last resort of a page that dates itself nowhere else: the first short line anywhere in it that holds a date
    /// (a box's or a teaser's date line, "last edited 2019-11-10" at its foot), not a sentence that mentions one. Read only on pages without any other
    /// date, from the blocks already built.
    /// </summary>
    private static DateTimeOffset? FirstDateLine(IReadOnlyList<Block> blocks, bool monthFirst)
    {
        foreach (var block in blocks)
        {
            if (block.Text.Length <= MaxDateLineChars && DateText.HasDigits(block.Text) && !TextNormalizer.EndsLikeSentence(block.Text)
                && DateLine(block, monthFirst) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The date of plain text: a date line right around its headline.</summary>
    public static DateTimeOffset? FindInText(IReadOnlyList<Block> blocks, string? title) => NearHeadline(blocks, HeadlineIndex(blocks, title), monthFirst: false);

    private static DateTimeOffset? TimeElement(List<IElement> candidates)
    {
        foreach (var time in candidates)
        {
            var value = time.GetAttribute("datetime") ?? time.GetAttribute("content");
            if (DateParser.Parse(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The first date-marked element whose machine-readable attribute or short text holds a date.</summary>
    private static DateTimeOffset? DateLines(IEnumerable<IElement> candidates, bool monthFirst)
    {
        foreach (var element in candidates)
        {
            foreach (var attribute in (ReadOnlySpan<string>)["datetime", "content", "title"])
            {
                if (element.GetAttribute(attribute) is { Length: > 6 and <= MaxDateLineChars } value
                    && (DateParser.Parse(value) ?? AtMidnight(DateText.Find(value, monthFirst))) is { } fromAttribute)
                {
                    return fromAttribute;
                }
            }

            if (ShortText(element) is { } text && AtMidnight(DateText.Find(text, monthFirst)) is { } fromText)
            {
                return fromText;
            }
        }

        return null;
    }

    /// <summary>The element's text when it is short enough to be a date line; found without building the text of a large subtree.</summary>
    private static string? ShortText(IElement element)
    {
        if (element.ChildElementCount > 12)
        {
            return null;
        }

        var text = MetadataElements.TextOf(element);
        return text.Length <= MaxDateLineChars * 2 ? TextNormalizer.CollapseWhitespace(text).Replace('\n', ' ') : null;
    }

    /// <summary>A date in the short lines around the headline: after it first (the date line under a headline), then before it.</summary>
    private static DateTimeOffset? NearHeadline(IReadOnlyList<Block> blocks, int headline, bool monthFirst)
    {
        if (headline < 0)
        {
            return null;
        }

        for (var i = headline + 1; i < blocks.Count && i <= headline + BlocksAfterHeadline; i++)
        {
            if (DateLine(blocks[i], monthFirst) is { } after)
            {
                return after;
            }
        }

        for (var i = headline - 1; i >= 0 && i >= headline - BlocksBeforeHeadline; i--)
        {
            if (DateLine(blocks[i], monthFirst) is { } before)
            {
                return before;
            }
        }

        return null;
    }

    /// <summary>A date in a short line, or at the start of a paragraph ("Berlin, 25 January 2022 – The minister …").</summary>
    private static DateTimeOffset? DateLine(Block block, bool monthFirst)
    {
        var text = block.Text;
        if (text.Length <= MaxDateLineChars)
        {
            return AtMidnight(DateText.Find(text, monthFirst));
        }

        return DateText.FindWithIndex(text[..MaxDateLineChars], monthFirst) is { Index: <= MaxLeadingDateIndex } found ? AtMidnight(found.Date) : null;
    }

    /// <summary>
    /// The block that holds the headline: a heading whose text is the title, else the first h1, else any block whose
    /// text is the title (a breadcrumb's last item repeats it, so headings are looked at first).
    /// </summary>
    internal static int HeadlineIndex(IReadOnlyList<Block> blocks, string? title)
    {
        var folded = string.IsNullOrEmpty(title) ? string.Empty : TextNormalizer.ForComparison(title);
        int firstHeading = -1, firstMatch = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var isTitle = folded.Length > 0 && block.Text.Length <= title!.Length * 2 + 20 && TextNormalizer.ForComparison(block.Text) == folded;
            if (isTitle && block.Kind == BlockKind.Heading)
            {
                return i;
            }

            if (firstHeading < 0 && block.Kind == BlockKind.Heading && block.HeadingLevel == 1)
            {
                firstHeading = i;
            }

            if (firstMatch < 0 && isTitle)
            {
                firstMatch = i;
            }
        }

        return firstHeading >= 0 ? firstHeading : firstMatch;
    }

    private static DateTimeOffset? AtMidnight(DateOnly? date) =>
        date is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
