using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class QuoteSpanScannerTests
{
    [Fact]
    public void IsDoubleMark_AgreesWithTheListOfMarks_ForEveryCharacter()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(QuoteSpanScanner.IsDoubleMark(c) == QuoteSpanScanner.DoubleMarks.Contains(c, StringComparison.Ordinal), $"U+{(int)c:X4}");
        }
    }
}
