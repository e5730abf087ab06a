using AngleSharp.Dom;
using NewsExtract.Pipeline;
using static NewsExtract.Parsing.ElementTraits;

namespace NewsExtract.Parsing;

/// <summary>
/// Turns a parsed HTML document into blocks in reading order. The walk uses an explicit stack, never recursion,
/// so a page nested thousands of levels deep cannot overflow the call stack.
/// </summary>
/// <remarks>
/// This walk is the one pass over the document, on every page: it makes the blocks of the body and shows every element
/// to an observer (the metadata collector) on the way; it reads each element's tag and attributes once, keeps its
/// frames in a struct array, shares one container path among the blocks of a container, and collapses each block's
/// whitespace as its text arrives, in one pooled buffer, so that a page costs little beyond its blocks themselves.
/// </remarks>
/// <param name="context">Receives the blocks and containers.</param>
/// <param name="maxBlocks">The most blocks made; the walk goes on for the observer only once they are made.</param>
/// <param name="includeNoscript">Whether to read <c>&lt;noscript&gt;</c> content, which is skipped unless the page shows no article without it.</param>
/// <param name="observer">Sees every element of the document in the same walk, or <see langword="null"/>.</param>
internal sealed partial class HtmlWalker(ExtractionContext context, int maxBlocks, bool includeNoscript, IElementObserver? observer)
{
    /// <summary>How many enclosing containers a block remembers: scoring never looks further up.</summary>
    public const int MaxContainerPath = 24;

    private readonly CollapsingTextBuffer buffer = new();
    private readonly List<int> containerStack = [];
    private Frame[] frames = new Frame[32];
    private int frameCount;

    /// <summary>The path of the current container stack, shared by every block made until the stack changes.</summary>
    private int[]? currentPath;
    private int bufferLinkChars;
    private int linkDepth;

    /// <summary>How many times the buffer was flushed: a link whose block was flushed before the link closed spans blocks and is not kept.</summary>
    private int flushes;

    /// <summary>The links of the block being read (start and length in its collapsed text, the href as written).</summary>
    private readonly List<(int Start, int Length, string Href)> blockLinks = [];
    private int furnitureDepth;

    /// <summary>How many sectioning elements (article, section, main, aside, nav) the walk is in: a header inside one heads that section, it is not the page's banner.</summary>
    private int sectioningDepth;

    /// <summary>How many headers of a section (not of the page) the walk is in.</summary>
    private int sectionHeaderDepth;
    private int quoteDepth;
    private int figureDepth;
    private int preDepth;
    private bool pendingBreak;
    private bool full;

    /// <summary>
    /// Whether a <c>&lt;noscript&gt;</c> element was seen. With an observer the walk sees every element of the
    /// document; without one, those of the body outside skipped elements.
    /// </summary>
    public bool SawNoscript { get; private set; }

    public void Walk(INode start, INode root)
    {
        try
        {
            WalkTree(start, root);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private void WalkTree(INode start, INode root)
    {
        var stack = new Stack<(INode Node, Step Step)>(256);
        stack.Push((start, ReferenceEquals(start, root) ? Step.Enter : Step.Observe));
        while (stack.Count > 0)
        {
            var (node, step) = stack.Pop();
            if (full)
            {
                // No more blocks are wanted; the observer, if any, still sees the rest of the document.
                if (observer is null)
                {
                    break;
                }

                if (step == Step.Exit)
                {
                    continue;
                }

                step = Step.Observe;
            }

            switch (step)
            {
                case Step.Exit:
                    Leave();
                    break;
                case Step.Observe when ReferenceEquals(node, root) && !full:
                    // The body, reached from the document element: blocks start here.
                    stack.Push((node, Step.Enter));
                    break;
                case Step.Observe:
                    if (node is IElement observed)
                    {
                        ObserveAndPushChildren(observed, stack);
                    }

                    break;
                default:
                    EnterNode(node, stack);
                    break;
            }

            if ((context.Blocks.Count & 63) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }

        Flush(frameCount > 0 ? frames[frameCount - 1].Tag : null);
    }

    private void EnterNode(INode node, Stack<(INode Node, Step Step)> stack)
    {
        switch (node)
        {
            // AngleSharp's elements all derive from its Element class, and a class test is cheaper than the
            // interface tests below, which stay for anything else that calls itself an element.
            case Element element:
                EnterAndPushChildren(element, stack);
                break;
            case IText text:
                AppendText(text.Data);
                break;
            case IElement element:
                EnterAndPushChildren(element, stack);
                break;
        }
    }

    private void EnterAndPushChildren(IElement element, Stack<(INode Node, Step Step)> stack)
    {
        // The tag and the attributes are read once, for the observer and the walk alike.
        var tag = element.LocalName;
        NoteNoscript(tag);
        var traits = TraitsOf(tag);
        var skipped = (traits & TagTraits.Skipped) != 0 && !(includeNoscript && tag == "noscript");
        var attributes = observer is not null || !skipped ? ElementAttributes.Of(element) : default;
        observer?.Observe(element, tag, attributes);
        if (skipped && containerStack.Count > 0 && !full && AsksForInput(element, tag))
        {
            // Skipped as text, but a box that asks for input (a newsletter sign-up, a consent placeholder) is furniture.
            context.FormControlContainers.Add(containerStack[^1]);
        }

        if (skipped || !Enter(tag, traits, attributes))
        {
            // Nothing inside becomes a block, but the observer sees the elements inside.
            if (observer is not null)
            {
                PushChildrenToObserve(element, stack);
            }

            return;
        }

        stack.Push((element, Step.Exit));

        // Children by index: AngleSharp finds a node's previous sibling by searching its parent's children, which
        // is quadratic on elements with many children. Every child is pushed and told apart when taken off the
        // stack (comments and the like are passed over there): one type test per node instead of two.
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], Step.Enter));
        }
    }

    private void ObserveAndPushChildren(IElement element, Stack<(INode Node, Step Step)> stack)
    {
        var tag = element.LocalName;
        NoteNoscript(tag);
        observer!.Observe(element, tag, ElementAttributes.Of(element));
        PushChildrenToObserve(element, stack);
    }

    /// <summary>A control a reader fills in, picks or presses; hidden fields carry a form's state and show nothing.</summary>
    private static bool AsksForInput(IElement element, string tag) => tag switch
    {
        "button" or "select" or "textarea" => true,
        "input" => !string.Equals(element.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Whether the innermost block element the walk is in holds text itself (a paragraph, a heading, a list item).</summary>
    private bool InLeafBlock() => CurrentBlockTag is { } tag && (TraitsOf(tag) & TagTraits.LeafBlock) != 0;

    /// <summary>Notes a <c>&lt;noscript&gt;</c> element, named in any case, as the metadata's selectors would match it.</summary>
    private void NoteNoscript(string tag)
    {
        if (tag.Length == 8 && string.Equals(tag, "noscript", StringComparison.OrdinalIgnoreCase))
        {
            SawNoscript = true;
        }
    }

    /// <summary>Pushes an element's children to be shown to the observer only.</summary>
    private static void PushChildrenToObserve(IElement element, Stack<(INode Node, Step Step)> stack)
    {
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], Step.Observe));
        }
    }

    /// <summary>Enters an element that is not skipped by its tag; returns whether its children are to be walked.</summary>
    private bool Enter(string tag, TagTraits traits, in ElementAttributes attributes)
    {
        if (IsHidden(attributes))
        {
            return false;
        }

        if (tag == "br")
        {
            if (pendingBreak)
            {
                // Two line breaks in a row separate paragraphs, as on pages laid out with <br><br>.
                Flush(CurrentBlockTag);
                pendingBreak = false;
            }
            else
            {
                pendingBreak = true;
                buffer.AppendNewline();
            }

            return false;
        }

        if (tag == "img")
        {
            // No text, but a box of a picture and a few words is a caption, a card or an advertisement, not prose. A
            // picture inside a paragraph or a list item (a formula, an icon) is part of that text and not noted.
            if (containerStack.Count > 0 && !InLeafBlock())
            {
                context.ImageContainers.Add(containerStack[^1]);
            }

            return false;
        }

        var isBlock = (traits & TagTraits.Block) != 0;
        if (isBlock)
        {
            Flush(CurrentBlockTag);
        }

        var role = attributes.Role;
        // As for ARIA's banner role: a header is the page's only outside every sectioning element.
        var isSectionHeader = tag == "header" && sectioningDepth > 0;
        var isFurniture = ((traits & TagTraits.Furniture) != 0 && !isSectionHeader) || (role is not null && IsFurnitureRole(role));
        var containerId = -1;
        if (isBlock && (traits & TagTraits.LeafBlock) == 0)
        {
            containerId = context.Containers.Count;
            var parent = containerStack.Count > 0 ? containerStack[^1] : -1;
            var itemProp = attributes.ItemProp;
            context.Containers.Add(new Container(containerId, parent, tag, Hints(attributes))
            {
                IdWords = IdWords(attributes.Id),
                IsArticleBody = itemProp is not null && itemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase),
            });
            containerStack.Add(containerId);
            currentPath = null;
        }

        if (frameCount == frames.Length)
        {
            Array.Resize(ref frames, frames.Length * 2);
        }

        ref var frame = ref frames[frameCount++];
        frame = new Frame { Tag = tag, IsBlock = isBlock, ContainerId = containerId, IsFurniture = isFurniture };
        if (isFurniture)
        {
            furnitureDepth++;
        }

        if (tag == "a")
        {
            // A script or same-page anchor is a button, not a link to elsewhere.
            var href = attributes.Href;
            var isLink = href is not null && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) && !href.StartsWith('#');
            if (isLink)
            {
                linkDepth++;
                frame.IsLink = true;
                frame.Href = href;
                frame.LinkStart = buffer.Text.Length;
                frame.LinkFlushes = flushes;
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
        else if (tag is "article" or "section" or "main" or "aside" or "nav")
        {
            sectioningDepth++;
        }
        else if (isSectionHeader)
        {
            sectionHeaderDepth++;
            frame.IsSectionHeader = true;
        }
        else if (tag == "pre")
        {
            preDepth++;
        }

        return true;
    }

    private void Leave()
    {
        var frame = frames[frameCount - 1];
        if (frame.IsBlock)
        {
            Flush(frame.Tag);
        }

        // The frame holds a tag name only: clearing it is not needed to free anything.
        frameCount--;
        if (frame.ContainerId >= 0)
        {
            containerStack.RemoveAt(containerStack.Count - 1);
            currentPath = null;
        }

        if (frame.IsFurniture)
        {
            furnitureDepth--;
        }

        switch (frame.Tag)
        {
            case "a" when frame.IsLink:
                linkDepth--;
                NoteLink(frame);
                break;
            case "blockquote":
                quoteDepth--;
                break;
            case "figure":
                figureDepth--;
                break;
            case "article" or "section" or "main" or "aside" or "nav":
                sectioningDepth--;
                break;
            case "header" when frame.IsSectionHeader:
                sectionHeaderDepth--;
                break;
            case "pre":
                preDepth--;
                break;
        }
    }

    /// <summary>An element the walk is inside.</summary>
    private struct Frame
    {
        public string Tag;
        public bool IsBlock;
        public int ContainerId;
        public bool IsFurniture;

        /// <summary>A header heading its article or section, not the page.</summary>
        public bool IsSectionHeader;
        public bool IsLink;

        /// <summary>A link's href as written, and where its text starts in the block's collapsed text.</summary>
        public string? Href;
        public int LinkStart;
        public int LinkFlushes;
    }

    /// <summary>What the walk does with a node it takes off its stack.</summary>
    private enum Step : byte
    {
        /// <summary>Reads the node: an element's frame is entered and its children follow, a text node's text is added.</summary>
        Enter,

        /// <summary>Leaves an element whose children are done.</summary>
        Exit,

        /// <summary>Shows the element and its descendant elements to the observer only: outside the body, or inside a skipped element.</summary>
        Observe,
    }
}
