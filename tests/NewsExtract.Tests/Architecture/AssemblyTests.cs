using System.Reflection;
using System.Runtime.CompilerServices;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Architecture;

/// <summary>The packages as they ship: the core extracts and does no I/O; fetching is a package of its own on top of it.</summary>
public sealed class AssemblyTests
{
    private static readonly Assembly Core = typeof(ArticleExtractor).Assembly;
    private static readonly Assembly Fetching = typeof(ArticleClient).Assembly;

    [Fact]
    public void Core_IsNamedNewsExtract_AndReferencesNoHttpOrResilienceLibrary()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Equal("NewsExtract", Core.GetName().Name);
        Assert.DoesNotContain(references, name => name.StartsWith("Polly", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Extensions.Http", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name is "System.Net.Http" or "NewsExtract.Fetching");
    }

    [Fact]
    public void Fetching_IsItsOwnAssembly_OnTheCoresPublicApi()
    {
        var friends = Core.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.Equal("NewsExtract.Fetching", Fetching.GetName().Name);
        Assert.Contains(Fetching.GetReferencedAssemblies(), a => a.Name == "NewsExtract");
        Assert.DoesNotContain("NewsExtract.Fetching", friends);
        // AddNewsExtract is where .NET developers look for an AddX extension: Microsoft.Extensions.DependencyInjection.
        Assert.All(
            Fetching.GetExportedTypes().Where(type => type != typeof(Microsoft.Extensions.DependencyInjection.NewsExtractServiceCollectionExtensions)),
            type => Assert.Equal("NewsExtract.Fetching", type.Namespace));
    }
}
