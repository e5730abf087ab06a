using System.Globalization;
using NewsExtract.Dedup;
using NewsExtract.Tests.Dedup;

namespace NewsExtract.Benchmarks;

/// <summary>
/// <c>--dedup [articles]</c>: precision and recall of the default near-duplicate index on generated wire corpora of
/// growing size, and the memory the index keeps per article (managed heap after a full collection, the texts not
/// counted).
/// </summary>
internal static class NearDuplicateReport
{
    public static void Run(int largest)
    {
        for (var size = 1_000; size <= largest; size *= 10)
        {
            foreach (var seed in new[] { 1, 2 })
            {
                var corpus = WireCorpus.Generate(size, seed);
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var index = new NearDuplicateIndex();
                for (var i = 0; i < corpus.Count; i++)
                {
                    index.Add(corpus[i].Id, corpus[i].Text);
                }

                var after = GC.GetTotalMemory(forceFullCollection: true);
                var (precision, recall) = WireCorpus.Score(corpus, index.Groups().Select(g => g.Members));

                // Below 100,000 articles the heap's own slack is as large as the index: its size says nothing.
                var memory = size >= 100_000 ? string.Create(CultureInfo.InvariantCulture, $", index {(after - before) / (double)corpus.Count:N0} bytes/article") : string.Empty;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{corpus.Count,8:N0} articles, seed {seed}: precision {precision:F4}, recall {recall:F4}{memory}"));
                GC.KeepAlive(index);
            }
        }
    }
}
