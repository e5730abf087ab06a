using NewsExtract.Cleaning;

namespace NewsExtract.Tests.Cleaning;

public sealed class DatelineDetectorTests
{
    [Theory]
    [InlineData("05/10/2018 - Publicado por: Clarissa Borba")]
    [InlineData("segunda-feira, 22 de janeiro de 2018 às 0:13")]
    [InlineData("2019-11-18 | Updated 10:45")]
    [InlineData("Montag, 18. November 2019, 14:30 Uhr")]
    public void IsDateline_DateOrTimeStamp_IsRecognised(string text)
    {
        Assert.True(DatelineDetector.IsDateline(text));
    }

    [Theory]
    [InlineData("The council met on 05/10/2018 and approved the plan after a long debate about costs.")]
    [InlineData("Results from 2019 show a rise.")]
    [InlineData("What happens next")]
    public void IsDateline_SentenceOrHeading_IsNot(string text)
    {
        Assert.False(DatelineDetector.IsDateline(text));
    }
}
