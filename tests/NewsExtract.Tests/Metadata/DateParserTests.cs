using System.Globalization;
using CsCheck;
using NewsExtract.Metadata;

namespace NewsExtract.Tests.Metadata;

/// <summary>Metadata timestamps are read as the framework's parser reads them, offset and all.</summary>
public sealed class DateParserTests
{
    [Theory]
    [InlineData("2022-05-04T03:00:00Z", "2022-05-04T03:00:00+00:00")]
    [InlineData("2022-05-04T03:00:00+02:00", "2022-05-04T03:00:00+02:00")]
    [InlineData("2022-05-04T03:00:00-05:30", "2022-05-04T03:00:00-05:30")]
    [InlineData(" 2019-11-19T10:20:00+0100 ", "2019-11-19T10:20:00+01:00")]
    [InlineData("2022-05-04", "2022-05-04T00:00:00+00:00")]
    public void Parse_MetadataTimestamp_KeepsTheOffset(string value, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), DateParser.Parse(value));
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, DateParser.Parse(value)!.Value.Offset);
    }

    [Theory]
    [InlineData("2022-02-30T03:00:00Z")]
    [InlineData("1850-05-04T03:00:00Z")]
    public void Parse_ImpossibleOrImplausibleTimestamp_GivesNoDate(string value) => Assert.Null(DateParser.Parse(value));

    [Fact]
    public void Parse_AnyTimestampOfTheCommonShapes_AgreesWithTheFrameworkParser()
    {
        // Fields drawn past their ranges too: what the framework refuses must be refused (or read the slow way) alike.
        var timestamps = Gen.Select(Gen.Int[1985, 2105], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 25], Gen.Int[0, 61], Gen.Int[0, 61], Gen.Int[-16 * 60, 16 * 60], Gen.Bool)
            .Select((year, month, day, hour, minute, second, offset, utc) =>
                FormattableString.Invariant($"{year:0000}-{month:00}-{day:00}T{hour:00}:{minute:00}:{second:00}")
                + (utc ? "Z" : FormattableString.Invariant($"{(offset < 0 ? '-' : '+')}{Math.Abs(offset) / 60:00}:{Math.Abs(offset) % 60:00}")));
        timestamps.Sample(text =>
        {
            var parsed = DateParser.Parse(text);
            if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expected)
                && expected.Year is >= 1990 and <= 2100)
            {
                return parsed == expected && parsed.Value.Offset == expected.Offset;
            }

            return parsed is null || parsed.Value.Year is >= 1990 and <= 2100;
        });
    }
}
