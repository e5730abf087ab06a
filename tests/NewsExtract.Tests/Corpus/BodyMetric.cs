using System.Text.RegularExpressions;

namespace NewsExtract.Tests.Corpus;

/// <summary>
/// The article-extraction-benchmark body metric, as the referee computes it: \w+ tokens, 4-token shingles counted
/// as multisets, per-page true/false positives and negatives normalised to sum 1, precision and recall averaged over
/// pages, F1 the harmonic mean of the two averages.
/// </summary>
internal static partial class BodyMetric
{
    public static (double F1, double Precision, double Recall) Score(IEnumerable<(string Truth, string Predicted)> pages)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (truth, predicted) in pages)
        {
            var (tp, fp, fn) = Counts(truth, predicted);
            if (tp + fp > 0)
            {
                precisions.Add(fp == 0 && fn == 0 ? 1 : tp / (tp + fp));
            }

            if (tp + fn > 0)
            {
                recalls.Add(fp == 0 && fn == 0 ? 1 : tp / (tp + fn));
            }
        }

        var p = precisions.Count > 0 ? precisions.Average() : 0;
        var r = recalls.Count > 0 ? recalls.Average() : 0;
        return (p + r > 0 ? 2 * p * r / (p + r) : 0, p, r);
    }

    private static (double Tp, double Fp, double Fn) Counts(string truth, string predicted)
    {
        var a = Shingles(truth);
        var b = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in a)
        {
            var other = b.GetValueOrDefault(shingle);
            tp += Math.Min(count, other);
            fn += Math.Max(0, count - other);
        }

        foreach (var (shingle, count) in b)
        {
            fp += Math.Max(0, count - a.GetValueOrDefault(shingle));
        }

        var sum = tp + fp + fn;
        return sum == 0 ? (0, 0, 0) : (tp / sum, fp / sum, fn / sum);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Length - 3); i++)
        {
            var shingle = string.Join('\u0001', tokens.Skip(i).Take(4));
            if (shingle.Length > 0)
            {
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
            }
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
