using System.Globalization;
using System.Text;
using NewsExtract.Quotes;
using Xunit.Abstractions;

namespace NewsExtract.Tests.Quotes;

/// <summary>
/// Measures quote finding on the labelled passages with the referee's matching rule, prints precision, recall and F1
/// per kind and speaker accuracy, and guards against regressions below the referee's bar.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private const double MatchThreshold = 0.8;

    private static readonly string[] Kinds = ["direct", "partial", "indirect"];

    [Fact]
    public void LabelledSet_IsLargeEnoughAndWellFormed()
    {
        var passages = LabelledSet.Load();

        Assert.True(passages.Count >= 40, $"{passages.Count} passages");
        Assert.True(passages.Sum(p => p.Quotes.Count) >= 100);
        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct().Count());
        Assert.All(passages.SelectMany(p => p.Quotes.Select(q => (p, q))), pq =>
        {
            Assert.Contains(pq.q.Kind, Kinds);
            Assert.InRange(pq.q.Paragraph, 0, pq.p.Paragraphs.Count - 1);
        });
    }

    [Fact]
    public void QuoteFinder_OnTheLabelledSet_ClearsTheDirectQuoteBar()
    {
        var finder = new QuoteFinder(Lexicon.Default);
        var counts = Kinds.ToDictionary(k => k, _ => new int[3]);
        int speakerChecked = 0, speakerRight = 0, namedGold = 0, namedRight = 0;
        var report = new StringBuilder();

        foreach (var passage in LabelledSet.Load())
        {
            var found = finder.Find(passage.Paragraphs, includeIndirect: true, CancellationToken.None);
            foreach (var kind in Kinds)
            {
                var gold = passage.Quotes.Where(q => q.Kind == kind).ToList();
                var predicted = found.Where(q => KindName(q.Kind) == kind).ToList();
                var pairs = Match(gold, predicted);
                counts[kind][0] += pairs.Count;
                counts[kind][1] += predicted.Count;
                counts[kind][2] += gold.Count;

                foreach (var miss in gold.Where(g => !pairs.ContainsKey(g)))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"  MISS  {kind,-8} {passage.Id}[{miss.Paragraph}] {miss.Speaker}: {Short(miss.Text)}");
                }

                foreach (var extra in predicted.Where(p => !pairs.ContainsValue(p)))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"  EXTRA {kind,-8} {passage.Id}[{extra.ParagraphIndex}] {extra.Speaker} ({extra.Cue}): {Short(extra.Text)}");
                }

                if (kind != "direct")
                {
                    continue;
                }

                foreach (var (expected, actual) in pairs)
                {
                    if (expected.Speaker is null)
                    {
                        continue;
                    }

                    speakerChecked++;
                    var right = LabelledSet.SameSpeaker(expected.Speaker, actual.Speaker);
                    speakerRight += right ? 1 : 0;
                    if (!right)
                    {
                        report.AppendLine(CultureInfo.InvariantCulture, $"  WHO   {passage.Id}[{expected.Paragraph}] expected {expected.Speaker}, got {actual.Speaker ?? "(none)"}: {Short(expected.Text)}");
                    }
                }

                foreach (var expected in gold.Where(g => LabelledSet.IsNamed(g.Speaker)))
                {
                    namedGold++;
                    namedRight += pairs.TryGetValue(expected, out var actual) && LabelledSet.SameSpeaker(expected.Speaker, actual.Speaker) ? 1 : 0;
                }
            }
        }

        var passages = LabelledSet.Load();
        output.WriteLine($"{passages.Count} passages, {passages.Sum(p => p.Quotes.Count)} labelled quotes");
        output.WriteLine("kind       gold  found  match  precision  recall     F1");
        var directF1 = 0.0;
        foreach (var kind in Kinds)
        {
            var (tp, found, gold) = (counts[kind][0], counts[kind][1], counts[kind][2]);
            var precision = found == 0 ? 0 : (double)tp / found;
            var recall = gold == 0 ? 0 : (double)tp / gold;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            directF1 = kind == "direct" ? f1 : directF1;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-9} {gold,5} {found,6} {tp,6} {precision,10:F3} {recall,7:F3} {f1,6:F3}"));
        }

        var speakerAccuracy = speakerChecked == 0 ? 0 : (double)speakerRight / speakerChecked;
        var namedAccuracy = namedGold == 0 ? 0 : (double)namedRight / namedGold;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"direct speaker accuracy: {speakerAccuracy:F3} of {speakerChecked} matched quotes with a speaker"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"direct quotes with a named source found with the right speaker: {namedAccuracy:F3} ({namedRight} of {namedGold})"));
        output.WriteLine(report.ToString());

        Assert.True(directF1 >= 0.90, $"direct F1 {directF1:F3} is below 0.90");
        Assert.True(speakerAccuracy >= 0.85, $"direct speaker accuracy {speakerAccuracy:F3} is below 0.85");
    }

    /// <summary>Pairs each labelled quote with the found quote of the same kind it matches best, each used once.</summary>
    private static Dictionary<LabelledQuote, Quote> Match(List<LabelledQuote> gold, List<Quote> predicted)
    {
        var candidates = new List<(double Score, LabelledQuote Gold, Quote Found)>();
        foreach (var g in gold)
        {
            foreach (var p in predicted)
            {
                var score = LabelledSet.Coverage(g.Text, p.Text);
                if (score >= MatchThreshold)
                {
                    // The same paragraph breaks ties between repeated wordings.
                    candidates.Add((score + (g.Paragraph == p.ParagraphIndex ? 0.001 : 0), g, p));
                }
            }
        }

        var pairs = new Dictionary<LabelledQuote, Quote>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<Quote>(ReferenceEqualityComparer.Instance);
        foreach (var (_, g, p) in candidates.OrderByDescending(c => c.Score))
        {
            if (!pairs.ContainsKey(g) && used.Add(p))
            {
                pairs[g] = p;
            }
        }

        return pairs;
    }

    private static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    private static string Short(string text) => text.Length <= 70 ? text : text[..67] + "...";
}
