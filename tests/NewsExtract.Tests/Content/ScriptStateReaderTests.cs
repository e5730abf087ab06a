using NewsExtract.Content;

namespace NewsExtract.Tests.Content;

public sealed class ScriptStateReaderTests
{
    private const string First = "The council voted on Thursday night to build a movable flood barrier along the riverside.";
    private const string Second = "Engineers expect the first section to be finished by the end of next year, officials said.";

    [Fact]
    public void Read_HtmlBodyInJavaScriptState_CutsItIntoParagraphs()
    {
        var escaped = Second.Replace("said", "\\u0073aid", StringComparison.Ordinal);
        var script = "window.__INITIAL_STATE__ = {\"story\": {\"body\": \"<p>" + First + "<\\/p>\\n<p>" + escaped + "</p>\"}};";

        Assert.Equal([First, Second], ScriptStateReader.Read([script]));
    }

    [Fact]
    public void Read_ProseFarApartInTheSource_KeepsTheLongestRunOnly()
    {
        var filler = new string('x', 600);
        var teaser = "A teaser for another story that nobody asked about, in one sentence.";
        var script = $$"""{"teaser": "{{teaser}}", "image": "{{filler}}", "body": ["{{First}}", "{{Second}}"]}""";

        Assert.Equal([First, Second], ScriptStateReader.Read([script]));
    }

    [Fact]
    public void Read_CommentsAndCode_AreNotProse()
    {
        var script = """
            // Don't touch: the loader's settings, as the vendor's docs say.
            var config = {"url": "https://cdn.example/app.js", "selector": "div.article > p:first-child"};
            /* a block comment that says something long enough to look like a sentence. */
            """;

        Assert.Empty(ScriptStateReader.Read([script]));
    }

    [Fact]
    public void Read_TagWithLongAttributes_LeavesNoMarkupBehind()
    {
        var srcset = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"https://img.example/photo-{i}.jpg {i * 100}w"));
        var script = "{\"body\": \"<p>" + First + "</p><figure><img srcset='" + srcset + "' alt=''></figure><p>" + Second + "</p>\"}";

        Assert.Equal([First, Second], ScriptStateReader.Read([script]));
    }

    [Fact]
    public void Read_HtmlWhoseSpacesAreEntities_IsProse()
    {
        var script = "{\"body\": \"<p>" + First.Replace(" ", "&nbsp;", StringComparison.Ordinal) + "</p>\"}";

        Assert.Equal([First.Replace(' ', '\u00A0')], ScriptStateReader.Read([script]).Select(p => p.Replace(' ', '\u00A0')));
    }
}
