using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Metadata;

/// <summary>
/// Finds the headline of plain text. A line reads like a headline when it is short, does not start in lower case
/// and ends without a full stop (a question or an exclamation may end one). Scrapes put teasers of other articles
/// before the article (a headline and its first paragraph) and subheads inside it, so the headline is the first
/// such line that opens a section of prose: two paragraphs or more before the next headline-like line, or one
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

            var prose = ProseInSection(blocks, i);
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

            if (prose >= 2 || (prose == 1 && (IsRepeated(blocks, i) || ArticleContinues(blocks, i))))
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
            if (!block.Kept || !IsTitleLike(block.Text) || Relatedness(blocks, i, i + 1, line) == Related.No)
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

    /// <summary>How many prose blocks follow the line before the next headline-like line.</summary>
    private static int ProseInSection(IReadOnlyList<Block> blocks, int title)
    {
        var prose = 0;
        for (var i = title + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!block.Kept)
            {
                continue;
            }

            if (IsTitleLike(block.Text))
            {
                break;
            }

            if (IsProse(block))
            {
                prose++;
            }
        }

        return prose;
    }

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
                return ProseInSection(blocks, last) >= 2 && !MetadataFollows(blocks, i) && !EndsCut(blocks, title, i)
                    && SharesWords(blocks, title, i, i);
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
                var text = blocks[i].Text.AsSpan().TrimEnd();
                return text.EndsWith("…", StringComparison.Ordinal) || text.EndsWith("...", StringComparison.Ordinal);
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

            if (!block.Kept || !IsTitleLike(block.Text) || ProseInSection(blocks, i) == 0)
            {
                continue;
            }

            if (EndsCut(blocks, i, headline) || Relatedness(blocks, i, headline, headline) != Related.Yes)
            {
                break;
            }

            headline = HeadlineOfStack(blocks, i);
            i = headline;
        }

        return headline;
    }

    private enum Related
    {
        /// <summary>Too few longer words to judge.</summary>
        Unknown,
        Yes,
        No,
    }

    /// <summary>
    /// Whether the blocks from <paramref name="start"/> to <paramref name="end"/> share enough of their longer words
    /// with the text from <paramref name="next"/> on. Text without spaces (Chinese, Japanese) is not split into
    /// words here and always counts as sharing, as does a line with too few longer words to judge.
    /// </summary>
    public static bool SharesWords(IReadOnlyList<Block> blocks, int start, int end, int next) =>
        Relatedness(blocks, start, end, next) != Related.No;

    private static Related Relatedness(IReadOnlyList<Block> blocks, int start, int end, int next)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (blocks[i].Kept)
            {
                AddWords(blocks[i].Text, first);
            }
        }

        if (first.Count < MinWordsToCompare)
        {
            return Related.Unknown;
        }

        var following = new HashSet<string>(StringComparer.Ordinal);
        var chars = 0;
        for (var i = next; i < blocks.Count && chars < MaxCharsCompared; i++)
        {
            if (blocks[i].Kept)
            {
                AddWords(blocks[i].Text, following);
                chars += blocks[i].Text.Length;
            }
        }

        return first.Count(following.Contains) >= first.Count * MinSharedWords ? Related.Yes : Related.No;
    }

    private static void AddWords(string text, HashSet<string> words)
    {
        foreach (var range in text.AsSpan().SplitAny(WordBreaks))
        {
            var word = text.AsSpan(range).Trim(WordTrim);
            if (word.Length >= MinComparedWordChars && word.Length <= MaxComparedWordChars)
            {
                words.Add(word.ToString().ToLowerInvariant());
            }
        }
    }

    /// <summary>Words this long or longer are compared: shorter ones are mostly articles, pronouns, prepositions.</summary>
    private const int MinComparedWordChars = 5;

    /// <summary>A "word" longer than this is a run of text without spaces.</summary>
    private const int MaxComparedWordChars = 30;

    /// <summary>A section with fewer compared words is not judged by them.</summary>
    private const int MinWordsToCompare = 5;

    /// <summary>The text under the next line read for its words: its first paragraphs.</summary>
    private const int MaxCharsCompared = 4_000;

    /// <summary>
    /// Share of a standfirst's and headline's longer words found again in the article's first paragraphs: a quarter
    /// or more for nine in ten articles of the tuning corpora, for under one teaser of another article in twenty.
    /// </summary>
    private const double MinSharedWords = 0.25;

    private const string WordBreaks = " \t\n\u00A0";
    private const string WordTrim = ".,;:!?\"'“”„«»‚‘’()[]-–—…";

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
