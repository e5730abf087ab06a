using System.Reflection;
using System.Text.RegularExpressions;
using NewsExtract.Fetching;
using NewsExtract.Pipelines;

namespace NewsExtract.Tests.Architecture;

/// <summary>
/// The README's picture of the source tree (under "How it works") is the tree as it is: every folder of each library
/// is in it and every folder in it exists, and every type it names is a type of the packages (or a project, or one of
/// the few outside libraries it mentions), so that a type renamed or removed takes the picture along.
/// </summary>
public sealed partial class ReadmePictureTests
{
    /// <summary>Names in the picture that are not the repository's own: libraries and algorithms it mentions.</summary>
    private static readonly HashSet<string> OutsideNames = ["AngleSharp", "FuzzySharp", "MinHash", "BenchmarkDotNet"];

    private static readonly string[] Libraries = ["NewsExtract", "NewsExtract.Fetching", "NewsExtract.Pipelines"];

    [Fact]
    public void Picture_ListsEveryFolderOfEachLibrary_AndNoOther()
    {
        var picture = Picture();
        var listed = FolderEntry().Matches(picture).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var actual = Libraries
            .SelectMany(library => Directory.GetDirectories(Path.Combine(Repository.Root, "src", library)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "Resources"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(actual.Except(listed));
        Assert.Empty(listed.Except(actual));
    }

    [Fact]
    public void Picture_NamesOnlyTypesThatExist()
    {
        var known = new[] { typeof(ArticleExtractor).Assembly, typeof(ArticleClient).Assembly, typeof(NewsPipeline).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(m => m.Name)
                .Append(t.Name.Split('`')[0]))
            .Concat(Libraries.SelectMany(l => l.Split('.')))
            .Concat(Directory.GetDirectories(Path.Combine(Repository.Root, "bench")).Select(d => Path.GetFileName(d)!))
            .ToHashSet(StringComparer.Ordinal);

        var unknown = PascalCaseName().Matches(Picture())
            .Select(m => m.Value)
            .Where(name => !known.Contains(name) && !OutsideNames.Contains(name))
            .Distinct();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Picture_ShowsEveryStageOfBothPipelines()
    {
        var picture = Picture();
        var stages = ArticleExtractor.Default.Pipelines.Html.Stages.Concat(ArticleExtractor.Default.Pipelines.Text.Stages)
            .Select(s => s.GetType().Name)
            .Distinct();

        Assert.All(stages, stage => Assert.Matches($@"\b{stage}\b", picture));
    }

    /// <summary>The fenced block of the README that pictures the source tree.</summary>
    private static string Picture()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var picture = TreeBlock().Match(readme);
        Assert.True(picture.Success, "README.md has no fenced block that starts with src/NewsExtract/.");
        return picture.Groups[1].Value;
    }

    [GeneratedRegex(@"^```\n(src/NewsExtract/.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex TreeBlock();

    /// <summary>A folder of a library: indented, ending with a slash.</summary>
    [GeneratedRegex(@"^  (\w+)/", RegexOptions.Multiline)]
    private static partial Regex FolderEntry();

    /// <summary>A name made of two or more capitalised words, as types are named.</summary>
    [GeneratedRegex(@"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b")]
    private static partial Regex PascalCaseName();
}
