using System.Globalization;
using System.Text;
using NewsExtract.Quotes;
using Xunit.Abstractions;

namespace NewsExtract.Tests.Quotes;

/// <summary>
/// Measures quote finding on the labelled passages with the referee's matching rule, prints precision, recall and F1
/// per kind and speaker accuracy (for the whole set and per file), and guards against regressions below the referee's bar.
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
        var passages = LabelledSet.Load();
        var total = new Score();
        var byFile = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        var report = new StringBuilder();

        foreach (var passage in passages)
        {
            var found = finder.Find(passage.Paragraphs, includeIndirect: true, CancellationToken.None);
            if (!byFile.TryGetValue(passage.File, out var fileScore))
            {
                byFile[passage.File] = fileScore = new Score();
            }

            foreach (var kind in Kinds)
            {
                var gold = passage.Quotes.Where(q => q.Kind == kind).ToList();
                var predicted = found.Where(q => KindName(q.Kind) == kind).ToList();
                var pairs = Match(gold, predicted);
                total.Add(kind, gold, predicted, pairs);
                fileScore.Add(kind, gold, predicted, pairs);

                foreach (var miss in gold.Where(g => !pairs.ContainsKey(g)))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"  MISS  {kind,-8} {passage.Id}[{miss.Paragraph}] {miss.Speaker}: {Short(miss.Text)}");
                }

                foreach (var extra in predicted.Where(p => !pairs.ContainsValue(p)))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"  EXTRA {kind,-8} {passage.Id}[{extra.ParagraphIndex}] {extra.Speaker} ({extra.Cue}): {Short(extra.Text)}");
                }

                if (kind == "direct")
                {
                    foreach (var (expected, actual) in pairs.Where(p => p.Key.Speaker is not null && !LabelledSet.SameSpeaker(p.Key.Speaker, p.Value.Speaker)))
                    {
                        report.AppendLine(CultureInfo.InvariantCulture, $"  WHO   {passage.Id}[{expected.Paragraph}] expected {expected.Speaker}, got {actual.Speaker ?? "(none)"}: {Short(expected.Text)}");
                    }
                }
            }
        }

        output.WriteLine($"{passages.Count} passages, {passages.Sum(p => p.Quotes.Count)} labelled quotes");
        total.Print(output);
        foreach (var (file, score) in byFile)
        {
            output.WriteLine(string.Empty);
            output.WriteLine($"{file}: {passages.Count(p => p.File == file)} passages");
            score.Print(output);
        }

        output.WriteLine(string.Empty);
        output.WriteLine(report.ToString());

        Assert.True(total.F1("direct") >= 0.90, $"direct F1 {total.F1("direct"):F3} is below 0.90");
        Assert.True(total.SpeakerAccuracy >= 0.85, $"direct speaker accuracy {total.SpeakerAccuracy:F3} is below 0.85");
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

    /// <summary>Counts of matched, found and labelled quotes per kind, and of right speakers for direct quotes.</summary>
    private sealed class Score
    {
        private readonly Dictionary<string, int[]> counts = Kinds.ToDictionary(k => k, _ => new int[3]);
        private int speakerChecked;
        private int speakerRight;
        private int namedGold;
        private int namedRight;

        public double SpeakerAccuracy => speakerChecked == 0 ? 0 : (double)speakerRight / speakerChecked;

        public void Add(string kind, List<LabelledQuote> gold, List<Quote> predicted, Dictionary<LabelledQuote, Quote> pairs)
        {
            counts[kind][0] += pairs.Count;
            counts[kind][1] += predicted.Count;
            counts[kind][2] += gold.Count;
            if (kind != "direct")
            {
                return;
            }

            foreach (var (expected, actual) in pairs)
            {
                if (expected.Speaker is not null)
                {
                    speakerChecked++;
                    speakerRight += LabelledSet.SameSpeaker(expected.Speaker, actual.Speaker) ? 1 : 0;
                }
            }

            foreach (var expected in gold.Where(g => LabelledSet.IsNamed(g.Speaker)))
            {
                namedGold++;
                namedRight += pairs.TryGetValue(expected, out var actual) && LabelledSet.SameSpeaker(expected.Speaker, actual.Speaker) ? 1 : 0;
            }
        }

        public double F1(string kind)
        {
            var (precision, recall) = PrecisionRecall(kind);
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        public void Print(ITestOutputHelper output)
        {
            output.WriteLine("kind       gold  found  match  precision  recall     F1");
            foreach (var kind in Kinds)
            {
                var (precision, recall) = PrecisionRecall(kind);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-9} {counts[kind][2],5} {counts[kind][1],6} {counts[kind][0],6} {precision,10:F3} {recall,7:F3} {F1(kind),6:F3}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"direct speaker accuracy: {SpeakerAccuracy:F3} of {speakerChecked} matched quotes with a speaker"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"direct quotes with a named source found with the right speaker: {(namedGold == 0 ? 0 : (double)namedRight / namedGold):F3} ({namedRight} of {namedGold})"));
        }

        private (double Precision, double Recall) PrecisionRecall(string kind)
        {
            var (tp, found, gold) = (counts[kind][0], counts[kind][1], counts[kind][2]);
            return (found == 0 ? 0 : (double)tp / found, gold == 0 ? 0 : (double)tp / gold);
        }
    }
}
