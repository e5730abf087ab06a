using CsCheck;
using NewsExtract.Parsing;

namespace NewsExtract.Tests.Parsing;

/// <summary>The end of a tag, found 16 characters at a time, is where reading the tag one character at a time ends it.</summary>
public sealed class TagEndTests
{
    [Fact]
    public void Find_AnyAttributeText_EndsWhereACharacterByCharacterReadingEnds()
    {
        const string alphabet = "a \n=\"'>/";
        var characters = Gen.Int[0, alphabet.Length - 1].Select(i => alphabet[i]);
        Gen.Select(characters.Array[0, 200], Gen.Int[0, 40]).Sample(
            (chars, from) =>
            {
                var text = new string(chars);
                from = Math.Min(from, text.Length);
                return TagEnd.Find(text, from) == ReadOneByOne(text, from);
            },
            iter: 5_000);
    }

    [Theory]
    [InlineData("<a href=\"x>y\" title='>'>z", 23)]
    [InlineData("<a title=it's>z", 13)]
    [InlineData("<a b = \"c\"\" d>", 13)]
    [InlineData("<a b=\"never closed>", -1)]
    public void Find_QuotesAfterAnEqualsSign_HideTheirClosingBracket(string html, int expected) =>
        Assert.Equal(expected, TagEnd.Find(html, 2));

    /// <summary>The rule as the tokenizer states it: outside a quoted value the first '&gt;' ends the tag; a quote opens a value after '=' and spaces.</summary>
    private static int ReadOneByOne(string text, int from)
    {
        var quote = '\0';
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c == '>')
            {
                return i;
            }

            if (c is '"' or '\'' && text.AsSpan(0, i).TrimEnd(" \t\n\r\f").EndsWith('='))
            {
                quote = c;
            }
        }

        return -1;
    }
}
