using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class LetterRunsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("said")]
    [InlineData("  Kabulov said: “We have not.” ")]
    [InlineData("Émile Zola’s J’accuse… — Владимир Путин 2024 日本語のテキスト")]
    [InlineData("a1b2c3_d-e.f,g")]
    public void MoveNext_Text_GivesTheRunsOfLetters(string text) => AssertRuns(text);

    [Fact]
    public void MoveNext_RandomTextAcrossWordBoundaries_GivesTheRunsOfLetters()
    {
        // Seeded; lengths cross the 8- and 64-character blocks the letters are marked in.
        var random = new Random(20261128);
        const string alphabet = "abcXYZ  ,.’“é Éжß1_\u00A0\u2009日";
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            AssertRuns(new string(chars));
        }
    }

    [Fact]
    public void Constructor_TextLongerThanTheLimit_Throws()
    {
        var text = new string('a', LetterRuns.MaxLength + 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => new LetterRuns(text, new ulong[LetterRuns.BufferLength(text.Length)]));
    }

    private static void AssertRuns(string text)
    {
        var expected = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            expected.Add((start, i - start));
        }

        var actual = new List<(int, int)>();
        var runs = new LetterRuns(text, new ulong[LetterRuns.BufferLength(text.Length)]);
        while (runs.MoveNext(out var start, out var length))
        {
            actual.Add((start, length));
        }

        Assert.Equal(expected, actual);
    }
}
