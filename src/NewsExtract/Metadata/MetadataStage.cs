using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>
/// Finds the headline, authors, dates, language, site name, description and image of an HTML page. The sources are
/// read in order of trust: JSON-LD, then meta tags, then the page's own markup (h1, bylines, <c>&lt;time&gt;</c>,
/// the URL). Reads the elements the front end's walk collected (<see cref="MetadataElements"/>); hands on a
/// <see cref="MetadataBuilder"/>. Plain text has its own title stage (<see cref="TextTitleStage"/>).
/// </summary>
/// <param name="maxStructuredDataChars">The longest JSON-LD block read (<see cref="ExtractionOptions.MaxStructuredDataChars"/>).</param>
/// <param name="maxStructuredDataDepth">The deepest JSON-LD block read (<see cref="ExtractionOptions.MaxStructuredDataDepth"/>).</param>
internal sealed class MetadataStage(int maxStructuredDataChars, int maxStructuredDataDepth) : IExtractionStage
{
    /// <summary>The stage with the default bounds.</summary>
    public static MetadataStage Default { get; } = new(ExtractionOptions.Default.MaxStructuredDataChars, ExtractionOptions.Default.MaxStructuredDataDepth);

    /// <summary>Makes the collector that rides along the front end's walk, for this stage to read.</summary>
    public static IElementObserver Collect(IHtmlDocument document, ExtractionContext context) => context.Set(new MetadataElements(document));

    public void Run(ExtractionContext context)
    {
        var document = context.Require<HtmlPage>().Document;
        var elements = context.Require<MetadataElements>();
        var metadata = context.Set(new MetadataBuilder());
        var canonical = elements.Canonical?.GetAttribute("href");
        if (canonical is not null && JsonLdReader.TryAbsolute(canonical, context.Url, out var canonicalUrl))
        {
            metadata.Canonical = canonicalUrl;
        }

        var baseUrl = context.Url ?? metadata.Canonical;
        var declaredTitles = new List<string>(4);
        var structured = JsonLdReader.Read(elements.JsonLdScripts, metadata, baseUrl, declaredTitles, maxStructuredDataChars, maxStructuredDataDepth);
        if (structured.Malformed)
        {
            context.Warn(PageWarning.MalformedStructuredData);
        }

        var metaTags = MetaTagReader.Read(elements.Metas, metadata, baseUrl, declaredTitles);

        // The h2 texts are built only if the document title's colon rule reads them.
        var subheadings = elements.Subheadings.Select(MetadataElements.TextOf).Where(text => !string.IsNullOrWhiteSpace(text));
        metadata.Title = TitleChooser.Choose(document.Title, declaredTitles, structured.Name, Texts(elements.Headings), metadata.SiteName, subheadings, baseUrl?.IsAbsoluteUri == true ? baseUrl.Host : null);

        // Where the headline stands: found at most once, for the byline and the date that may be read beside it.
        int? headline = null;
        ChooseAuthors(metadata, metaTags, elements, context.Blocks, ref headline);

        metadata.Language ??= document.DocumentElement?.GetAttribute("lang") is { Length: > 0 } lang ? lang.Trim() : null;
        metadata.Published ??= structured.PageDate()
            ?? DateFinder.Find(elements, context.Url ?? metadata.Canonical, context.Blocks, metadata.Title, MonthFirst(metadata.Language), headline);

        if (metadata.AccessibleForFree == false)
        {
            context.Warn(PageWarning.Paywall);
        }
    }

    private static List<string> Texts(List<IElement> elements)
    {
        var texts = new List<string>(elements.Count);
        foreach (var element in elements)
        {
            if (MetadataElements.TextOf(element) is var text && !string.IsNullOrWhiteSpace(text))
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    /// <summary>
    /// The authors JSON-LD names, else the meta tags', else the page's byline; where a source names only the site
    /// itself (an organisation standing in for the writer), a person named by a later source is preferred.
    /// </summary>
    private static void ChooseAuthors(MetadataBuilder metadata, Dictionary<string, MetaTag> metaTags, MetadataElements elements, IReadOnlyList<Block> blocks, ref int? headline)
    {
        var site = metadata.SiteName is { } siteName ? Folded(siteName) : string.Empty;
        List<string>? publisher = null;
        if (metadata.Authors.Count > 0 && NamesOnly(metadata.Authors, site))
        {
            publisher = [.. metadata.Authors];
            metadata.Authors.Clear();
        }

        // The meta tags' authors are read only when no JSON-LD author stands before them (the later rules need them only then).
        var metaAuthors = metadata.Authors.Count == 0 ? MetaTagReader.Authors(metaTags) : [];
        if (metadata.Authors.Count == 0 && metaAuthors.Count > 0)
        {
            if (NamesOnly(metaAuthors, site))
            {
                publisher ??= metaAuthors;
            }
            else
            {
                metadata.Authors.AddRange(metaAuthors);
            }
        }

        if (metadata.Authors.Count == 0)
        {
            ReadBylines(elements.Bylines, metadata);
        }

        if (metadata.Authors.Count == 0)
        {
            var headlineIndex = headline ??= DateFinder.HeadlineIndex(blocks, metadata.Title);
            BylineNearHeadline(blocks, headlineIndex, metadata);
            if (metadata.Authors.Count == 0)
            {
                LabelledByline(blocks, headlineIndex, metadata);
            }
        }

        // In place of the site's own name only a person's name will do: two words or more, letters only.
        if (publisher is not null && !metadata.Authors.TrueForAll(IsPersonName))
        {
            metadata.Authors.Clear();
        }

        if (metadata.Authors.Count == 0)
        {
            metadata.Authors.AddRange(publisher ?? metaAuthors);
        }
    }

    /// <summary>Two words or more of letters; or one word in a script written without spaces between names and words.</summary>
    private static bool IsPersonName(string name) =>
        name.All(c => char.IsLetter(c) || c is ' ' or '-' or '.' or '\'' or '’')
        && (TextNormalizer.CountWords(name) >= 2 || (name.Length >= 2 && !name.Any(char.IsAsciiLetter)));

    /// <summary>Whether every name is the site's own ("DAILYPOST.com" for the site "dailypost").</summary>
    private static bool NamesOnly(List<string> names, string foldedSite) =>
        foldedSite.Length > 0 && names.TrueForAll(name => IsSite(Folded(name), foldedSite));

    private static bool IsSite(string folded, string foldedSite) =>
        folded.Length > 0 && (folded == foldedSite
            || (folded.StartsWith(foldedSite, StringComparison.Ordinal) && folded.Length - foldedSite.Length <= MaxDomainSuffixChars)
            || (foldedSite.StartsWith(folded, StringComparison.Ordinal) && foldedSite.Length - folded.Length <= MaxDomainSuffixChars));

    /// <summary>A site's name written with its domain's ending ("dailypost.com", "tvone.de") is still its name.</summary>
    private const int MaxDomainSuffixChars = 3;

    private static string Folded(string name) => TextNormalizer.ForComparison(name).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static void ReadBylines(List<IElement> candidates, MetadataBuilder metadata)
    {
        foreach (var element in candidates)
        {
            if (IsInsideSkipped(element))
            {
                continue;
            }

            var name = element.GetAttribute("itemprop") is { } prop && prop.Contains("author", StringComparison.OrdinalIgnoreCase)
                ? (element.ChildNodes.QuerySelector(MetadataElements.NameSelector) is { } named ? named.GetAttribute("content") ?? named.TextContent : element.GetAttribute("content") ?? MetadataElements.TextOf(element))
                : MetadataElements.TextOf(element);
            if (name is null || name.Length > 200)
            {
                continue;
            }

            foreach (var author in AuthorCleaner.Clean(name, accountName: IsAccountName(element)))
            {
                if (!metadata.Authors.Contains(author))
                {
                    metadata.Authors.Add(author);
                }
            }

            if (metadata.Authors.Count > 0)
            {
                return;
            }
        }
    }

    /// <summary>A link to the writer's page (rel="author") or an hCard: what it shows is the name the site gives its writer.</summary>
    private static bool IsAccountName(IElement element)
    {
        var attributes = ElementAttributes.Of(element);
        return (attributes.Rel?.Contains("author", StringComparison.OrdinalIgnoreCase) ?? false)
            || (attributes.Class?.Contains("vcard", StringComparison.OrdinalIgnoreCase) ?? false);
    }

    /// <summary>How many blocks after the headline are searched for a byline line, and how many before it.</summary>
    private const int BylineBlocksAfterHeadline = 8;
    private const int BylineBlocksBeforeHeadline = 3;

    /// <summary>A byline the markup does not mark: a short line by the headline that starts with a label or a prefix ("Von Jana Roth").</summary>
    private static void BylineNearHeadline(IReadOnlyList<Block> blocks, int headline, MetadataBuilder metadata)
    {
        if (headline < 0)
        {
            return;
        }

        var from = Math.Max(0, headline - BylineBlocksBeforeHeadline);
        var to = Math.Min(blocks.Count - 1, headline + BylineBlocksAfterHeadline);
        for (var i = from; i <= to && metadata.Authors.Count == 0; i++)
        {
            if (i != headline)
            {
                metadata.Authors.AddRange(AuthorCleaner.FromLine(LineAt(blocks, i)).Distinct());
            }
        }
    }

    /// <summary>A block's text, joined to the next block's where it is a byline's label alone ("Autor:" above "Jana Roth").</summary>
    private static string LineAt(IReadOnlyList<Block> blocks, int i) =>
        i + 1 < blocks.Count && AuthorCleaner.IsLabelLine(blocks[i].Text) ? blocks[i].Text + " " + blocks[i + 1].Text : blocks[i].Text;

    /// <summary>A byline a label introduces anywhere after the headline ("Autor: Jana Roth" at the article's foot), outside the page's furniture.</summary>
    private static void LabelledByline(IReadOnlyList<Block> blocks, int headline, MetadataBuilder metadata)
    {
        for (var i = Math.Max(0, headline); i < blocks.Count && metadata.Authors.Count == 0; i++)
        {
            if (!blocks[i].InPageFurniture)
            {
                metadata.Authors.AddRange(AuthorCleaner.FromLabelledLine(LineAt(blocks, i)));
            }
        }
    }

    private static bool IsInsideSkipped(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style" or "noscript" or "template")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an ambiguous date with slashes puts the month first: on pages in American English (or English unqualified).</summary>
    private static bool MonthFirst(string? language) =>
        language is not null && (language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-us", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en_us", StringComparison.OrdinalIgnoreCase));
}
