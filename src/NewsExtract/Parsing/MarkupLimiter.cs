using System.Text;

namespace NewsExtract.Parsing;

/// <summary>A page's markup after <see cref="MarkupLimiter"/>: the same string when no bound was reached.</summary>
/// <param name="Html">The markup to parse.</param>
/// <param name="DepthLimited">Start tags deeper than the bound were left out (their content kept).</param>
/// <param name="ElementsLimited">The markup was cut at the element past the bound.</param>
/// <param name="HasShownRawText">
/// The page opens an element of raw text that a browser shows as text (<c>xmp</c>, <c>noembed</c>, <c>noframes</c>):
/// without one, the raw text of the page is style sheets and frame fallbacks, and the parser need not keep it.
/// </param>
internal readonly record struct LimitedMarkup(string Html, bool DepthLimited, bool ElementsLimited, bool HasShownRawText);

/// <summary>
/// Bounds the tree a page makes before AngleSharp parses it. AngleSharp's tree builder, like the standard it follows,
/// walks the stack of open elements for many tags, so that a page nested 200,000 levels deep costs time in the square
/// of its depth; browsers cap the depth (at about 512), and AngleSharp does too, but its cost per element inserted
/// still grows with the depth. One forward scan of the tag stream, with a model of the tree builder's stack
/// (<see cref="OpenElements"/>, which also counts the formatting elements the builder would rebuild after every block),
/// finds where the tree would grow past the bound: a start tag there is left out, and its content stays where it is.
/// Past the element bound the markup is cut. A page within both bounds comes back as the same string, and the scan
/// allocates nothing per tag.
/// </summary>
internal static class MarkupLimiter
{
    /// <summary>The cancellation token is looked at once every this many tags.</summary>
    private const int TagsPerCancellationCheck = 4096;

    public static LimitedMarkup Limit(string html, int maxDepth, int maxElements, CancellationToken cancellationToken = default)
    {
        using var scan = new Scan(html, maxDepth, maxElements);
        return scan.Run(cancellationToken);
    }

    private sealed class Scan(string html, int maxDepth, int maxElements) : IDisposable
    {
        private readonly OpenElements open = new(maxDepth);
        private StringBuilder? output;
        private int copied;
        private int lastDropEnd;
        private int elements;
        private bool depthLimited;
        private bool elementsLimited;
        private bool hasShownRawText;

        public LimitedMarkup Run(CancellationToken cancellationToken)
        {
            var position = 0;
            var tags = 0;
            while (position < html.Length)
            {
                var lt = TagEnd.NextOpen(html, position);
                if (lt < 0 || lt + 1 >= html.Length)
                {
                    break;
                }

                if (++tags % TagsPerCancellationCheck == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var next = html[lt + 1];
                position = char.IsAsciiLetter(next) ? StartTag(lt)
                    : next == '/' ? EndTag(lt)
                    : next == '!' ? MarkupDeclaration(lt)
                    : next == '?' ? SkipPast('>', lt + 2)
                    : lt + 1;
            }

            if (output is null)
            {
                return new LimitedMarkup(html, false, false, hasShownRawText);
            }

            output.Append(html, copied, html.Length - copied);
            return new LimitedMarkup(output.ToString(), depthLimited, elementsLimited, hasShownRawText);
        }

        public void Dispose() => open.Dispose();

        /// <summary>Reads a start tag at <paramref name="lt"/>; returns where the scan goes on.</summary>
        private int StartTag(int lt)
        {
            var nameStart = lt + 1;
            var nameEnd = ReadName(nameStart, out var hash, out var kind);
            var end = SkipAttributes(nameEnd, out var selfClosing);
            if (end < 0)
            {
                // A tag the page ends in the middle of is no tag at all.
                return html.Length;
            }

            var traits = kind.Traits;
            if ((traits & BuilderTraits.RawText) != 0 && HtmlTags.RawTextName(html.AsSpan(nameStart, nameEnd - nameStart)) is "xmp" or "noembed" or "noframes")
            {
                // Noted wherever it stands (in foreign content too): the flag only has to be never missed.
                hasShownRawText = true;
            }

            if (open.ForeignDepth > 0)
            {
                // Inside svg and math, tags are read as XML: no raw text, no void elements, and "/>" closes.
                traits &= ~(BuilderTraits.RawText | BuilderTraits.PlainText | BuilderTraits.Void);
                if (selfClosing)
                {
                    return end;
                }
            }

            if (open.SelectDepth > 0)
            {
                // AngleSharp's builder keeps much of what comes inside a select, and may even nest in void elements
                // there: counted as open, since the end tags that would close them are ignored.
                traits &= ~BuilderTraits.Void;
            }

            if (kind.Id is BuilderTag.Html or BuilderTag.Body)
            {
                // A second <html> or <body> only adds attributes to the first.
                return end;
            }

            if (++elements > maxElements)
            {
                elementsLimited = true;
                Cut(lt);
                return html.Length;
            }

            open.CloseBefore(kind, hash);
            if ((traits & BuilderTraits.Void) != 0)
            {
                return end;
            }

            if ((traits & BuilderTraits.RawText) != 0)
            {
                // An element of text alone adds a leaf, never depth: its content is passed over to its end tag.
                return FindEndTag(HtmlTags.RawTextName(html.AsSpan(nameStart, nameEnd - nameStart)), end);
            }

            if (open.Depth >= maxDepth || (kind.FormattingSlot >= 0 && open.ActiveFormatting >= maxDepth))
            {
                // Opened as a sibling instead, the element would still be inserted that deep, and the builder's cost per
                // insertion grows with the depth: it is left out, its content stays where it is.
                depthLimited = true;
                elements--;
                Drop(lt, end, separate: (traits & BuilderTraits.Special) != 0);
                return end;
            }

            open.Push(hash, kind);
            return (traits & BuilderTraits.PlainText) != 0 ? html.Length : end;
        }

        private int EndTag(int lt)
        {
            var nameStart = lt + 2;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "</>" is dropped, "</3" and the like are bogus comments.
                return nameStart < html.Length && html[nameStart] == '>' ? nameStart + 1 : SkipPast('>', nameStart);
            }

            var nameEnd = ReadName(nameStart, out var hash, out var kind);
            var end = SkipAttributes(nameEnd, out _);
            if (end < 0)
            {
                return html.Length;
            }

            open.Close(kind, hash);
            return end;
        }

        private int MarkupDeclaration(int lt)
        {
            var rest = html.AsSpan(lt + 2);
            if (rest.StartsWith("--"))
            {
                return CommentEnd(lt + 4);
            }

            if (open.ForeignDepth > 0 && rest.StartsWith("[CDATA["))
            {
                var close = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                return close < 0 ? html.Length : close + 3;
            }

            // A doctype, or a bogus comment.
            return SkipPast('>', lt + 2);
        }

        /// <summary>A comment ends at "--&gt;" or "--!&gt;", or at once as "&lt;!--&gt;" and "&lt;!---&gt;".</summary>
        private int CommentEnd(int start)
        {
            var rest = html.AsSpan(start);
            if (rest.StartsWith(">"))
            {
                return start + 1;
            }

            if (rest.StartsWith("->"))
            {
                return start + 2;
            }

            var from = start;
            while (true)
            {
                var dashes = html.IndexOf("--", from, StringComparison.Ordinal);
                if (dashes < 0)
                {
                    return html.Length;
                }

                var after = html.AsSpan(dashes + 2);
                if (after.StartsWith(">"))
                {
                    return dashes + 3;
                }

                if (after.StartsWith("!>"))
                {
                    return dashes + 4;
                }

                from = dashes + 1;
            }
        }

        /// <summary>Reads a tag name (hashed lower-cased, as the tokenizer reads it, and looked up); returns the index after it.</summary>
        private int ReadName(int start, out int hash, out TagKind kind)
        {
            Span<char> lower = stackalloc char[HtmlTags.MaxKnownNameLength];
            var h = OpenElements.Fnv.Offset;
            var i = start;
            while (i < html.Length)
            {
                var c = html[i];
                if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>')
                {
                    break;
                }

                var folded = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                h = OpenElements.Fnv.Add(h, folded);
                if (i - start < lower.Length)
                {
                    lower[i - start] = folded;
                }

                i++;
            }

            hash = (int)h;
            kind = i - start <= lower.Length ? HtmlTags.Of(lower[..(i - start)]) : default;
            return i;
        }

        /// <summary>Passes over a tag's attributes (see <see cref="TagEnd"/>); returns the index after its '&gt;', or -1 when the page ends first.</summary>
        private int SkipAttributes(int i, out bool selfClosing)
        {
            var close = TagEnd.Find(html, i);
            selfClosing = close > 0 && html[close - 1] == '/';
            return close < 0 ? -1 : close + 1;
        }

        /// <summary>Where the end tag of a raw-text element starts (the scan reads it next), or the end of the page.</summary>
        private int FindEndTag(string lowerName, int from)
        {
            while (true)
            {
                var candidate = html.IndexOf("</", from, StringComparison.Ordinal);
                if (candidate < 0)
                {
                    return html.Length;
                }

                var nameEnd = candidate + 2 + lowerName.Length;
                if (nameEnd <= html.Length
                    && html.AsSpan(candidate + 2, lowerName.Length).Equals(lowerName, StringComparison.OrdinalIgnoreCase)
                    && (nameEnd == html.Length || html[nameEnd] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
                {
                    return candidate;
                }

                from = candidate + 2;
            }
        }

        private int SkipPast(char c, int from)
        {
            var index = from < html.Length ? html.IndexOf(c, from) : -1;
            return index < 0 ? html.Length : index + 1;
        }

        /// <summary>
        /// Leaves the tag from <paramref name="start"/> to <paramref name="end"/> out of the output; a block's tag, when
        /// text came since the last tag left out, leaves two line breaks in its place, so that paragraphs stay apart.
        /// </summary>
        private void Drop(int start, int end, bool separate)
        {
            var output = Output().Append(html, copied, start - copied);
            if (separate && !html.AsSpan(lastDropEnd, start - lastDropEnd).IsWhiteSpace())
            {
                output.Append("<br><br>");
                elements += 2;
            }

            copied = lastDropEnd = end;
        }

        private void Cut(int at)
        {
            Output().Append(html, copied, at - copied);
            copied = html.Length;
        }

        private StringBuilder Output() => output ??= new StringBuilder(html.Length + 256);
    }
}
