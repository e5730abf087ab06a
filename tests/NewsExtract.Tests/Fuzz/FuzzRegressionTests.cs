using NewsExtract.Fuzz;

namespace NewsExtract.Tests.Fuzz;

/// <summary>
/// Every fuzz seed and every input a fuzzer found to crash or hang (tests/NewsExtract.Fuzz/Regressions, checked in with
/// its fix) goes through its fuzz target: the target returns, or throws only what the code under test documents.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "Seeds", "Regressions" })
        {
            foreach (var target in FuzzTargets.Names)
            {
                var path = Path.Combine(TestPaths.FuzzProject, folder, target);
                if (!Directory.Exists(path))
                {
                    continue;
                }

                foreach (var file in Directory.GetFiles(path).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(TestPaths.FuzzProject, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Target_SeedOrFoundInput_Returns(string target, string input)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.FuzzProject, input));

        var error = Record.Exception(() => FuzzTargets.Run(target, bytes));

        Assert.Null(error);
    }
}
