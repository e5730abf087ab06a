namespace NewsExtract.Tests.Architecture;

/// <summary>
/// The namespaces of <c>src/</c> form layers: none imports a namespace that imports it back. A namespace depends on
/// another when one of its files imports it (<c>using</c>) or names one of its types (qualified or not). The root
/// namespace <c>NewsExtract</c>, which C# shows to every namespace under it, is taken file by file: its public model
/// (<c>Article</c>, <c>ExtractionOptions</c>, …) is used everywhere, its entry points (<c>ArticleExtractor</c>, the
/// builder) use everything, and neither may close a loop.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string Root = "NewsExtract";

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(Build);

    [Fact]
    public void Namespaces_UnderSrc_ImportNoNamespaceThatImportsThemBack()
    {
        var cycles = Cycles(Graph.Value);

        Assert.True(cycles.Count == 0, "Namespaces that depend on each other:\n" + string.Join("\n", cycles.Select(c => string.Join(" → ", c))));
    }

    [Fact]
    public void Pipeline_ImportsNoStage()
    {
        var imported = Graph.Value[$"{Root}.Pipeline"].Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal) && !n.EndsWith(".cs", StringComparison.Ordinal));

        Assert.Empty(imported);
    }

    [Fact]
    public void CodeOnly_CommentsAndLiterals_AreLeftOut()
    {
        var code = SourceFile.CodeOnly("var a = Block.X; // Container\n/* Merge */ var b = \"Quote\" + @\"Token\"\"s\" + '\"' + \"\"\"\nRaw \"Text\"\n\"\"\";");

        Assert.Contains("Block", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Container", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Merge", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Quote", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Token", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Raw", code, StringComparison.Ordinal);
        Assert.EndsWith(";", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycles_TwoNamespacesNamingEachOther_AreFound()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        var cycle = Assert.Single(Cycles(graph));

        Assert.Equal(["A", "B", "C", "A"], cycle);
    }

    /// <summary>The node a file stands in: its namespace, or, in the root namespace, the file itself.</summary>
    private static string NodeOf(SourceFile file) =>
        file.Namespace == Root ? Path.GetFileName(file.Path) : file.Namespace;

    private static Dictionary<string, HashSet<string>> Build()
    {
        var files = SourceFile.ReadAll(Path.Combine(Repository.Root, "src"));
        var namespaces = files.Select(f => f.Namespace).Where(n => n.StartsWith(Root, StringComparison.Ordinal)).ToHashSet();

        // A type name declared in two namespaces says nothing certain about which one a file means: it is left out.
        var declaredIn = files.SelectMany(f => f.Declared.Select(type => (Type: type, Node: NodeOf(f), f.Namespace)))
            .GroupBy(d => d.Type)
            .Where(g => g.Select(d => d.Namespace).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Node).Distinct().ToList());

        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var file in files.Where(f => namespaces.Contains(f.Namespace)))
        {
            var node = NodeOf(file);
            var edges = graph.TryGetValue(node, out var existing) ? existing : graph[node] = [];
            foreach (var imported in file.Imports.Where(i => namespaces.Contains(i) && i != Root && i != file.Namespace))
            {
                edges.Add(imported);
            }

            foreach (var name in file.Names)
            {
                if (declaredIn.TryGetValue(name, out var nodes))
                {
                    foreach (var target in nodes.Where(t => t != node && !(file.Namespace == Root && t.EndsWith(".cs", StringComparison.Ordinal))))
                    {
                        edges.Add(target);
                    }
                }
            }
        }

        return graph;
    }

    /// <summary>One cycle for each group of nodes that reach each other, as a path back to its start.</summary>
    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var cycles = new List<List<string>>();
        var done = new HashSet<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (done.Contains(start))
            {
                continue;
            }

            // Breadth first from the start: the shortest way back to it, if there is one.
            var cameFrom = new Dictionary<string, string>();
            var queue = new Queue<string>([start]);
            List<string>? cycle = null;
            while (queue.Count > 0 && cycle is null)
            {
                var node = queue.Dequeue();
                foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
                {
                    if (next == start)
                    {
                        cycle = [start];
                        for (var at = node; at != start; at = cameFrom[at])
                        {
                            cycle.Insert(1, at);
                        }

                        cycle.Add(start);
                        break;
                    }

                    if (cameFrom.TryAdd(next, node))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            if (cycle is not null)
            {
                cycles.Add(cycle);
                done.UnionWith(cycle);
            }
        }

        return cycles;
    }
}
