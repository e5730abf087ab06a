using System.Text.Json;

namespace NewsExtract.Tests.Fixtures;

/// <summary>
/// Scraped plain-text pages with every problem of the mission (copies of the article, teasers, pull quotes,
/// boilerplate) and what must come out of them: the golden fixtures, one test case each.
/// </summary>
public sealed class FixtureTests
{
    public static TheoryData<string> TextFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Fixtures, "Text"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextFixtures))]
    public void ExtractFromText_ScrapedPage_MatchesExpectedArticle(string fileName)
    {
        var path = Path.Combine(TestPaths.Fixtures, "Text", fileName);
        var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".expected.json"))).RootElement;

        var article = ArticleExtractor.Default.ExtractFromText(File.ReadAllText(path));

        Assert.Equal(expected.GetProperty("title").GetString(), article.Title);
        Assert.Equal(expected.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!), article.Paragraphs);
        if (expected.TryGetProperty("removedBoilerplate", out var boilerplate))
        {
            var removed = article.Diagnostics.Removed.Where(r => r.Reason == RemovalReason.Boilerplate).Select(r => r.Text).Distinct();
            Assert.Equal(boilerplate.EnumerateArray().Select(p => p.GetString()!), removed);
        }

        var direct = article.Quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
        var expectedQuotes = expected.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(expectedQuotes.Count, direct.Count);
        for (var i = 0; i < expectedQuotes.Count; i++)
        {
            Assert.Equal(expectedQuotes[i].GetProperty("text").GetString()!.TrimEnd(','), direct[i].Text.TrimEnd(','));
            Assert.Equal(expectedQuotes[i].GetProperty("speaker").GetString(), direct[i].Speaker);
            if (expectedQuotes[i].TryGetProperty("cue", out var cue))
            {
                Assert.Equal(cue.GetString(), direct[i].Cue);
            }
        }
    }

    [Fact]
    public void ExtractFromText_AfghanistanScrape_CountsTheSecondCopyPullQuoteAndHeadlineAsDuplicates()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "Text", "afghanistan-scrape.txt"));

        var article = ArticleExtractor.Default.ExtractFromText(text);

        // Seven paragraphs copied once more, the pull quote, and the headline repeated.
        Assert.Equal(9, article.Diagnostics.Merged.Count);
        Assert.Single(article.Diagnostics.Merged, m => m.Rule == MergeRule.Headline);
        Assert.All(article.Diagnostics.Merged.Where(m => m.Rule != MergeRule.Headline), m => Assert.InRange(m.KeptParagraph, 0, 6));
    }
}
