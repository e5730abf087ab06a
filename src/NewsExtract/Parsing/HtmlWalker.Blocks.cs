using NewsExtract.Pipeline;

namespace NewsExtract.Parsing;

/// <summary>
/// The walk's block making: the text of the block being read arrives here, collapsed as it comes, with its links, and
/// leaves as a <see cref="Block"/> when a block element ends. The traversal that feeds it is in HtmlWalker.cs.
/// </summary>
internal sealed partial class HtmlWalker
{
    /// <summary>
    /// Keeps a link that closes in the block it opened in, as a span of the block's collapsed text (without the space
    /// that may have been written before its first word). A link around blocks, or nested in another, is not kept.
    /// </summary>
    private void NoteLink(in Frame frame)
    {
        if (frame.LinkFlushes != flushes || linkDepth > 0)
        {
            return;
        }

        var text = buffer.Text;
        var start = frame.LinkStart;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        if (start < text.Length && (blockLinks.Count == 0 || blockLinks[^1].Start + blockLinks[^1].Length <= start))
        {
            blockLinks.Add((start, text.Length - start, frame.Href!));
        }
    }

    /// <summary>The tag of the innermost block element the walk is in, or <see langword="null"/>.</summary>
    private string? CurrentBlockTag
    {
        get
        {
            for (var i = frameCount - 1; i >= 0; i--)
            {
                if (frames[i].IsBlock)
                {
                    return frames[i].Tag;
                }
            }

            return null;
        }
    }

    private void AppendText(string data)
    {
        var text = data.AsSpan();
        if (preDepth == 0 && text.IsWhiteSpace())
        {
            // The whitespace between tags, a text node of its own as often as not: a break between words.
            if (text.Length > 0)
            {
                buffer.AppendSpace();
            }

            return;
        }

        if (pendingBreak && !text.IsWhiteSpace())
        {
            pendingBreak = false;
        }

        // Outside pre, line breaks read as spaces (tabs and no-break spaces collapse as whitespace either way).
        buffer.Append(text, newlinesAreSpaces: preDepth == 0);

        if (linkDepth > 0)
        {
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    bufferLinkChars++;
                }
            }
        }
    }

    private void Flush(string? ownerTag)
    {
        pendingBreak = false;
        flushes++;

        // The buffer holds the block's text collapsed already: one string per block, the block's own.
        var collapsed = buffer.Text;
        var linkChars = bufferLinkChars;
        bufferLinkChars = 0;
        if (collapsed.IsEmpty)
        {
            buffer.Clear();
            blockLinks.Clear();
            return;
        }

        if (context.Blocks.Count >= maxBlocks)
        {
            full = true;
            buffer.Clear();
            blockLinks.Clear();
            return;
        }

        var text = new string(collapsed);
        buffer.Clear();
        var tag = ownerTag ?? "body";
        var kind = KindOf(tag);
        context.Blocks.Add(new Block(context.Blocks.Count, text, kind)
        {
            Tag = tag,
            HeadingLevel = kind == BlockKind.Heading ? tag[1] - '0' : 0,
            LinkChars = Math.Min(linkChars, text.Length),
            ContainerPath = CurrentPath(),
            InPageFurniture = furnitureDepth > 0,
            InSectionHeader = sectionHeaderDepth > 0,
        });
        foreach (var (start, length, href) in blockLinks)
        {
            context.Links.Add(new BlockLink(context.Blocks.Count - 1, start, length, href, text));
        }

        blockLinks.Clear();
    }

    /// <summary>The enclosing containers, nearest last, capped; blocks never change their path, so they share it.</summary>
    private int[] CurrentPath() =>
        currentPath ??= containerStack.Count <= MaxContainerPath
            ? containerStack.ToArray()
            : containerStack.GetRange(containerStack.Count - MaxContainerPath, MaxContainerPath).ToArray();

    private BlockKind KindOf(string tag)
    {
        if (figureDepth > 0)
        {
            // Text in a figure belongs to its picture, chart or embed: a caption, a credit, a fallback.
            return BlockKind.Caption;
        }

        if (quoteDepth > 0)
        {
            return BlockKind.Quote;
        }

        return tag switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
            "li" or "dd" or "dt" => BlockKind.ListItem,
            "figcaption" or "caption" => BlockKind.Caption,
            "pre" or "listing" or "xmp" => BlockKind.Preformatted,
            "td" or "th" => BlockKind.TableCell,
            _ => BlockKind.Paragraph,
        };
    }
}
