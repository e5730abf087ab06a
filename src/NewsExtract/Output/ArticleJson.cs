using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsExtract.Output;

/// <summary>
/// Writes articles as the JSON of the NewsExtract contract: one object per article, camelCase, UTF-8, <c>null</c> or
/// <c>[]</c> where a field is unknown. Suitable for JSON Lines when written one object a line.
/// </summary>
public static class ArticleJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>
    /// The options of the contract's compact JSON (one line, characters escaped only where JSON requires), for a
    /// <see cref="Utf8JsonWriter"/> given to <see cref="Write"/>: a writer reused across many articles writes them
    /// without a string each.
    /// </summary>
    public static JsonWriterOptions WriterOptions => Compact;

    /// <summary>The article as one JSON object.</summary>
    /// <param name="article">The article.</param>
    /// <param name="id">The article's id in a batch (a file name or URL); omitted when <see langword="null"/>.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    public static string Serialize(Article article, string? id = null, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            Write(writer, article, id);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The line that stands for an input that failed: <c>{"id": "…", "error": "…"}</c>.</summary>
    /// <param name="id">The input's id.</param>
    /// <param name="error">One readable sentence.</param>
    public static string SerializeError(string id, string error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Compact))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("error", error);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the article as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, Article article, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("url", article.Url?.AbsoluteUri);
        writer.WriteString("title", article.Title);
        WriteStrings(writer, "authors", article.Authors);
        writer.WriteString("published", FormatDate(article.Published));
        writer.WriteString("modified", FormatDate(article.Modified));
        writer.WriteString("language", article.Language);
        writer.WriteString("siteName", article.SiteName);
        writer.WriteString("description", article.Description);
        writer.WriteString("image", article.Image?.AbsoluteUri);
        writer.WriteString("canonicalUrl", article.CanonicalUrl?.AbsoluteUri);
        WriteStrings(writer, "paragraphs", article.Paragraphs);
        writer.WriteString("text", article.Text);
        WriteBlocks(writer, article.Blocks);
        writer.WriteStartArray("quotes");
        foreach (var quote in article.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("text", quote.Text);
            writer.WriteString("speaker", quote.Speaker);
            writer.WriteString("speakerRole", quote.SpeakerRole);
            writer.WriteString("cue", quote.Cue);
            writer.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
            writer.WriteNumber("paragraph", quote.ParagraphIndex);
            writer.WriteNumber("start", quote.Start);
            writer.WriteNumber("length", quote.Length);
            if (quote.Content is not null)
            {
                // Only where there is one (a partial quote's whole statement): the contract's "where present".
                writer.WriteString("content", quote.Content);
                writer.WriteNumber("contentStart", quote.ContentStart);
                writer.WriteNumber("contentLength", quote.ContentLength);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("duplicatesRemoved", article.Diagnostics.Merged.Count);
        WriteStrings(writer, "removedBoilerplate", article.Diagnostics.Removed.Where(r => r.Reason == RemovalReason.Boilerplate).Select(r => r.Text).Distinct(StringComparer.Ordinal).ToList());
        WriteStrings(writer, "warnings", article.Diagnostics.Warnings.Select(w => JsonNamingPolicy.CamelCase.ConvertName(w.ToString())).ToList());
        writer.WriteString("bodySource", JsonNamingPolicy.CamelCase.ConvertName(article.Diagnostics.BodySource.ToString()));
        writer.WriteEndObject();
    }

    /// <summary>ISO 8601 with the offset kept; <c>Z</c> for UTC.</summary>
    internal static string? FormatDate(DateTimeOffset? date) => date switch
    {
        null => null,
        { Offset.Ticks: 0 } utc => utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        { } local => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };

    /// <summary><c>blocks</c>: <c>{"kind": "heading", "text": "…", "level": 2}</c>, <c>{"kind": "table", "text": "…", "rows": [["…"]]}</c>, and the other kinds with their text.</summary>
    private static void WriteBlocks(Utf8JsonWriter writer, IReadOnlyList<ArticleBlock> blocks)
    {
        writer.WriteStartArray("blocks");
        foreach (var block in blocks)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(block.Kind.ToString()));
            writer.WriteString("text", block.Text);
            if (block.Kind == ArticleBlockKind.Heading)
            {
                writer.WriteNumber("level", block.Level);
            }

            if (block.Kind == ArticleBlockKind.Table)
            {
                writer.WriteStartArray("rows");
                foreach (var row in block.Rows)
                {
                    WriteStrings(writer, null, row);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string? name, IReadOnlyList<string> values)
    {
        if (name is null)
        {
            writer.WriteStartArray();
        }
        else
        {
            writer.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
