using System.Buffers;

namespace NewsExtract.Parsing;

/// <summary>
/// The text of the block being read, its whitespace collapsed as it arrives, exactly as
/// <see cref="Text.TextNormalizer.CollapseWhitespace(ReadOnlySpan{char}, Span{char})"/> collapses a whole text at once:
/// runs of whitespace become one space (one line break if they hold one), none at the ends, control characters and
/// replacement marks dropped. Each character of a page is looked at once, in one pooled array.
/// </summary>
internal sealed class CollapsingTextBuffer : IDisposable
{
    private char[] chars = ArrayPool<char>.Shared.Rent(1024);
    private int length;
    private bool pendingSpace;
    private bool pendingNewline;

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

        var destination = chars;
        foreach (var c in text)
        {
            if (c == '\n' && !newlinesAreSpaces)
            {
                pendingNewline = true;
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = true;
            }
            else if (char.IsControl(c) || c is '\uFFFD' or '\uFEFF')
            {
                // Debris of binary or mis-decoded input, not text.
            }
            else
            {
                if (length > 0 && (pendingNewline || pendingSpace))
                {
                    destination[length++] = pendingNewline ? '\n' : ' ';
                }

                pendingSpace = pendingNewline = false;
                destination[length++] = c;
            }
        }
    }

    /// <summary>Marks a break between words without adding a character (whitespace between tags).</summary>
    public void AppendSpace() => pendingSpace = true;

    /// <summary>Marks a line break (<c>&lt;br&gt;</c>).</summary>
    public void AppendNewline() => pendingNewline = true;

    /// <summary>Empties the buffer for the next block.</summary>
    public void Clear()
    {
        length = 0;
        pendingSpace = pendingNewline = false;
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
