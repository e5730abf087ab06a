using NewsExtract.Pipeline;

namespace NewsExtract;

/// <summary>The kept blocks of an extraction as the public <see cref="ArticleBlock"/>s: table cells gathered into tables.</summary>
internal static class ArticleBlocks
{
    public static IReadOnlyList<ArticleBlock> Of(IReadOnlyList<Block> blocks, IReadOnlyList<Container> containers, IReadOnlyList<BlockLink> links, Uri? pageUrl)
    {
        var result = new List<ArticleBlock>();
        List<List<string>>? rows = null;
        var rowContainer = -1;
        var tableContainer = -1;
        foreach (var block in blocks)
        {
            if (!block.Kept)
            {
                continue;
            }

            if (block.Kind == BlockKind.TableCell)
            {
                var row = Nearest(block.ContainerPath, containers, "tr");
                var table = Nearest(block.ContainerPath, containers, "table");
                if (rows is null || table != tableContainer)
                {
                    Flush();
                    rows = [];
                    tableContainer = table;
                    rowContainer = -2;
                }

                if (row != rowContainer)
                {
                    rows.Add([]);
                    rowContainer = row;
                }

                rows[^1].Add(block.Text);
                continue;
            }

            Flush();
            result.Add(new ArticleBlock
            {
                Kind = KindOf(block.Kind),
                Text = block.Text,
                Level = block.Kind == BlockKind.Heading ? Math.Clamp(block.HeadingLevel, 1, 6) : 0,
                Links = links.Count == 0 ? [] : LinksOf(block, links, pageUrl),
            });
        }

        Flush();
        return result;

        void Flush()
        {
            if (rows is { Count: > 0 })
            {
                result.Add(new ArticleBlock
                {
                    Kind = ArticleBlockKind.Table,
                    Text = string.Join('\n', rows.Select(r => string.Join('\t', r))),
                    Rows = rows,
                });
            }

            rows = null;
        }
    }

    /// <summary>
    /// The block's links that still fit its text (a stage that rewrote the text gave it a new string) and point to an
    /// http or https address, resolved against the page's.
    /// </summary>
    private static IReadOnlyList<ArticleLink> LinksOf(Block block, IReadOnlyList<BlockLink> links, Uri? pageUrl)
    {
        List<ArticleLink>? result = null;
        for (var i = FirstOf(links, block.Order); i < links.Count && links[i].Block == block.Order; i++)
        {
            var link = links[i];
            if (ReferenceEquals(link.BlockText, block.Text) && Resolve(link.Href, pageUrl) is { } url)
            {
                (result ??= []).Add(new ArticleLink(link.Start, link.Length, url));
            }
        }

        return result is null ? [] : result;
    }

    /// <summary>The index of the first link of the block (links are in block order), or the count when it has none.</summary>
    private static int FirstOf(IReadOnlyList<BlockLink> links, int block)
    {
        int low = 0, high = links.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (links[middle].Block < block)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static Uri? Resolve(string href, Uri? pageUrl)
    {
        var trimmed = href.Trim();

        // A path from the site's root ("/news/story") would be read as a file path first: it goes straight to resolving.
        var rootPath = trimmed.Length > 1 && trimmed[0] == '/' && trimmed[1] != '/';
        var url = !rootPath && Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !absolute.IsFile
            ? absolute
            : pageUrl is not null && Uri.TryCreate(pageUrl, trimmed, out var resolved) ? resolved : null;
        return url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
    }

    /// <summary>The nearest enclosing container with the tag, or -1 (a cell's path is capped, and markup may lack rows).</summary>
    private static int Nearest(int[] path, IReadOnlyList<Container> containers, string tag)
    {
        for (var i = path.Length - 1; i >= 0; i--)
        {
            if (path[i] < containers.Count && containers[path[i]].Tag == tag)
            {
                return path[i];
            }
        }

        return -1;
    }

    private static ArticleBlockKind KindOf(BlockKind kind) => kind switch
    {
        BlockKind.Heading => ArticleBlockKind.Heading,
        BlockKind.ListItem => ArticleBlockKind.ListItem,
        BlockKind.Quote => ArticleBlockKind.BlockQuote,
        BlockKind.Caption => ArticleBlockKind.FigureCaption,
        BlockKind.Preformatted => ArticleBlockKind.Preformatted,
        _ => ArticleBlockKind.Paragraph,
    };
}
