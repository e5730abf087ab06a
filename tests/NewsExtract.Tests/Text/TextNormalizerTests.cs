using System.Text;
using CsCheck;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

/// <summary>
/// The normaliser was rewritten for speed (stack and pooled buffers, an ASCII path); these properties hold it to the
/// first, plain implementation, kept here as the reference, on text mixing ASCII, whitespace of every kind, marks
/// dropped inside words, digits of other scripts, control characters and any other character.
/// </summary>
public class TextNormalizerTests
{
    private static readonly Gen<string> Text = Gen.Frequency(
            (6, Gen.Char['a', 'z']),
            (2, Gen.Char['A', 'Z']),
            (2, Gen.Char[' ', '@']),
            (3, Gen.Int[0, 14].Select(i => " \u3000\n\r\t\u00A0\u200B\u2009’'\u00AD\uFFFD\uFEFF\u0001\u007F"[i])),
            (2, Gen.Int[0, 16].Select(i => "ÉßøİΣЖ٣²½Ⅻ中。«»“”—"[i])),
            (1, Gen.Char))
        .Array[0, 700]
        .Select(chars => new string(chars));

    [Fact]
    public void ForComparison_MatchesTheReference() =>
        Text.Sample(text => Assert.Equal(ReferenceForComparison(text), TextNormalizer.ForComparison(text)), iter: 20_000);

    [Fact]
    public void CollapseWhitespace_MatchesTheReference() =>
        Text.Sample(text => Assert.Equal(ReferenceCollapseWhitespace(text), TextNormalizer.CollapseWhitespace(text)), iter: 20_000);

    [Fact]
    public void CollapseWhitespace_InPlace_MatchesTheReference() =>
        Text.Sample(text =>
        {
            var buffer = text.ToCharArray();
            var length = TextNormalizer.CollapseWhitespace(buffer, buffer);
            Assert.Equal(ReferenceCollapseWhitespace(text), new string(buffer, 0, length));
        }, iter: 20_000);

    [Theory]
    [InlineData("", "")]
    [InlineData("  Don't  STOP—now! ", "dont stop now")]
    [InlineData("Russia’s soft\u00ADhyphen", "russias softhyphen")]
    [InlineData("٣ apples, ² more", "3 apples more")]
    public void ForComparison_Examples(string text, string expected) => Assert.Equal(expected, TextNormalizer.ForComparison(text));

    [Fact]
    public void CollapseWhitespace_ReturnsCollapsedTextItself()
    {
        var text = "Already collapsed text.\nWith a line.";
        Assert.Same(text, TextNormalizer.CollapseWhitespace(text));
        Assert.Equal("a b", TextNormalizer.CollapseWhitespace("a\tb"));
    }

    private static string ReferenceForComparison(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                var value = (int)char.GetNumericValue(c);
                builder.Append(value is >= 0 and <= 9 ? (char)('0' + value) : c);
            }
            else if (c is not ('\'' or '’' or '\u00AD' or '\u200B'))
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static string ReferenceCollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingNewline = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                pendingNewline = true;
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = true;
            }
            else if (!(char.IsControl(c) || c is '\uFFFD' or '\uFEFF'))
            {
                if (builder.Length > 0)
                {
                    if (pendingNewline)
                    {
                        builder.Append('\n');
                    }
                    else if (pendingSpace)
                    {
                        builder.Append(' ');
                    }
                }

                pendingSpace = pendingNewline = false;
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
