using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Removes every block outside the chosen region, and inside it the page furniture: navigation, asides, footers,
/// furniture-marked wrappers, captions, link-heavy lines and, with the precision focus, doubtful short lines.
/// </summary>
internal static class FurnitureRemoval
{
    /// <summary>A list item made of a link is dropped only from a list that is nearly all links (related stories, navigation).</summary>
    private const double LinkListDensity = 0.8;

    /// <summary>With the precision focus, a line shorter than this that is no sentence is left out.</summary>
    private const int DoubtfulLineChars = 80;

    /// <summary>With the precision focus, a block shorter than this carrying an address or a handle is left out.</summary>
    private const int DoubtfulNoteChars = 400;

    /// <summary>At most this many lines under a teaser's linked headline are its text.</summary>
    private const int MaxTeaserLines = 2;

    /// <summary>A line longer than this under a linked headline is the article's prose, not a teaser's text.</summary>
    private const int MaxTeaserChars = 300;

    /// <summary>
    /// A container holding form controls and less text than this is a box asking for input, not the article's: a
    /// consent placeholder standing in for an embed explains itself in a few sentences around its toggle.
    /// </summary>
    private const int MaxFormBoxChars = 600;

    /// <summary>An element of less text than this that carries a box word (hints.box.txt) is a box beside the article, an author's card.</summary>
    private const int MaxBoxChars = 400;

    /// <summary>An element holding a picture and less text than this is the picture's box (caption, card, advertisement), not prose.</summary>
    private const int MaxPictureBoxChars = 150;

    /// <summary>Form boxes holding more than this share of the region's text are what the page is made of (posts with reply buttons, rows to pick), left alone.</summary>
    private const double MaxFormBoxShare = 0.25;

    /// <summary>A line of an article's header shorter than this is a label (kicker, date, reading time), not its standfirst.</summary>
    private const int MinStandfirstChars = 80;

    /// <summary>
    /// Not one block reads like a paragraph: a very short page, whose text is all there is but for its furniture
    /// and its link lines.
    /// </summary>
    public static void RemoveFromShortPage(List<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.InPageFurniture || block.LinkDensity > 0.5)
            {
                block.Remove(RemovalReason.OutsideContent, RemovalRules.ShortPageFurniture);
            }
        }
    }

    /// <summary>Keeps the blocks of the region made of the <paramref name="included"/> containers, less its furniture.</summary>
    public static void RemoveOutsideRegion(List<Container> containers, List<Block> blocks, ContainerScores scores, HashSet<int> included, int top, ExtractionFocus focus, HintAnswers hints)
    {
        var parent = containers[top].ParentId;

        // Containers come in document order, parents before children: one pass decides for each whether it lies in
        // the chosen region and whether some element between it and the region is page furniture.
        var inRegion = new bool[containers.Count];
        var cutOff = new bool[containers.Count];
        var headlines = HeadlineContainers(containers, blocks);
        var cutFormBoxes = FormBoxesAreAside(containers, scores, included, focus, headlines);
        for (var id = 0; id < containers.Count; id++)
        {
            var up = containers[id].ParentId;
            if (included.Contains(id))
            {
                inRegion[id] = true;
            }
            else if (up >= 0 && inRegion[up])
            {
                inRegion[id] = true;
                cutOff[id] = cutOff[up] || IsFurnitureInside(containers[id], scores, focus, hints) || (cutFormBoxes && IsFormBox(containers[id], scores, headlines));
            }
        }

        CutOtherStories(containers, blocks, included, inRegion, cutOff);

        var regionIsFurniture = true;
        foreach (var block in blocks)
        {
            if (block.ContainerPath.Length > 0 && inRegion[block.ContainerPath[^1]] && !block.InPageFurniture)
            {
                regionIsFurniture = false;
                break;
            }
        }

        foreach (var block in blocks)
        {
            if (!block.Kept)
            {
                continue;
            }

            var nearest = block.ContainerPath.Length > 0 ? block.ContainerPath[^1] : -1;
            if (nearest < 0 || !inRegion[nearest])
            {
                if (!(nearest == parent && nearest >= 0 && SiblingWidening.IsWorthyLooseParagraph(block)))
                {
                    block.Remove(RemovalReason.OutsideContent, RemovalRules.OutsideRegion);
                }

                continue;
            }

            if (cutOff[nearest])
            {
                block.Remove(RemovalReason.OutsideContent, RemovalRules.FurnitureContainer);
            }
            else if (block.InPageFurniture && !regionIsFurniture)
            {
                block.Remove(RemovalReason.OutsideContent, RemovalRules.PageFurniture);
            }
            else if (block.InSectionHeader && focus != ExtractionFocus.Recall && !IsStandfirst(block))
            {
                block.Remove(RemovalReason.Metadata, RemovalRules.SectionHeaderLine);
            }
            else if (block.Kind == BlockKind.Caption && focus != ExtractionFocus.Recall)
            {
                block.Remove(RemovalReason.Metadata, RemovalRules.Caption);
            }
            else if (IsLinkHeavy(block, focus) && (block.Kind != BlockKind.ListItem || scores.LinkDensity(nearest) > LinkListDensity))
            {
                block.Remove(RemovalReason.LinkHeavy, RemovalRules.LinkHeavy);
            }
            else if (focus == ExtractionFocus.Precision && IsDoubtful(block))
            {
                block.Remove(RemovalReason.OutsideContent, RemovalRules.Doubtful);
            }
        }

        if (focus != ExtractionFocus.Recall)
        {
            RemoveTeaserTexts(blocks);
        }
    }

    /// <summary>
    /// A teaser is a headline that links to another story and a line or two of text under it: where a heading went
    /// as link text, the short lines after it in the same card (inside the element holding the headline), when the card
    /// ends after them, go with it. An article's own subheads link nowhere, and its paragraphs run longer and on.
    /// </summary>
    private static void RemoveTeaserTexts(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var heading = blocks[i];
            if (heading.Kind != BlockKind.Heading || heading.RemovalRule != RemovalRules.LinkHeavy || heading.ContainerPath.Length == 0)
            {
                continue;
            }

            // The card ends after a line or two: one that goes on is an article under a headline that links to itself.
            var card = heading.ContainerPath[^1];
            var end = i + 1;
            while (end < blocks.Count && blocks[end].Kind != BlockKind.Heading && Array.IndexOf(blocks[end].ContainerPath, card) >= 0)
            {
                end++;
            }

            if (end - i - 1 > MaxTeaserLines || !AllShort(blocks, i + 1, end))
            {
                continue;
            }

            for (var j = i + 1; j < end; j++)
            {
                blocks[j].Remove(RemovalReason.LinkHeavy, RemovalRules.TeaserText);
            }
        }
    }

    private static bool AllShort(List<Block> blocks, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (blocks[j].Text.Length > MaxTeaserChars)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A page that loads the next story as one scrolls nests it in the region: an <c>article</c> element inside the
    /// region that carries a headline of its own (an <c>h1</c>, when the region's first <c>h1</c> lies outside it)
    /// is another story, cut with everything in it.
    /// </summary>
    private static void CutOtherStories(List<Container> containers, List<Block> blocks, HashSet<int> included, bool[] inRegion, bool[] cutOff)
    {
        int[]? firstHeadlinePath = null;
        var cut = false;
        foreach (var block in blocks)
        {
            if (block.HeadingLevel != 1 || block.ContainerPath.Length == 0 || !inRegion[block.ContainerPath[^1]])
            {
                continue;
            }

            if (firstHeadlinePath is null)
            {
                firstHeadlinePath = block.ContainerPath;
                continue;
            }

            foreach (var id in block.ContainerPath)
            {
                if (inRegion[id] && !included.Contains(id) && containers[id].Tag == "article" && Array.IndexOf(firstHeadlinePath, id) < 0)
                {
                    cutOff[id] = cut = true;
                    break;
                }
            }
        }

        if (!cut)
        {
            return;
        }

        for (var id = 0; id < containers.Count; id++)
        {
            var up = containers[id].ParentId;
            if (inRegion[id] && up >= 0 && cutOff[up])
            {
                cutOff[id] = true;
            }
        }
    }

    /// <summary>
    /// In an article's own header, the standfirst (a sentence or more summing the story up) is body; its kicker,
    /// date, reading time, byline and buttons are not.
    /// </summary>
    private static bool IsStandfirst(Block block) =>
        block.Kind != BlockKind.ListItem && block.Text.Length >= MinStandfirstChars && TextNormalizer.EndsLikeSentence(block.Text) && block.LinkDensity < 0.5;

    /// <summary>
    /// A short box that asks for input: a sign-up, a consent placeholder standing in for an embed, a comment form. The
    /// walk leaves its controls out, so its few lines would otherwise pass for prose.
    /// </summary>
    private static bool IsFormBox(Container container, ContainerScores scores, bool[] headlines) =>
        scores.FormControls[container.Id] > 0 && scores.TextChars[container.Id] < MaxFormBoxChars && !headlines[container.Id];

    /// <summary>
    /// The containers holding a headline (an <c>h1</c>): an article's header, whose standfirst sits beside its share
    /// and save buttons, is no box asking for input.
    /// </summary>
    private static bool[] HeadlineContainers(List<Container> containers, List<Block> blocks)
    {
        var headlines = new bool[containers.Count];
        foreach (var block in blocks)
        {
            if (block.HeadingLevel == 1)
            {
                foreach (var id in block.ContainerPath)
                {
                    headlines[id] = true;
                }
            }
        }

        return headlines;
    }

    /// <summary>
    /// Whether the form boxes inside the region are few beside its text (never with the recall focus). Boxes that hold
    /// much of it are a repeated structure the page is made of, the posts of a forum thread with their reply buttons
    /// or the rows of a listing to pick from, not boxes around an article.
    /// </summary>
    private static bool FormBoxesAreAside(List<Container> containers, ContainerScores scores, HashSet<int> included, ExtractionFocus focus, bool[] headlines)
    {
        if (focus == ExtractionFocus.Recall)
        {
            return false;
        }

        var boxChars = 0;
        var regionChars = 0;
        var inRegion = new bool[containers.Count];
        for (var id = 0; id < containers.Count; id++)
        {
            var up = containers[id].ParentId;
            if (included.Contains(id))
            {
                inRegion[id] = true;
                if (up < 0 || !included.Contains(up))
                {
                    regionChars += scores.TextChars[id];
                }
            }
            else if (up >= 0 && inRegion[up] && (included.Contains(up) || !IsFormBox(containers[up], scores, headlines)))
            {
                // Within a box only the box counts: its inner containers are not looked at.
                inRegion[id] = true;
                if (IsFormBox(containers[id], scores, headlines))
                {
                    boxChars += scores.TextChars[id];
                }
            }
        }

        return boxChars <= regionChars * MaxFormBoxShare;
    }

    private static bool IsFurnitureInside(Container container, ContainerScores scores, ExtractionFocus focus, HintAnswers hints)
    {
        if (focus == ExtractionFocus.Recall || container.IsArticleBody)
        {
            return container.Tag is "nav" or "aside" or "footer";
        }

        if (container.Tag is "nav" or "aside" or "footer")
        {
            return true;
        }

        if (container.Tag == "form")
        {
            return scores.LinkDensity(container.Id) > 0.3;
        }

        // A picture with a few words: a caption or credit, a teaser card, an author's photo, an advertisement. A
        // figure's text is its caption already, told as such by its own rule.
        if (scores.Images[container.Id] > 0 && scores.TextChars[container.Id] < MaxPictureBoxChars && container.Tag != "figure")
        {
            return true;
        }

        if (scores.TextChars[container.Id] < MaxBoxChars && hints.Box(container.Id) && !hints.Keep(container.Id))
        {
            return true;
        }

        // A content word overrides only the contested furniture words: "comments-body" may be what the page is
        // about, "related-content" never is.
        return hints.Furniture(container.Id) && !hints.Keep(container.Id) && !(hints.Positive(container.Id) && hints.Contested(container.Id));
    }

    /// <summary>
    /// What the precision focus leaves out besides: short lines that are not sentences (labels, credits, subheads)
    /// and short blocks carrying an address or a handle (author notes, promotions).
    /// </summary>
    private static bool IsDoubtful(Block block)
    {
        if (block.Kind is BlockKind.Preformatted or BlockKind.TableCell)
        {
            return false;
        }

        var text = block.Text;
        if (text.Length < DoubtfulLineChars && !TextNormalizer.EndsLikeSentence(text))
        {
            return true;
        }

        return text.Length < DoubtfulNoteChars
            && (text.Contains('@') || text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsLinkHeavy(Block block, ExtractionFocus focus)
    {
        var limit = focus switch
        {
            ExtractionFocus.Precision => 0.35,
            ExtractionFocus.Recall => 0.9,
            _ => 0.5,
        };
        return block.Text.Length < 300 && block.LinkDensity > limit;
    }
}
