using CsCheck;
using NewsExtract.Parsing;
using NewsExtract.Text;

namespace NewsExtract.Tests.Parsing;

/// <summary>The front end collapses a block's whitespace as its text nodes arrive; it must agree with collapsing the whole text at once.</summary>
public sealed class CollapsingTextBufferTests
{
    private static readonly Gen<string> Piece = Gen.Frequency(
            (6, Gen.Char['a', 'z']),
            (3, Gen.Int[0, 10].Select(i => " \u3000\n\r\t\u00A0\u200B\uFFFD\uFEFF\u0001\u007F"[i])),
            (1, Gen.Char))
        .Array[0, 40]
        .Select(chars => new string(chars));

    [Fact]
    public void Append_InPieces_MatchesCollapsingTheWholeText() =>
        Piece.Array[0, 12].Sample(pieces =>
        {
            using var buffer = new CollapsingTextBuffer();
            foreach (var piece in pieces)
            {
                buffer.Append(piece, newlinesAreSpaces: false);
            }

            Assert.Equal(TextNormalizer.CollapseWhitespace(string.Concat(pieces)), buffer.Text.ToString());
        }, iter: 5_000);

    [Fact]
    public void Append_NewlinesAsSpaces_MatchesCollapsingWithNewlinesReplaced() =>
        Piece.Array[0, 12].Sample(pieces =>
        {
            using var buffer = new CollapsingTextBuffer();
            foreach (var piece in pieces)
            {
                buffer.Append(piece, newlinesAreSpaces: true);
            }

            Assert.Equal(TextNormalizer.CollapseWhitespace(string.Concat(pieces).Replace('\n', ' ')), buffer.Text.ToString());
        }, iter: 5_000);

    [Fact]
    public void AppendSpaceAndNewline_SeparateWordsOnlyBetweenText()
    {
        using var buffer = new CollapsingTextBuffer();
        buffer.AppendSpace();
        buffer.Append("one", newlinesAreSpaces: true);
        buffer.AppendSpace();
        buffer.AppendNewline();
        buffer.Append("two", newlinesAreSpaces: true);
        buffer.AppendSpace();

        Assert.Equal("one\ntwo", buffer.Text.ToString());

        buffer.Clear();
        buffer.AppendSpace();
        Assert.Equal(string.Empty, buffer.Text.ToString());
    }
}
