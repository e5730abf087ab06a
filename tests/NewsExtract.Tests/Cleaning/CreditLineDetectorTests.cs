using NewsExtract.Cleaning;

namespace NewsExtract.Tests.Cleaning;

public sealed class CreditLineDetectorTests
{
    [Theory]
    [InlineData("Photo: Reuters")]
    [InlineData("Foto: picture alliance/dpa | Jana Roth")]
    [InlineData("Crédit photo : AFP")]
    [InlineData("Photo by Jane Roe/AP")]
    [InlineData("(Image: Getty Images)")]
    [InlineData("© Reuters")]
    [InlineData("Photo © picture alliance")]
    [InlineData("Bild: Keystone, Ole Brandt")]
    public void IsCreditLine_LabelAndNames_IsRecognised(string text) => Assert.True(CreditLineDetector.IsCreditLine(text));

    [Theory]
    [InlineData("Photo: the harbour at dawn, before the ferries leave for the islands and the first trains arrive.")]
    [InlineData("Bilder von der Pressekonferenz sind nicht erlaubt")]
    [InlineData("Source: officials said the plan would be reviewed.")]
    [InlineData("The council approved the budget on Monday.")]
    [InlineData("Photographs of the flood")]
    public void IsCreditLine_SentenceOrPhrase_IsNot(string text) => Assert.False(CreditLineDetector.IsCreditLine(text));
}
