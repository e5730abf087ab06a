using CsCheck;
using Xunit.Abstractions;

namespace NewsExtract.Tests.Dedup;

/// <summary>
/// Property-based: for generated scraped pages (copies, teasers, pull quotes, edited copies, reordered blocks,
/// English and German boilerplate), plain-text extraction recovers the clean article exactly.
/// </summary>
public sealed class ScrapedPagePropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void ExtractFromText_GeneratedScrapedPage_RecoversTheCleanArticle()
    {
        Gen.Int.Sample(
            seed =>
            {
                var page = ScrapedPageGenerator.Create(new Random(seed));
                var article = ArticleExtractor.Default.ExtractFromText(page.Text);
                var recovered = article.Title == page.Title && article.Paragraphs.SequenceEqual(page.Paragraphs);
                if (!recovered)
                {
                    output.WriteLine($"seed {seed} ({page.Description})\n--- page\n{page.Text}\n--- got\n{article.Title}\n{string.Join("\n", article.Paragraphs)}");
                }

                return recovered;
            },
            iter: 500);
    }

    [Fact]
    public void ExtractFromText_GeneratedPages_RecoverAtLeast99Percent()
    {
        const int pages = 1000;
        var recovered = 0;
        for (var seed = 0; seed < pages; seed++)
        {
            var page = ScrapedPageGenerator.Create(new Random(seed));
            var article = ArticleExtractor.Default.ExtractFromText(page.Text);
            if (article.Title == page.Title && article.Paragraphs.SequenceEqual(page.Paragraphs))
            {
                recovered++;
            }
            else if (recovered + pages - seed > pages * 0.99)
            {
                output.WriteLine($"seed {seed}: {page.Description}");
            }
        }

        output.WriteLine($"{recovered} of {pages} generated pages recovered exactly");
        Assert.True(recovered >= pages * 0.99, $"{recovered} of {pages} recovered");
    }

    [Fact]
    public void ExtractFromText_ArticleWithoutCopies_PassesThroughUntouched()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var page = ScrapedPageGenerator.Create(random);
                var text = page.Title + "\n\n" + string.Join("\n\n", page.Paragraphs);
                var article = ArticleExtractor.Default.ExtractFromText(text);
                return article.Paragraphs.SequenceEqual(page.Paragraphs) && article.Diagnostics.Merged.Count == 0;
            },
            iter: 300);
    }
}
