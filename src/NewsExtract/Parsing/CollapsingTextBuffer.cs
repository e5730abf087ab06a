using System.Buffers;
using NewsExtract.Text;

namespace NewsExtract.Parsing;

/// <summary>
/// The text of the block being read, its whitespace collapsed as it arrives by the same <see cref="WhitespaceCollapser"/>
/// that <see cref="TextNormalizer.CollapseWhitespace(ReadOnlySpan{char}, Span{char})"/> runs over a whole text: each
/// character of a page is looked at once, in one pooled array.
/// </summary>
internal sealed class CollapsingTextBuffer : IDisposable
{
    private char[] chars = ArrayPool<char>.Shared.Rent(1024);
    private int length;
    private WhitespaceCollapser collapser;

    /// <summary>The collapsed text so far, without the whitespace that may yet separate it from what comes next.</summary>
    public ReadOnlySpan<char> Text => chars.AsSpan(0, length);

    /// <summary>Adds text; with <paramref name="newlinesAreSpaces"/>, a line break reads as a space (text outside <c>pre</c>).</summary>
    public void Append(ReadOnlySpan<char> text, bool newlinesAreSpaces)
    {
        // At most one separator and every character: room for that at once, not a test per character.
        if (length + text.Length + 1 > chars.Length)
        {
            Grow(length + text.Length + 1);
        }

        length = collapser.Write(text, chars, length, newlinesAreSpaces);
    }

    /// <summary>Marks a break between words without adding a character (whitespace between tags).</summary>
    public void AppendSpace() => collapser.PendSpace();

    /// <summary>Marks a line break (<c>&lt;br&gt;</c>).</summary>
    public void AppendNewline() => collapser.PendNewline();

    /// <summary>Empties the buffer for the next block.</summary>
    public void Clear()
    {
        length = 0;
        collapser = default;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(chars);
        chars = [];
        length = 0;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, chars.Length * 2));
        chars.AsSpan(0, length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(chars);
        chars = larger;
    }
}
