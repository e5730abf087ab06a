using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class TokenTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    [Fact]
    public void TokenList_ManyWords_GrowsAndKeepsOrder()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"));

        var tokens = Token.Of(text, 0, text.Length);

        Assert.Equal(100, tokens.Count);
        Assert.Equal("w0", tokens[0].Word);
        Assert.Equal("w99", tokens[^1].Word);
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[100].Word);
    }

    [Fact]
    public void Classes_TokenInItsList_IsCachedInTheSlot()
    {
        var tokens = Token.Of("Officials said", 0, "Officials said".Length);

        var classes = Lexicon.Classes(tokens[1]);

        Assert.NotEqual(WordClass.None, classes & WordClass.SingleCue);
        Assert.Equal((int)classes, tokens[1].ClassCache);
    }

    [Fact]
    public void Release_RentedList_EmptiesIt()
    {
        var tokens = Token.Of("Officials said on Monday", 0, "Officials said on Monday".Length);

        tokens.Release();
        tokens.Release();

        Assert.Equal(0, tokens.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[0].Word);
    }

    [Fact]
    public void Release_ListNotRented_KeepsItsTokens()
    {
        var tokens = new TokenList(4);
        Token.AddRange(tokens, "two words", 0, "two words".Length);

        tokens.Release();

        Assert.Equal(2, tokens.Count);
        Assert.Equal("words", tokens[1].Word);
    }

    [Fact]
    public void Token_Layout_FitsOneCacheLine() =>
        Assert.True(System.Runtime.CompilerServices.Unsafe.SizeOf<Token>() <= 64, $"{System.Runtime.CompilerServices.Unsafe.SizeOf<Token>()} bytes");
}
