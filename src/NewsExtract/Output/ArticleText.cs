using System.Text;

namespace NewsExtract.Output;

/// <summary>Renders articles for people to read: plain text or Markdown.</summary>
public static class ArticleText
{
    /// <summary>The headline, a byline line, and the paragraphs separated by blank lines.</summary>
    public static string ToPlainText(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var builder = new StringBuilder();
        if (article.Title is not null)
        {
            builder.AppendLine(article.Title).AppendLine(new string('=', Math.Min(article.Title.Length, 80)));
        }

        var byline = Byline(article);
        if (byline.Length > 0)
        {
            builder.AppendLine(byline);
        }

        builder.AppendLine();
        foreach (var paragraph in article.Paragraphs)
        {
            builder.AppendLine(paragraph).AppendLine();
        }

        if (article.Quotes.Count > 0)
        {
            builder.AppendLine("Quotes:");
            foreach (var quote in article.Quotes)
            {
                builder.Append("  [").Append(quote.Kind.ToString().ToLowerInvariant()).Append("] ")
                    .Append(quote.Speaker ?? "(unknown)").Append(quote.Cue is null ? string.Empty : " " + quote.Cue)
                    .Append(": “").Append(quote.Text).AppendLine("”");
            }
        }

        return builder.ToString();
    }

    internal static string Byline(Article article)
    {
        var parts = new List<string>();
        if (article.Authors.Count > 0)
        {
            parts.Add("By " + string.Join(", ", article.Authors));
        }

        if (article.Published is { } published)
        {
            parts.Add(ArticleJson.FormatDate(published)!);
        }

        if (article.SiteName is not null)
        {
            parts.Add(article.SiteName);
        }

        return string.Join(" · ", parts);
    }
}
