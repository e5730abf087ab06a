using NewsExtract.Metadata;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2021-11-02", 2021, 11, 2)]
    [InlineData("Stand: 02.11.2021 18:00 Uhr", 2021, 11, 2)]
    [InlineData("28.01.22 / 0 Kommentare", 2022, 1, 28)]
    [InlineData("Samstag, 5. Oktober 2013", 2013, 10, 5)]
    [InlineData("September 17, 2019", 2019, 9, 17)]
    [InlineData("Published On May 10, 2022 01:52 PM", 2022, 5, 10)]
    [InlineData("30 septembre 2018", 2018, 9, 30)]
    [InlineData("4 de mayo de 2022", 2022, 5, 4)]
    [InlineData("31 Okt, 2023", 2023, 10, 31)]
    [InlineData("21. Jan 2022 // Dominik Ricker", 2022, 1, 21)]
    [InlineData("2023年11月7日", 2023, 11, 7)]
    [InlineData("13/10/2021", 2021, 10, 13)]
    public void Find_DateAsPagesWriteIt_IsRead(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateText.Find(text));
    }

    [Theory]
    [InlineData("03/04/2021", false, 4)]
    [InlineData("03/04/2021", true, 3)]
    [InlineData("03.04.2021", true, 4)]
    public void Find_AmbiguousSlashes_FollowTheLanguage(string text, bool monthFirst, int month)
    {
        Assert.Equal(month, DateText.Find(text, monthFirst)!.Value.Month);
    }

    [Theory]
    [InlineData("31.02.2021")]
    [InlineData("Version 10.2.3 released in 20 countries")]
    [InlineData("12 Monkeys 2021")]
    [InlineData("Call 0171 12 34 2020")]
    [InlineData("In 1066 the battle")]
    public void Find_NoRealDate_GivesNothing(string text)
    {
        Assert.Null(DateText.Find(text));
    }

    [Fact]
    public void Find_SeveralDates_GivesTheFirst()
    {
        Assert.Equal(new DateOnly(2020, 4, 28), DateText.Find("28.04.2020 18:00 – aktualisiert am 29. April 2020"));
    }

    [Theory]
    [InlineData("10.12.2022, 07:00:03", 2022, 12, 10)]
    [InlineData("01-11-2023 10:29", 2023, 11, 1)]
    [InlineData("2022-05-04T03:00:00 UTC", 2022, 5, 4)]
    public void Parse_DayFirstAndLooseMetadataDates_KeepTheDay(string value, int year, int month, int day)
    {
        Assert.Equal(new DateTime(year, month, day), DateParser.Parse(value)!.Value.Date);
    }
}
