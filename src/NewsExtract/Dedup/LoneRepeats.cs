using NewsExtract.Pipeline;

namespace NewsExtract.Dedup;

/// <summary>
/// <see cref="BlockMerger"/>'s rules for lone repeats: a block repeated on its own (a pull quote), not as part of a
/// run of copies (the article twice). They decide which occurrence stays in the reading order.
/// </summary>
internal static class LoneRepeats
{
    /// <summary>Past this many occurrences of one block, all are taken as copies in runs without comparing each pair.</summary>
    private const int MaxOccurrencesCompared = 32;

    /// <summary>
    /// A group none of whose occurrences is part of a run of copies (a paragraph repeated once as a pull quote) keeps
    /// its first occurrence, where the writer put it; the shortest window, made for whole copies, could otherwise
    /// start after it and keep the repeat. In markup a paragraph is preferred to a block quote.
    /// </summary>
    public static void KeepWhereTheyFirstStand(IReadOnlyList<Block> blocks, List<int> live, int[] remaining, int[] remainingGroups, Dictionary<int, int> keeper)
    {
        var positions = new Dictionary<int, List<int>>();
        for (var r = 0; r < remaining.Length; r++)
        {
            if (!positions.TryGetValue(remainingGroups[r], out var list))
            {
                positions[remainingGroups[r]] = list = [];
            }

            list.Add(r);
        }

        foreach (var (group, list) in positions)
        {
            if (list.Count < 2 || list.Count > MaxOccurrencesCompared || list.Exists(r => InRun(r, list)))
            {
                continue;
            }

            var paragraph = list.FindIndex(r => blocks[live[remaining[r]]].Kind != BlockKind.Quote);
            keeper[group] = live[remaining[list[Math.Max(0, paragraph)]]];
        }

        bool InRun(int r, List<int> list) =>
            list.Exists(m => m != r && (Same(r - 1, m - 1) || Same(r + 1, m + 1)));

        bool Same(int a, int b) =>
            a >= 0 && b >= 0 && a < remaining.Length && b < remaining.Length && a != b && remainingGroups[a] == remainingGroups[b];
    }

    /// <summary>
    /// Marks the occurrences to leave out when choosing the main reading order: lone repeats of a group that also
    /// comes in runs of copies (the fixture's pull quote beside two whole copies), and, in a group of lone repeats
    /// only, those shorter than its fullest (a pull quote that dropped the full stop).
    /// </summary>
    public static bool[] ToSetAside(IReadOnlyList<Block> blocks, List<int> live, int[] groupOf, string[] normalized, int bodyStart)
    {
        var count = live.Count;
        var excluded = new bool[count];
        var occurrences = new Dictionary<int, List<int>>();
        for (var k = 0; k < count; k++)
        {
            if (!occurrences.TryGetValue(groupOf[k], out var list))
            {
                occurrences[groupOf[k]] = list = [];
            }

            list.Add(k);
        }

        // Copies cut down from another (lost punctuation) and copies before the headline whose group recurs after it.
        foreach (var list in occurrences.Values)
        {
            if (list.Count < 2)
            {
                continue;
            }

            foreach (var k in list)
            {
                var cutDown = list.Exists(m => m != k && Unquoted(blocks[live[m]].Text) > Unquoted(blocks[live[k]].Text) && normalized[live[m]] == normalized[live[k]]);
                excluded[k] = cutDown || (live[k] < bodyStart && list.Exists(m => live[m] >= bodyStart));
            }
        }

        // Then lone repeats of groups that also come in runs; the runs are judged without the copies set aside so far,
        // so that a pull quote between two paragraphs does not hide that they follow each other in both copies.
        var remaining = Enumerable.Range(0, count).Where(k => !excluded[k]).ToList();
        var position = new int[count];
        for (var r = 0; r < remaining.Count; r++)
        {
            position[remaining[r]] = r;
        }

        foreach (var list in occurrences.Values)
        {
            var present = list.Where(k => !excluded[k]).ToList();
            if (present.Count < 2)
            {
                continue;
            }

            var inRun = present.Count > MaxOccurrencesCompared
                ? present.ToDictionary(k => k, _ => true)
                : present.ToDictionary(k => k, k => present.Exists(m => m != k && (SameGroup(position[k] - 1, position[m] - 1) || SameGroup(position[k] + 1, position[m] + 1))));
            if (inRun.Values.Any(v => v))
            {
                foreach (var k in present)
                {
                    excluded[k] = !inRun[k];
                }
            }
        }

        return excluded;

        bool SameGroup(int a, int b) =>
            a >= 0 && b >= 0 && a < remaining.Count && b < remaining.Count && a != b && groupOf[remaining[a]] == groupOf[remaining[b]];
    }

    /// <summary>A block's length without the quotation marks around it: a pull quote set in them is no fuller a copy.</summary>
    private static int Unquoted(string text) => text.AsSpan().Trim().Trim(QuotationMarks).Length;

    private const string QuotationMarks = "\"'“”„«»‚‘’";
}
