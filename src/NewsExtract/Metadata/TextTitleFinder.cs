using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>
/// Finds the headline of plain text. A line reads like a headline when it is short, does not start in lower case
/// and ends without a full stop (a question or an exclamation may end one). Scrapes put teasers of other articles
/// before the article (a headline and its first paragraph) and subheads inside it, so the headline is the first
/// such line that opens a section of prose: two paragraphs in a row (a teaser's next headline may not read as one,
/// "Document", and a teaser's paragraph may be cut short) before the next headline-like line, or one
/// paragraph where the lines right after the headline are a byline, a date or a credit, or where the line is
/// repeated later (a second copy of the article). An article whose first sections are short is found at its first
/// longer one and followed back to its headline while the sections before tell of the same things.
/// </summary>
internal static class TextTitleFinder
{
    private const int MaxTitleChars = 200;
    private const int MaxTitleWords = 30;

    /// <summary>A block with this many words reads as prose.</summary>
    private const int MinProseWords = 8;

    /// <summary>A headline, a standfirst and a subhead or two may stand stacked before the first prose.</summary>
    private const int MaxStackedLines = 4;

    /// <summary>How many blocks right after a headline are looked at for its byline, date or credit.</summary>
    private const int MetadataLinesAfterHeadline = 3;

    /// <summary>The index of the headline's block, or -1.</summary>
    public static int Find(IReadOnlyList<Block> blocks)
    {
        var found = FindByShape(blocks);
        return found >= 0 ? OpeningHeadline(blocks, found) : OpeningLine(blocks);
    }

    private static int FindByShape(IReadOnlyList<Block> blocks)
    {
        var firstLike = -1;
        var firstFollowedByProse = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].Kept || !IsTitleLike(blocks[i].Text))
            {
                continue;
            }

            if (firstLike < 0)
            {
                firstLike = i;
            }

            var prose = ProseSections.Count(blocks, i);
            if (prose > 0 && firstFollowedByProse < 0)
            {
                firstFollowedByProse = i;
            }

            // A headline-like line with its byline, date or credit right under it and prose soon after (a standfirst
            // or subhead may come first) is the headline.
            if (MetadataFollows(blocks, i) && ProseSoonAfter(blocks, i))
            {
                return HeadlineAboveByline(blocks, i);
            }

            if ((prose >= 2 && ProseSections.Running(blocks, i)) || (prose == 1 && (IsRepeated(blocks, i) || ArticleContinues(blocks, i))))
            {
                return FirstSectionOfArticle(blocks, HeadlineOfStack(blocks, i));
            }
        }

        return firstFollowedByProse >= 0 ? firstFollowedByProse : firstLike;
    }

    /// <summary>
    /// The headline among the headline-like lines stacked right above the one that opens the prose ("Headline /
    /// standfirst / subhead / prose", bylines and dates between): the one the byline, date or credit follows, else
    /// the topmost.
    /// </summary>
    private static int HeadlineOfStack(IReadOnlyList<Block> blocks, int line)
    {
        var top = line;
        var stacked = 1;
        for (var i = line - 1; i >= 0 && stacked < MaxStackedLines; i--)
        {
            var block = blocks[i];
            if (block.RemovedFor == RemovalReason.Metadata)
            {
                continue;
            }

            // A teaser's headline or cut paragraph may stand right above the article's headline: a line that tells
            // of other things than the prose below is not part of the stack.
            if (!block.Kept || !IsTitleLike(block.Text) || WordOverlap.Of(blocks, i, i + 1, line) == Relatedness.No)
            {
                break;
            }

            top = i;
            stacked++;
        }

        for (var i = top; i < line; i++)
        {
            if (blocks[i].Kept && MetadataFollows(blocks, i))
            {
                return i;
            }
        }

        return top;
    }

    /// <summary>
    /// The line a byline, date or credit follows, or the longer headline-like line right above it when the line is
    /// short: an unrecognised byline ("Jane Roe, Reuters") under its headline.
    /// </summary>
    private static int HeadlineAboveByline(IReadOnlyList<Block> blocks, int line)
    {
        var words = TextNormalizer.CountWords(blocks[line].Text);
        if (words > MaxBylineWords)
        {
            return line;
        }

        for (var i = line - 1; i >= 0; i--)
        {
            if (blocks[i].RemovedFor == RemovalReason.Metadata)
            {
                continue;
            }

            return blocks[i].Kept && IsTitleLike(blocks[i].Text) && TextNormalizer.CountWords(blocks[i].Text) > words ? i : line;
        }

        return line;
    }

    /// <summary>
    /// The short line right under the headline that a byline, date or credit follows, when it is not recognised
    /// as one itself ("Jane Roe, Reuters" over "5 May 2021"): the byline; else -1.
    /// </summary>
    public static int BylineUnder(IReadOnlyList<Block> blocks, int title)
    {
        for (var i = title + 1; i < blocks.Count; i++)
        {
            if (blocks[i].RemovedFor == RemovalReason.Metadata)
            {
                continue;
            }

            return blocks[i].Kept && HeadlineAboveByline(blocks, i) == title && MetadataFollows(blocks, i) ? i : -1;
        }

        return -1;
    }

    /// <summary>A byline of names and an agency has at most this many words.</summary>
    private const int MaxBylineWords = 6;

    /// <summary>
    /// Whether the line's one paragraph runs straight on into a subhead with two paragraphs or more under it, with
    /// no boilerplate line between: an article whose first section is short. A teaser is followed by the next
    /// teaser or by the page's furniture, or by the article it stands before: then the line reached has a byline,
    /// date or credit under it, the teaser's paragraph is cut short, or the two share few words (a standfirst
    /// tells what its article goes on about; a teaser of another article does not).
    /// </summary>
    private static bool ArticleContinues(IReadOnlyList<Block> blocks, int title)
    {
        for (var i = title + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.RemovedFor == RemovalReason.Boilerplate)
            {
                return false;
            }

            if (block.Kept && IsTitleLike(block.Text))
            {
                // Subheads may come stacked ("Part two" over "What happened next"): the prose under the last counts.
                var last = LastOfStack(blocks, i);
                return ProseSections.Count(blocks, last) >= 2 && !MetadataFollows(blocks, i) && !EndsCut(blocks, title, i)
                    && WordOverlap.Shares(blocks, title, i, i);
            }
        }

        return false;
    }

    /// <summary>The last of the headline-like lines stacked from <paramref name="line"/> on, before prose.</summary>
    private static int LastOfStack(IReadOnlyList<Block> blocks, int line)
    {
        var last = line;
        var stacked = 1;
        for (var i = line + 1; i < blocks.Count && stacked < MaxStackedLines; i++)
        {
            if (!blocks[i].Kept)
            {
                continue;
            }

            if (!IsTitleLike(blocks[i].Text))
            {
                break;
            }

            last = i;
            stacked++;
        }

        return last;
    }

    /// <summary>Whether the kept prose between the line and the next headline-like one ends cut short ("…").</summary>
    private static bool EndsCut(IReadOnlyList<Block> blocks, int title, int next)
    {
        for (var i = next - 1; i > title; i--)
        {
            if (blocks[i].Kept)
            {
                return ProseSections.IsCut(blocks[i].Text);
            }
        }

        return false;
    }

    /// <summary>Whether a kept block between the two lines ends cut short ("…"), as teasers do.</summary>
    private static bool AnyCut(IReadOnlyList<Block> blocks, int title, int next)
    {
        for (var i = next - 1; i > title; i--)
        {
            if (blocks[i].Kept && EndsCut(blocks, i - 1, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The headline of the article's first section when the line found opens a later one: an article whose first
    /// sections are short (a standfirst, a paragraph under each subhead) is found at its first longer section. An
    /// earlier headline-like line with prose under it belongs to the same article when the text from it to the line
    /// shares its words with the text after, ends not cut short, and no boilerplate stands between; a teaser of
    /// another article shares few.
    /// </summary>
    private static int FirstSectionOfArticle(IReadOnlyList<Block> blocks, int found)
    {
        var headline = found;
        for (var i = found - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (block.RemovedFor == RemovalReason.Boilerplate)
            {
                break;
            }

            if (!block.Kept || !IsTitleLike(block.Text) || ProseSections.Count(blocks, i) == 0)
            {
                continue;
            }

            if (EndsCut(blocks, i, headline) || WordOverlap.Of(blocks, i, headline, headline) != Relatedness.Yes)
            {
                break;
            }

            headline = HeadlineOfStack(blocks, i);
            i = headline;
        }

        return headline;
    }

    /// <summary>
    /// The line that opens the text, when it reads like a headline and the lines from it to the one found tell of the
    /// same things as the text after, with no navigation between, no paragraph cut short and no byline or date under
    /// the line found: a text that starts with its headline, then a standfirst or short sections under subheads,
    /// starts with the article. Teasers of other articles above it tell of other things.
    /// </summary>
    private static int OpeningHeadline(IReadOnlyList<Block> blocks, int found)
    {
        var opening = -1;
        for (var i = found - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (block.RemovedFor == RemovalReason.Boilerplate)
            {
                break;
            }

            if (block.Kept)
            {
                opening = i;
            }
        }

        return opening >= 0 && (IsTitleLike(blocks[opening].Text) || (opening == 0 && MayOpenText(blocks[0].Text))) && !MetadataFollows(blocks, found)
            && !AnyCut(blocks, opening, found) && WordOverlap.Of(blocks, opening, found, found) == Relatedness.Yes
                ? opening
                : found;
    }

    /// <summary>
    /// When no line reads like a headline: the text's first line, if it is short and ends as no sentence of prose
    /// does (a one-word headline, "Document"), else -1.
    /// </summary>
    private static int OpeningLine(IReadOnlyList<Block> blocks) =>
        blocks.Count > 1 && blocks[0].Kept && MayOpenText(blocks[0].Text) && !IsProse(blocks[0]) ? 0 : -1;

    /// <summary>
    /// Whether the text's very first line may be its headline: short as a headline is, not ending with a full stop (a
    /// quotation ending with one, an ellipsis, a question may end a headline). A headline set in lower case, cut short
    /// ("…") or of one word still opens its article's text.
    /// </summary>
    private static bool MayOpenText(string line)
    {
        var text = line.AsSpan().TrimEnd();
        return text.Length is > 0 and <= MaxTitleChars && TextNormalizer.CountWords(text) <= MaxTitleWords
            && text[^1] is not ('.' or ':' or ';' or ',') && !text.Contains('\n');
    }

    /// <summary>Whether a prose block follows within a few kept blocks (a standfirst or a subhead may come first).</summary>
    private static bool ProseSoonAfter(IReadOnlyList<Block> blocks, int title)
    {
        var seen = 0;
        for (var i = title + 1; i < blocks.Count && seen < MaxStackedLines; i++)
        {
            if (!blocks[i].Kept)
            {
                continue;
            }

            if (IsProse(blocks[i]))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    /// <summary>Whether a byline, date line or credit (removed as metadata) stands right after the line.</summary>
    private static bool MetadataFollows(IReadOnlyList<Block> blocks, int title)
    {
        for (var i = title + 1; i < blocks.Count && i <= title + MetadataLinesAfterHeadline; i++)
        {
            if (blocks[i].RemovedFor == RemovalReason.Metadata)
            {
                return true;
            }

            if (blocks[i].Kept)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsRepeated(IReadOnlyList<Block> blocks, int title)
    {
        var text = blocks[title].Text;
        for (var i = title + 1; i < blocks.Count; i++)
        {
            if (blocks[i].Text.Length == text.Length && string.Equals(blocks[i].Text, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTitleLike(string text)
    {
        var words = TextNormalizer.CountWords(text);
        return text.Length <= MaxTitleChars && words <= MaxTitleWords && (words >= 2 || WrittenWithoutSpaces(text)) && !EndsLikeStatement(text)
            && !char.IsLower(text[0]) && !text.Contains('\n');
    }

    /// <summary>One "word" of several letters in a script written without spaces (Chinese, Japanese): a headline may be.</summary>
    private static bool WrittenWithoutSpaces(string text) => text.Length >= MinUnspacedTitleChars && !text.Any(char.IsAsciiLetter);

    /// <summary>A headline in a script without spaces has at least this many characters.</summary>
    private const int MinUnspacedTitleChars = 6;

    /// <summary>
    /// Ends as a sentence does, except with a question or exclamation mark, which headlines end with too (also
    /// followed by an ellipsis, "… have?...").
    /// </summary>
    private static bool EndsLikeStatement(string text)
    {
        if (!TextNormalizer.EndsLikeSentence(text))
        {
            return false;
        }

        var end = text.AsSpan().TrimEnd().TrimEnd("\"'”’»)]").TrimEnd(".…");
        return end.Length == 0 || end[^1] is not ('?' or '!' or '？' or '！');
    }

    public static bool IsProse(Block block) =>
        TextNormalizer.CountWords(block.Text) >= MinProseWords || TextNormalizer.EndsLikeSentence(block.Text);
}
