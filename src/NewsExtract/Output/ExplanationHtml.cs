using System.Globalization;
using System.Net;

namespace NewsExtract.Output;

/// <summary>
/// Renders an <see cref="ExtractionExplanation"/> as one self-contained HTML page: the page's blocks in order, each
/// coloured by what became of it and saying why, the region's score beside its runners-up, and the quotes with their
/// speakers and cues highlighted in the text.
/// </summary>
/// <remarks>
/// The page has no script and loads nothing: its styles are inline, and its Content-Security-Policy forbids any
/// other source. Every text taken from the page is HTML-escaped, so markup in the page shows as text.
/// Each block is an element of class <c>block</c> and of the class of its fate (<see cref="FateClass"/>), with
/// <c>id="block-N"</c> and <c>data-order="N"</c>.
/// </remarks>
public static class ExplanationHtml
{
    /// <summary>How far from a quote its cue or speaker is looked for in the paragraph, in characters.</summary>
    private const int AttributionReach = 120;

    private static readonly BlockFate[] Fates = Enum.GetValues<BlockFate>();

    /// <summary>The CSS class a fate is shown with: <c>kept</c>, <c>boilerplate</c>, <c>metadata</c>, <c>headline</c>, <c>duplicate</c>, <c>link-heavy</c>, <c>furniture</c>, <c>outside-region</c>.</summary>
    /// <param name="fate">The fate.</param>
    public static string FateClass(BlockFate fate) => fate switch
    {
        BlockFate.Kept => "kept",
        BlockFate.Boilerplate => "boilerplate",
        BlockFate.Metadata => "metadata",
        BlockFate.Headline => "headline",
        BlockFate.Duplicate => "duplicate",
        BlockFate.LinkHeavy => "link-heavy",
        BlockFate.Furniture => "furniture",
        BlockFate.OutsideRegion => "outside-region",
        _ => throw new ArgumentOutOfRangeException(nameof(fate), fate, "Unknown block fate."),
    };

    /// <summary>The explanation as an HTML page.</summary>
    /// <param name="explanation">The explanation.</param>
    public static string Render(ExtractionExplanation explanation)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(explanation, writer);
        return writer.ToString();
    }

    /// <summary>Writes the explanation as an HTML page.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="writer">Where to write; not closed.</param>
    public static void Write(ExtractionExplanation explanation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(writer);
        var article = explanation.Article;
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<title>Explained: {E(article.Title ?? "(no title)")}</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        WriteSummary(explanation, writer);
        WriteRegions(explanation.Regions, writer);
        WriteBlocks(explanation, writer);
        WriteQuotes(explanation, writer);
        writer.Write("</body>\n</html>\n");
    }

    private static void WriteSummary(ExtractionExplanation explanation, TextWriter writer)
    {
        var article = explanation.Article;
        writer.Write("<header id=\"summary\">\n");
        writer.Write($"<h1>{E(article.Title ?? "(no title)")}</h1>\n<dl>\n");
        Field(writer, "Address", article.Url?.AbsoluteUri);
        Field(writer, "Authors", article.Authors.Count > 0 ? string.Join(", ", article.Authors) : null);
        Field(writer, "Published", article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Field(writer, "Language", article.Language);
        Field(writer, "Site", article.SiteName);
        Field(writer, "Read as", explanation.Format == PageFormat.Html ? "HTML" : "plain text");
        Field(writer, "Body from", article.Diagnostics.BodySource switch
        {
            BodySource.Region => "the region chosen",
            BodySource.Noscript => "the page read again with its <noscript> content",
            BodySource.DensestProse => "the densest prose, as the region chosen was thin",
            BodySource.StructuredData => "the structured data (JSON-LD articleBody), as the region chosen was thin",
            BodySource.ScriptState => "the state in the page's scripts, as the region chosen was thin",
            _ => article.Diagnostics.BodySource.ToString(),
        });
        Field(writer, "Body", $"{article.Paragraphs.Count} of {explanation.Blocks.Count} blocks, {article.Text.Length:N0} characters, {article.Quotes.Count} quotes");
        Field(writer, "Warnings", article.Diagnostics.Warnings.Count > 0 ? string.Join(", ", article.Diagnostics.Warnings) : null);
        writer.Write("</dl>\n<ul class=\"legend\">\n");
        foreach (var fate in Fates)
        {
            var count = explanation.Blocks.Count(b => b.Fate == fate);
            writer.Write($"<li class=\"swatch {FateClass(fate)}\">{E(FateClass(fate).Replace('-', ' '))} <b>{count}</b></li>\n");
        }

        writer.Write("</ul>\n</header>\n");
    }

    private static void Field(TextWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.Write($"<dt>{E(name)}</dt><dd>{E(value)}</dd>\n");
        }
    }

    private static void WriteRegions(IReadOnlyList<RegionCandidate> regions, TextWriter writer)
    {
        writer.Write("<section id=\"regions\">\n<h2>Article region</h2>\n");
        if (regions.Count == 0)
        {
            writer.Write("<p class=\"none\">No region was scored (plain text, or no container held prose).</p>\n</section>\n");
            return;
        }

        writer.Write("<table>\n<thead><tr><th>Container</th><th>Score</th><th>Characters</th><th>Link density</th><th></th></tr></thead>\n<tbody>\n");
        foreach (var region in regions)
        {
            var role = region.Chosen ? "chosen" : region.Included ? "included" : "runner-up";
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"<tr class=\"region {role}\"><td><code>{E(region.Container)}</code></td><td>{region.Score:0.0}</td><td>{region.TextChars:N0}</td><td>{region.LinkDensity:0.00}</td><td>{role}</td></tr>\n"));
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteBlocks(ExtractionExplanation explanation, TextWriter writer)
    {
        var quotesByParagraph = explanation.Article.Quotes.Select((quote, index) => (quote, index)).ToLookup(q => q.quote.ParagraphIndex);
        writer.Write("<section id=\"blocks\">\n<h2>Blocks in reading order</h2>\n<ol class=\"blocks\">\n");
        foreach (var block in explanation.Blocks)
        {
            var fate = FateClass(block.Fate);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<li class=\"block {fate}\" id=\"block-{block.Order}\" data-order=\"{block.Order}\" data-fate=\"{fate}\">\n"));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<div class=\"about\"><span class=\"order\">{block.Order}</span>"));
            if (block.Tag.Length > 0)
            {
                writer.Write($"<span class=\"tag\">{E(block.Tag)}</span>");
            }

            writer.Write($"<span class=\"fate\">{E(fate.Replace('-', ' '))}</span>");
            if (block.Rule is not null)
            {
                writer.Write($"<span class=\"rule\">{E(block.Rule)}</span>");
            }

            if (block.Fate == BlockFate.Duplicate || block.Similarity is not null)
            {
                var into = block.MergedInto is { } order ? $"<a href=\"#block-{order}\">block {order}</a>" : "the headline";
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"<span class=\"merged\">merged into {into}, similarity {block.Similarity ?? 0:0.00}</span>"));
            }

            if (block.Container.Length > 0)
            {
                writer.Write($"<code class=\"container\">{E(block.Container)}</code>");
            }

            writer.Write("</div>\n<p class=\"text\">");
            WriteText(block.Text, block.ParagraphIndex >= 0 ? quotesByParagraph[block.ParagraphIndex] : [], writer);
            writer.Write("</p>\n</li>\n");
        }

        writer.Write("</ol>\n</section>\n");
    }

    /// <summary>The block's text, escaped, with its quotes, their cues and speakers marked where the text has them.</summary>
    private static void WriteText(string text, IEnumerable<(Quote Quote, int Index)> quotes, TextWriter writer)
    {
        var marks = new List<Mark>();
        foreach (var (quote, index) in quotes)
        {
            var start = Math.Clamp(quote.Start, 0, text.Length);
            var end = Math.Clamp(quote.Start + quote.Length, start, text.Length);
            if (end == start)
            {
                continue;
            }

            var title = $"quote {index + 1}: {quote.Kind.ToString().ToLowerInvariant()}, {quote.Speaker ?? "speaker unknown"}{(quote.Cue is null ? string.Empty : ", " + quote.Cue)}";
            marks.Add(new Mark(start, end, $"quote {quote.Kind.ToString().ToLowerInvariant()}", title));
            AddNear(marks, text, quote.Cue, start, end, "cue", $"cue of quote {index + 1}");
            if (quote.Speaker is { } speaker)
            {
                var surname = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
                if (!AddNear(marks, text, speaker, start, end, "speaker", $"speaker of quote {index + 1}: {speaker}") && surname != speaker)
                {
                    AddNear(marks, text, surname, start, end, "speaker", $"speaker of quote {index + 1}: {speaker}");
                }
            }
        }

        var at = 0;
        foreach (var mark in marks.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mark.Start < at)
            {
                continue;
            }

            writer.Write(E(text[at..mark.Start]));
            writer.Write($"<mark class=\"{mark.Class}\" title=\"{E(mark.Title)}\">{E(text[mark.Start..mark.End])}</mark>");
            at = mark.End;
        }

        writer.Write(E(text[at..]));
    }

    /// <summary>Marks the occurrence of <paramref name="words"/> nearest to the quote, outside it and within reach.</summary>
    private static bool AddNear(List<Mark> marks, string text, string? words, int quoteStart, int quoteEnd, string cssClass, string title)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return false;
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var distance = at >= quoteEnd ? at - quoteEnd : at + words.Length <= quoteStart ? quoteStart - at - words.Length : -1;
            if (distance >= 0 && distance <= AttributionReach && distance < bestDistance && IsWholeWord(text, at, words.Length))
            {
                (best, bestDistance) = (at, distance);
            }
        }

        if (best >= 0)
        {
            marks.Add(new Mark(best, best + words.Length, cssClass, title));
        }

        return best >= 0;
    }

    private static bool IsWholeWord(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]));

    private static void WriteQuotes(ExtractionExplanation explanation, TextWriter writer)
    {
        var quotes = explanation.Article.Quotes;
        writer.Write("<section id=\"quotes\">\n<h2>Quotes</h2>\n");
        if (quotes.Count == 0)
        {
            writer.Write("<p class=\"none\">No quotes.</p>\n</section>\n");
            return;
        }

        var blockOfParagraph = explanation.Blocks.Where(b => b.ParagraphIndex >= 0).ToDictionary(b => b.ParagraphIndex, b => b.Order);
        writer.Write("<table>\n<thead><tr><th>#</th><th>Speaker</th><th>Cue</th><th>Kind</th><th>Quote</th><th>Block</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var speaker = quote.Speaker is null ? "<i>unknown</i>" : E(quote.Speaker) + (quote.SpeakerRole is null ? string.Empty : $"<br><small>{E(quote.SpeakerRole)}</small>");
            var block = blockOfParagraph.TryGetValue(quote.ParagraphIndex, out var order) ? $"<a href=\"#block-{order}\">{order}</a>" : string.Empty;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"<tr class=\"quote-row\"><td>{i + 1}</td><td class=\"speaker\">{speaker}</td><td class=\"cue\">{E(quote.Cue ?? string.Empty)}</td><td>{quote.Kind.ToString().ToLowerInvariant()}</td><td>{E(quote.Text)}</td><td>{block}</td></tr>\n"));
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>HTML-escapes text for an element's content or a quoted attribute.</summary>
    private static string E(string text) => WebUtility.HtmlEncode(text);

    private readonly record struct Mark(int Start, int End, string Class, string Title);

    private const string Style = """

        body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem; color: #1d1d1f; background: #fafafa; }
        h1 { font-size: 1.5rem; margin: .2rem 0 .6rem; } h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 .8rem; } dt { color: #666; } dd { margin: 0; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
        .swatch { padding: .15rem .6rem; border-radius: 3px; border-left: 6px solid; font-size: .85rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        tr.chosen { background: #e3f4e1; font-weight: 600; } tr.included { background: #f1f9ef; } code { font-size: .8rem; }
        ol.blocks { list-style: none; padding: 0; margin: 0; }
        .block { margin: .35rem 0; padding: .35rem .7rem; border-left: 6px solid; border-radius: 3px; background: #fff; }
        .block .text { margin: .2rem 0 0; white-space: pre-wrap; }
        .about { font-size: .78rem; color: #555; display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
        .order { font-weight: 700; color: #222; } .tag { font-family: monospace; } .fate { text-transform: uppercase; letter-spacing: .04em; font-weight: 600; }
        .rule { font-style: italic; } .container { color: #888; }
        .kept { border-color: #2e8b3a; background: #eef8ec; } .kept .fate { color: #2e8b3a; }
        .boilerplate { border-color: #b23b3b; background: #fbeeee; } .boilerplate .text { text-decoration: line-through; color: #7a5555; }
        .metadata { border-color: #3565b5; background: #edf2fb; } .headline { border-color: #b58a10; background: #fbf5e3; }
        .duplicate { border-color: #d9730d; background: #fdf1e4; } .link-heavy { border-color: #138a8a; background: #e8f6f6; }
        .furniture { border-color: #7a4bb5; background: #f3eefa; } .outside-region { border-color: #a0a0a0; background: #f1f1f1; color: #777; }
        mark.quote { background: #ffe98a; padding: 0 .1rem; } mark.quote.indirect { background: #fff3c4; }
        mark.cue { background: #ffc8a8; font-weight: 600; } mark.speaker { background: #bfe0ff; font-weight: 600; }
        .none { color: #777; }

        """;
}
