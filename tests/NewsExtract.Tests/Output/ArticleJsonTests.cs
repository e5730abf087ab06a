using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Tests.Output;

public sealed class ArticleJsonTests
{
    [Fact]
    public void Serialize_Article_WritesEveryContractFieldInCamelCase()
    {
        var article = new Article
        {
            Title = "Title",
            Authors = ["Jane Doe"],
            Published = new DateTimeOffset(2017, 2, 10, 0, 0, 0, TimeSpan.Zero),
            Modified = new DateTimeOffset(2017, 2, 10, 9, 30, 0, TimeSpan.FromHours(3)),
            Paragraphs = ["One", "Two"],
            Quotes = [new Quote { Text = "Hi", Speaker = "Jane Doe", Cue = "said", Kind = QuoteKind.Direct, ParagraphIndex = 1 }],
        };

        using var json = JsonDocument.Parse(ArticleJson.Serialize(article, "x"));
        var root = json.RootElement;

        foreach (var field in new[] { "id", "url", "title", "authors", "published", "modified", "language", "siteName", "description", "image", "canonicalUrl", "paragraphs", "text", "quotes", "duplicatesRemoved" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal("2017-02-10T00:00:00Z", root.GetProperty("published").GetString());
        Assert.Equal("2017-02-10T09:30:00+03:00", root.GetProperty("modified").GetString());
        Assert.Equal("One\n\nTwo", root.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("url").ValueKind);
        var quote = root.GetProperty("quotes")[0];
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal(1, quote.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public void Serialize_Blocks_GiveKindTextLevelAndRows()
    {
        var article = new Article
        {
            Paragraphs = ["Next", "Year", "Cost"],
            Blocks =
            [
                new ArticleBlock { Kind = ArticleBlockKind.Heading, Text = "Next", Level = 2 },
                new ArticleBlock { Kind = ArticleBlockKind.Table, Text = "Year\tCost", Rows = [["Year", "Cost"]] },
                new ArticleBlock { Kind = ArticleBlockKind.FigureCaption, Text = "Photo" },
            ],
        };

        using var json = JsonDocument.Parse(ArticleJson.Serialize(article));
        var blocks = json.RootElement.GetProperty("blocks");

        Assert.Equal(["heading", "table", "figureCaption"], blocks.EnumerateArray().Select(b => b.GetProperty("kind").GetString()));
        Assert.Equal(2, blocks[0].GetProperty("level").GetInt32());
        Assert.False(blocks[2].TryGetProperty("level", out _));
        Assert.Equal("Cost", blocks[1].GetProperty("rows")[0][1].GetString());
    }

    [Fact]
    public void SerializeError_GivesIdAndError()
    {
        using var json = JsonDocument.Parse(ArticleJson.SerializeError("page", "the file is empty"));

        Assert.Equal("page", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("the file is empty", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenAsUtf8NotEscaped()
    {
        var json = ArticleJson.Serialize(new Article { Title = "Fähre „später“" });

        Assert.Contains("Fähre „später“", json, StringComparison.Ordinal);
    }
}
