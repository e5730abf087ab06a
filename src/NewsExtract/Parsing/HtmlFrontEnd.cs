using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Parsing;

/// <summary>
/// Turns a parsed HTML document into blocks in reading order. The walk uses an explicit stack, never recursion,
/// so a page nested thousands of levels deep cannot overflow the call stack.
/// </summary>
internal sealed class HtmlFrontEnd
{
    /// <summary>How many enclosing containers a block remembers: scoring never looks further up.</summary>
    internal const int MaxContainerPath = 24;

    private static readonly FrozenSet<string> SkippedTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "map", "button", "select", "input", "textarea", "option", "head", "title", "meta", "link", "source",
        "track", "dialog", "datalist", "frameset", "frame", "applet",
    ]);

    /// <summary>Elements that end the text before them and start a block of their own.</summary>
    private static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
        "summary", "caption", "menu", "html", "legend", "listing", "xmp",
    ]);

    /// <summary>Block elements that hold text themselves and are not scored as containers.</summary>
    private static readonly FrozenSet<string> LeafBlockTags = FrozenSet.ToFrozenSet(
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figcaption", "caption", "dt", "dd", "li", "summary", "hr",
        "address", "legend",
    ]);

    private static readonly FrozenSet<string> FurnitureTags = FrozenSet.ToFrozenSet(["nav", "header", "footer", "aside", "menu"]);

    private static readonly FrozenSet<string> FurnitureRoles = FrozenSet.ToFrozenSet(
        ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alert"],
        StringComparer.OrdinalIgnoreCase);

    public void Read(IHtmlDocument document, ExtractionContext context)
    {
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return;
        }

        var walker = new Walker(context);
        walker.Walk(root);
    }

    private sealed class Walker(ExtractionContext context)
    {
        private readonly StringBuilder buffer = new();
        private readonly List<Frame> frames = [];
        private readonly List<int> containerStack = [];
        private int bufferLinkChars;
        private int linkDepth;
        private int furnitureDepth;
        private int quoteDepth;
        private int figureDepth;
        private int preDepth;
        private bool pendingBreak;
        private bool full;

        public void Walk(INode root)
        {
            // Each entry is a node to enter, or (Exit = true) an element whose children are done.
            var stack = new Stack<(INode Node, bool Exit)>();
            stack.Push((root, false));
            while (stack.Count > 0 && !full)
            {
                var (node, exit) = stack.Pop();
                if (exit)
                {
                    Leave();
                    continue;
                }

                switch (node)
                {
                    case IText text:
                        AppendText(text.Data);
                        break;
                    case IElement element:
                        if (Enter(element))
                        {
                            stack.Push((element, true));
                            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                            {
                                if (child is IText or IElement)
                                {
                                    stack.Push((child, false));
                                }
                            }
                        }

                        break;
                }

                if ((context.Blocks.Count & 63) == 0)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                }
            }

            Flush(frames.Count > 0 ? frames[^1] : null);
        }

        /// <summary>Returns whether the element's children are to be walked.</summary>
        private bool Enter(IElement element)
        {
            var tag = element.LocalName;
            if (SkippedTags.Contains(tag) || IsHidden(element))
            {
                return false;
            }

            if (tag == "br")
            {
                if (pendingBreak)
                {
                    // Two line breaks in a row separate paragraphs, as on pages laid out with <br><br>.
                    Flush(CurrentFrame);
                    pendingBreak = false;
                }
                else
                {
                    pendingBreak = true;
                    buffer.Append('\n');
                }

                return false;
            }

            if (tag == "img")
            {
                return false;
            }

            var isBlock = BlockTags.Contains(tag);
            if (isBlock)
            {
                Flush(CurrentFrame);
            }

            var role = element.GetAttribute("role");
            var isFurniture = FurnitureTags.Contains(tag) || (role is not null && FurnitureRoles.Contains(role));
            var containerId = -1;
            if (isBlock && !LeafBlockTags.Contains(tag))
            {
                containerId = context.Containers.Count;
                var parent = containerStack.Count > 0 ? containerStack[^1] : -1;
                var itemProp = element.GetAttribute("itemprop");
                context.Containers.Add(new Container(containerId, parent, tag, Hints(element), containerStack.Count)
                {
                    IdWords = IdWords(element),
                    IsArticleBody = itemProp is not null && itemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase),
                });
                containerStack.Add(containerId);
            }

            frames.Add(new Frame(tag, isBlock, containerId, isFurniture));
            if (isFurniture)
            {
                furnitureDepth++;
            }

            if (tag == "a")
            {
                // A script or same-page anchor is a button, not a link to elsewhere.
                var href = element.GetAttribute("href");
                var isLink = href is not null && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) && !href.StartsWith('#');
                if (isLink)
                {
                    linkDepth++;
                    frames[^1].IsLink = true;
                }
            }
            else if (tag == "blockquote")
            {
                quoteDepth++;
            }
            else if (tag == "figure")
            {
                figureDepth++;
            }
            else if (tag == "pre")
            {
                preDepth++;
            }

            return true;
        }

        private void Leave()
        {
            var frame = frames[^1];
            if (frame.IsBlock)
            {
                Flush(frame);
            }

            frames.RemoveAt(frames.Count - 1);
            if (frame.ContainerId >= 0)
            {
                containerStack.RemoveAt(containerStack.Count - 1);
            }

            if (frame.IsFurniture)
            {
                furnitureDepth--;
            }

            switch (frame.Tag)
            {
                case "a" when frame.IsLink:
                    linkDepth--;
                    break;
                case "blockquote":
                    quoteDepth--;
                    break;
                case "figure":
                    figureDepth--;
                    break;
                case "pre":
                    preDepth--;
                    break;
            }
        }

        private Frame? CurrentFrame
        {
            get
            {
                for (var i = frames.Count - 1; i >= 0; i--)
                {
                    if (frames[i].IsBlock)
                    {
                        return frames[i];
                    }
                }

                return null;
            }
        }

        private void AppendText(string data)
        {
            if (pendingBreak && !data.AsSpan().IsWhiteSpace())
            {
                pendingBreak = false;
            }

            if (preDepth > 0)
            {
                buffer.Append(data);
            }
            else
            {
                foreach (var c in data)
                {
                    buffer.Append(c is '\n' or '\r' or '\t' or '\u00A0' ? ' ' : c);
                }
            }

            if (linkDepth > 0)
            {
                foreach (var c in data)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        bufferLinkChars++;
                    }
                }
            }
        }

        private void Flush(Frame? owner)
        {
            pendingBreak = false;
            if (buffer.Length == 0)
            {
                return;
            }

            var text = TextNormalizer.CollapseWhitespace(buffer.ToString());
            buffer.Clear();
            var linkChars = bufferLinkChars;
            bufferLinkChars = 0;
            if (text.Length == 0)
            {
                return;
            }

            if (context.Blocks.Count >= context.Options.MaxBlocks)
            {
                full = true;
                return;
            }

            var tag = owner?.Tag ?? "body";
            var kind = KindOf(tag);
            var path = containerStack.Count <= MaxContainerPath
                ? containerStack.ToArray()
                : containerStack.GetRange(containerStack.Count - MaxContainerPath, MaxContainerPath).ToArray();
            context.Blocks.Add(new Block(context.Blocks.Count, text, kind)
            {
                Tag = tag,
                HeadingLevel = kind == BlockKind.Heading ? tag[1] - '0' : 0,
                LinkChars = Math.Min(linkChars, text.Length),
                ContainerPath = path,
                InPageFurniture = furnitureDepth > 0,
            });
        }

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

    private sealed record Frame(string Tag, bool IsBlock, int ContainerId, bool IsFurniture)
    {
        public bool IsLink { get; set; }
    }

    private static string Hints(IElement element)
    {
        var className = element.ClassName;
        var role = element.GetAttribute("role");
        var itemProp = element.GetAttribute("itemprop");
        if (className is null && role is null && itemProp is null)
        {
            return string.Empty;
        }

        return string.Join(' ', className, role, itemProp).ToLowerInvariant();
    }

    private static string[] IdWords(IElement element)
    {
        var id = element.Id;
        return string.IsNullOrEmpty(id) ? [] : id.ToLowerInvariant().Split(['-', '_', ':', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
    }

    private static readonly SearchValues<string> HiddenClasses = SearchValues.Create([.. PhraseList.Load("hidden-classes")], StringComparison.OrdinalIgnoreCase);

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var className = element.GetAttribute("class");
        if (className is not null && className.AsSpan().IndexOfAny(HiddenClasses) >= 0)
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
