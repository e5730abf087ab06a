namespace NewsExtract.Text;

/// <summary>
/// The whitespace collapse, character by character: runs of whitespace become one space (one line break if they hold
/// one), none at the start, control characters and replacement marks dropped. The state between calls lets text
/// arriving in pieces (a block's text nodes) collapse exactly as it would all at once.
/// </summary>
internal struct WhitespaceCollapser
{
    private bool pendingSpace;
    private bool pendingNewline;

    /// <summary>
    /// Writes the collapsed <paramref name="text"/> into <paramref name="destination"/> after the
    /// <paramref name="length"/> characters already there, and returns the new length. The destination may be the
    /// memory of the text itself when <paramref name="length"/> is 0 (each character is written at or before the
    /// position it was read from); it needs room for one separator more than the text.
    /// </summary>
    /// <param name="text">The text to add.</param>
    /// <param name="destination">Where the collapsed text goes.</param>
    /// <param name="length">How many characters the destination holds already.</param>
    /// <param name="newlinesAreSpaces">Whether a line break reads as a space (text outside <c>pre</c>).</param>
    public int Write(ReadOnlySpan<char> text, Span<char> destination, int length, bool newlinesAreSpaces = false)
    {
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
                // Control characters and replacement marks are debris of binary or mis-decoded input, not text.
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

        return length;
    }

    /// <summary>Marks a break between words without reading a character.</summary>
    public void PendSpace() => pendingSpace = true;

    /// <summary>Marks a line break without reading a character.</summary>
    public void PendNewline() => pendingNewline = true;
}
