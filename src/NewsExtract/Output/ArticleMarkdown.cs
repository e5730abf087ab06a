using System.Text;

namespace NewsExtract.Output;

/// <summary>Settings of <see cref="ArticleMarkdown"/>. Immutable.</summary>
public sealed record MarkdownOptions
{
    /// <summary>The defaults.</summary>
    public static MarkdownOptions Default { get; } = new();

    /// <summary>Whether the headline comes first, as a level-1 heading. Default: <see langword="true"/>.</summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>Whether a byline (authors, date, site) follows the headline, in italics. Default: <see langword="true"/>.</summary>
    public bool IncludeByline { get; init; } = true;

    /// <summary>Whether the lead image and a link to the article's address close the document. Default: <see langword="false"/>.</summary>
    public bool IncludeLinks { get; init; }
}

/// <summary>
/// Writes an article's blocks as CommonMark (tables as GitHub pipe tables): headings with their levels, list items,
/// block quotes, tables, captions in italics, preformatted text fenced, and the links inside blocks
/// (<see cref="ArticleBlock.Links"/>) as inline links. Text is escaped, so that a paragraph starting <c>* </c>,
/// <c>1. </c> or <c>#</c> stays a paragraph and stars, brackets and angle brackets stay text.
/// </summary>
public static class ArticleMarkdown
{
    /// <summary>The article as Markdown.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">What to include; <see cref="MarkdownOptions.Default"/> when <see langword="null"/>.</param>
    public static string Write(Article article, MarkdownOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        options ??= MarkdownOptions.Default;
        var builder = new StringBuilder();
        if (options.IncludeTitle && article.Title is { Length: > 0 } title)
        {
            builder.Append("# ").Append(Escape(title)).Append("\n\n");
        }

        if (options.IncludeByline && ArticleText.Byline(article) is { Length: > 0 } byline)
        {
            builder.Append('*').Append(Escape(byline)).Append("*\n\n");
        }

        // An article extracted before blocks existed, or built by hand, still has its paragraphs.
        IEnumerable<ArticleBlock> blocks = article.Blocks.Count > 0 || article.Paragraphs.Count == 0
            ? article.Blocks
            : article.Paragraphs.Select(p => new ArticleBlock { Kind = ArticleBlockKind.Paragraph, Text = p });
        foreach (var block in blocks)
        {
            WriteBlock(builder, block);
            builder.Append("\n\n");
        }

        if (options.IncludeLinks)
        {
            // Only web addresses become links: a javascript: or data: address (a caller's own URL) is no link to show.
            if (article.Image is { } image && IsWebAddress(image))
            {
                builder.Append("![](").Append(Destination(image)).Append(")\n\n");
            }

            if (article.Url is { } url && IsWebAddress(url))
            {
                builder.Append('[').Append(Escape(url.AbsoluteUri)).Append("](").Append(Destination(url)).Append(")\n\n");
            }
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteBlock(StringBuilder builder, ArticleBlock block)
    {
        switch (block.Kind)
        {
            case ArticleBlockKind.Heading:
                builder.Append('#', Math.Clamp(block.Level, 1, 6)).Append(' ').Append(Escape(OneLine(block.Text), block.Links));
                break;
            case ArticleBlockKind.ListItem:
                builder.Append("- ").Append(Escape(block.Text, block.Links).Replace("\n", "\n  ", StringComparison.Ordinal));
                break;
            case ArticleBlockKind.BlockQuote:
                builder.Append("> ").Append(Escape(block.Text, block.Links).Replace("\n", "\n> ", StringComparison.Ordinal));
                break;
            case ArticleBlockKind.FigureCaption:
                builder.Append('*').Append(Escape(OneLine(block.Text), block.Links)).Append('*');
                break;
            case ArticleBlockKind.Preformatted:
                var fence = new string('`', Math.Max(3, LongestRun(block.Text, '`') + 1));
                builder.Append(fence).Append('\n').Append(block.Text).Append('\n').Append(fence);
                break;
            case ArticleBlockKind.Table when block.Rows.Count > 0:
                WriteTable(builder, block.Rows);
                break;
            default:
                builder.Append(Escape(block.Text, block.Links));
                break;
        }
    }

    /// <summary>A pipe table: the first row is the header, every row as wide as the widest.</summary>
    private static void WriteTable(StringBuilder builder, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var width = Math.Max(1, rows.Max(r => r.Count));
        for (var i = 0; i < rows.Count; i++)
        {
            builder.Append('|');
            for (var column = 0; column < width; column++)
            {
                var cell = column < rows[i].Count ? Escape(OneLine(rows[i][column])) : string.Empty;
                builder.Append(' ').Append(cell).Append(" |");
            }

            if (i == 0)
            {
                builder.Append('\n').Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width)));
            }

            if (i < rows.Count - 1)
            {
                builder.Append('\n');
            }
        }
    }

    /// <summary>
    /// Text as CommonMark inline content that reads back as the same text: inline markers (<c>\ ` * _ [ ] &lt; | ~ #</c>,
    /// and <c>&amp;</c> where it would start an entity) escaped everywhere, and what would open a block at the start of a
    /// line (<c>&gt; + - =</c>, <c>1.</c>, <c>1)</c>) escaped there; a line break stays a (hard) line break. The spans of
    /// <paramref name="links"/> (in order, not overlapping, inside the text) become inline links: the span's text,
    /// escaped the same way, in brackets, and the address in angle brackets.
    /// </summary>
    internal static string Escape(string text, IReadOnlyList<ArticleLink>? links = null)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        var escapeAt = -1;
        var link = 0;
        var linkEnd = -1;
        Uri? linkUrl = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (linkUrl is null && links is not null && link < links.Count && links[link].Start <= i)
            {
                var next = links[link++];
                if (next.Start == i && next.Length > 0 && next.Start + next.Length <= text.Length)
                {
                    // Nothing after the bracket opens a block: the line's start is behind it.
                    builder.Append('[');
                    (linkEnd, linkUrl, lineStart) = (i + next.Length, next.Url, false);
                }
            }

            AppendEscaped(builder, text, i, ref lineStart, ref escapeAt);
            if (linkUrl is not null && i + 1 == linkEnd)
            {
                builder.Append("](").Append(Destination(linkUrl)).Append(')');
                linkUrl = null;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends the character at <paramref name="i"/>, escaped as <see cref="Escape"/> says; <paramref name="escapeAt"/> is
    /// the index of an ordered list's mark ("1." at a line's start) still to be escaped, or -1.
    /// </summary>
    private static void AppendEscaped(StringBuilder builder, string text, int i, ref bool lineStart, ref int escapeAt)
    {
        var c = text[i];
        if (c == '\n')
        {
            builder.Append("\\\n");
            lineStart = true;
            return;
        }

        if (i == escapeAt
            || c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' or '#'
            || (c == '&' && StartsEntity(text, i))
            || (lineStart && c is '>' or '+' or '-' or '='))
        {
            builder.Append('\\');
        }
        else if (lineStart && char.IsAsciiDigit(c))
        {
            // "1. " or "1) " would start an ordered list: the mark after the digits is escaped when it comes.
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] is '.' or ')')
            {
                escapeAt = end;
            }
        }

        // Spaces at the start of a line would indent it into code: they are dropped (text is collapsed anyway).
        if (lineStart && c is ' ' or '\t')
        {
            return;
        }

        builder.Append(c);
        lineStart = false;
    }

    /// <summary>Whether the <c>&amp;</c> at <paramref name="index"/> starts an entity or character reference (<c>&amp;amp;</c>, <c>&amp;#38;</c>).</summary>
    private static bool StartsEntity(string text, int index)
    {
        var end = index + 1;
        while (end < text.Length && end - index <= 32 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '#'))
        {
            end++;
        }

        return end > index + 1 && end < text.Length && text[end] == ';';
    }

    private static bool IsWebAddress(Uri url) => url.IsAbsoluteUri && url.Scheme is "http" or "https";

    private static string OneLine(string text) => text.Replace('\n', ' ');

    /// <summary>
    /// An address as a link destination in angle brackets: angle brackets percent-encoded, a backslash escaped, and an
    /// ampersand written as an entity (a reader decodes entities in a destination: "&amp;amp;" in an address stays itself).
    /// </summary>
    private static string Destination(Uri url) => "<" + url.AbsoluteUri
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "%3C", StringComparison.Ordinal)
        .Replace(">", "%3E", StringComparison.Ordinal) + ">";

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
