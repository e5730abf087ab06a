using NewsExtract.Cleaning;

namespace NewsExtract.Tests.Cleaning;

public sealed class BylineDetectorTests
{
    [Theory]
    [InlineData("By Eric Song, IGN Staff")]
    [InlineData("BY: Jane Doe")]
    [InlineData("Von Jana Roth und Ole Brandt")]
    public void IsByline_Byline_IsRecognised(string text) => Assert.True(BylineDetector.IsByline(text));

    [Theory]
    [InlineData("By the end of the year, the bridge will be open.")]
    [InlineData("by the river")]
    public void IsByline_SentenceStartingWithBy_IsNot(string text) => Assert.False(BylineDetector.IsByline(text));

    [Theory]
    [InlineData("The plague wiped out half of Europe (Image: Getty)")]
    [InlineData("Die Fähre im Hafen (Foto: Archiv)")]
    public void IsCredit_CaptionWithCredit_IsRecognised(string text) => Assert.True(BylineDetector.IsCredit(text));

    [Fact]
    public void IsCredit_SentenceWithParenthesis_IsNot() => Assert.False(BylineDetector.IsCredit("The council (which meets monthly) approved the plan."));

    [Theory]
    [InlineData("1 2 3 4 5 6 7 8", true)]
    [InlineData("« 1 2 3 4 »", true)]
    [InlineData("$139.00", false)]
    [InlineData("1 2 3", false)]
    public void IsPageNumbers_Pagination_IsRecognised(string text, bool expected) => Assert.Equal(expected, BylineDetector.IsPageNumbers(text));
}
