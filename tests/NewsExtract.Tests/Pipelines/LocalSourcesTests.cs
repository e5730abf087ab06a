using NewsExtract.Pipelines;

namespace NewsExtract.Tests.Pipelines;

public sealed class LocalSourcesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsextract-sources-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task FolderAsync_PagesAndTexts_InNameOrderWithTheirKinds()
    {
        File.WriteAllText(Path.Combine(folder, "b.html"), "<p>b</p>");
        File.WriteAllText(Path.Combine(folder, "a.txt"), "a");
        File.WriteAllText(Path.Combine(folder, "c.HTM"), "<p>c</p>");
        File.WriteAllText(Path.Combine(folder, "d.json"), "{}");

        var inputs = new List<PageInput>();
        await foreach (var input in LocalSources.FolderAsync(folder))
        {
            inputs.Add(input);
        }

        Assert.Equal(["a", "b", "c"], inputs.Select(i => i.Id));
        Assert.Equal([PageContentKind.PlainText, PageContentKind.Html, PageContentKind.Html], inputs.Select(i => i.Kind));
        Assert.Equal("<p>b</p>"u8.ToArray(), inputs[1].Content.ToArray());
    }

    [Fact]
    public async Task FolderAsync_FileLongerThanTheBound_ReadsOnlyItsHead()
    {
        File.WriteAllText(Path.Combine(folder, "long.html"), "<p>" + new string('a', 5_000) + "</p>");
        File.WriteAllText(Path.Combine(folder, "short.html"), "<p>b</p>");

        var inputs = new List<PageInput>();
        await foreach (var input in LocalSources.FolderAsync(folder, maxBytesPerFile: 1_000, CancellationToken.None))
        {
            inputs.Add(input);
        }

        Assert.Equal(1_000, inputs[0].Content.Length);
        Assert.Equal("<p>aaa"u8.ToArray(), inputs[0].Content[..6].ToArray());
        Assert.Equal("<p>b</p>"u8.ToArray(), inputs[1].Content.ToArray());
    }

    [Fact]
    public async Task UrlListAsync_Lines_GiveAddressesAndKeepBadLinesAsInputs()
    {
        using var reader = new StringReader("https://news.example/a\n\n# a comment\n  not a url  \nhttps://news.example/b\n");

        var inputs = new List<PageInput>();
        await foreach (var input in LocalSources.UrlListAsync(reader))
        {
            inputs.Add(input);
        }

        Assert.Equal(["https://news.example/a", "not a url", "https://news.example/b"], inputs.Select(i => i.Id));
        Assert.Null(inputs[1].Url);
        Assert.Equal(PageContentKind.None, inputs[0].Kind);
    }
}
