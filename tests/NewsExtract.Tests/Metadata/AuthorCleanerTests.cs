using NewsExtract.Metadata;

namespace NewsExtract.Tests.Metadata;

/// <summary>A byline as written becomes the names in it, and nothing that only stands beside them.</summary>
public sealed class AuthorCleanerTests
{
    [Theory]
    [InlineData("By Jana Roth, in Harbour, Ferries, Weather ·", new[] { "Jana Roth" })]
    [InlineData("By HPN, in Local News, Island Life", new[] { "HPN" })]
    [InlineData("Jana Roth, for The Harbour Post", new[] { "Jana Roth" })]
    public void Clean_BylineGoesOnIntoWhatTheTextIsFiledUnder_KeepsTheNamesBeforeIt(string byline, string[] expected)
    {
        Assert.Equal(expected, AuthorCleaner.Clean(byline));
    }

    [Theory]
    [InlineData("Jana Roth, Ole Berg", new[] { "Jana Roth", "Ole Berg" })]
    [InlineData("apn, dpa", new[] { "apn", "dpa" })]
    [InlineData("Jana Roth and Ole van Berg", new[] { "Jana Roth", "Ole van Berg" })]
    public void Clean_PartsThatAreNames_KeepsThemAll(string byline, string[] expected)
    {
        // Lower-case words alone (agencies' short names) or inside a name are no sign that the byline goes on into something else.
        Assert.Equal(expected, AuthorCleaner.Clean(byline, declared: true));
    }
}
