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
/// block quotes, tables, captions in italics, preformatted text fenced. Text is escaped, so that a paragraph starting
/// <c>* </c>, <c>1. </c> or <c>#</c> stays a paragraph and stars, brackets and angle brackets stay text.
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
            if (article.Image is { } image)
            {
                builder.Append("![](").Append(Destination(image)).Append(")\n\n");
            }

            if (article.Url is { } url)
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
                builder.Append('#', Math.Clamp(block.Level, 1, 6)).Append(' ').Append(Escape(OneLine(block.Text)));
                break;
            case ArticleBlockKind.ListItem:
                builder.Append("- ").Append(Escape(block.Text).Replace("\n", "\n  ", StringComparison.Ordinal));
                break;
            case ArticleBlockKind.BlockQuote:
                builder.Append("> ").Append(Escape(block.Text).Replace("\n", "\n> ", StringComparison.Ordinal));
                break;
            case ArticleBlockKind.FigureCaption:
                builder.Append('*').Append(Escape(OneLine(block.Text))).Append('*');
                break;
            case ArticleBlockKind.Preformatted:
                var fence = new string('`', Math.Max(3, LongestRun(block.Text, '`') + 1));
                builder.Append(fence).Append('\n').Append(block.Text).Append('\n').Append(fence);
                break;
            case ArticleBlockKind.Table when block.Rows.Count > 0:
                WriteTable(builder, block.Rows);
                break;
            default:
                builder.Append(Escape(block.Text));
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
    /// line (<c>&gt; + - =</c>, <c>1.</c>, <c>1)</c>) escaped there; a line break stays a (hard) line break.
    /// </summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                builder.Append("\\\n");
                lineStart = true;
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' or '#'
                || (c == '&' && StartsEntity(text, i))
                || (lineStart && c is '>' or '+' or '-' or '='))
            {
                builder.Append('\\');
            }
            else if (lineStart && char.IsAsciiDigit(c))
            {
                // "1. " or "1) " would start an ordered list: escape the mark after the digits.
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (end < text.Length && text[end] is '.' or ')')
                {
                    builder.Append(text, i, end - i).Append('\\').Append(text[end]);
                    i = end;
                    lineStart = false;
                    continue;
                }
            }

            // Spaces at the start of a line would indent it into code: they are dropped (text is collapsed anyway).
            if (lineStart && c is ' ' or '\t')
            {
                continue;
            }

            builder.Append(c);
            lineStart = false;
        }

        return builder.ToString();
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

    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static string Destination(Uri url) => "<" + url.AbsoluteUri.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ">";

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
