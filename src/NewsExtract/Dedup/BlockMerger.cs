using FuzzySharp;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Dedup;

/// <summary>
/// Merges repeated blocks so that each is kept once, in reading order. Candidates are found by hashing (exact copies
/// after normalisation) and by shared word shingles (edited copies, teasers, pull quotes), then confirmed by
/// shingle containment or FuzzySharp's ratio on texts short enough for it; there is never an all-pairs comparison.
/// </summary>
/// <param name="similarity">How alike two blocks must be to count as copies, 0.5 to 1.</param>
/// <param name="markupRules">
/// Rules for a page's own markup, where a lone repeated paragraph may be meant (a refrain, a repeated notice):
/// a copy is merged only as part of a run of copied blocks (the article twice) or as a block quote (a pull quote),
/// and only a block quote, caption or heading is merged into a paragraph that contains it. Scraped text carries no
/// such intent: every copy is merged.
/// </param>
internal sealed class BlockMerger(double similarity, bool markupRules = false)
{
    /// <summary>A block needs this many shingles to be judged contained in another: fewer words prove nothing.</summary>
    private const int MinShinglesForContainment = 4;

    /// <summary>A line shorter than this that repeats a phrase from inside a paragraph is read as a subhead, not a copy.</summary>
    private const int MinCopyWords = 15;

    /// <summary>FuzzySharp's Levenshtein ratio is quadratic: above this length, shingle overlap decides alone.</summary>
    private const int MaxFuzzyChars = 1_000;

    /// <summary>Share of the smaller block's shingles found in the other above which two blocks are worth a closer look as edited copies.</summary>
    private const double NearCandidateOverlap = 0.5;

    /// <summary>Shingle Jaccard that confirms an edited copy when the texts are too long for FuzzySharp.</summary>
    private const double NearConfirmJaccard = 0.75;

    /// <summary>Share of a shorter block's shingles inside a longer one from which it is a cut-down copy rather than an edited one.</summary>
    private const double CutDownContainment = 0.97;

    /// <summary>A copy this much longer than the one in the main reading order replaces its text (the kept one was truncated).</summary>
    private const double FullerCopyRatio = 1.15;

    /// <summary>How many blocks are compared between two looks at the cancellation token: a look costs next to nothing, a block's comparisons up to 64 ratios.</summary>
    private const int BlocksPerCancellationCheck = 256;

    /// <summary>Merges duplicates among <paramref name="blocks"/> (all kept), removing the copies; returns the merges.</summary>
    /// <param name="blocks">The blocks, in reading order.</param>
    /// <param name="bodyStart">Index of the first block after the headline, when the headline is known: copies before it (teasers, "latest news") give way to copies after it.</param>
    /// <param name="headlineFound">Whether the headline was found (and <paramref name="bodyStart"/> follows it): only then is the body's start known, for the rules on standfirsts and lone repeats.</param>
    /// <param name="cancellationToken">The extraction's token (its time budget), looked at every <see cref="BlocksPerCancellationCheck"/> blocks.</param>
    public List<Merge> Merge(IReadOnlyList<Block> blocks, int bodyStart = 0, bool headlineFound = false, CancellationToken cancellationToken = default)
    {
        var merges = new List<Merge>();
        var count = blocks.Count;
        if (count < 2)
        {
            return merges;
        }

        var normalized = new string[count];
        var shingles = new ulong[count][];
        var seen = new HashSet<ulong>();
        for (var i = 0; i < count; i++)
        {
            normalized[i] = WithoutCutWord(blocks[i].Text, TextNormalizer.ForComparison(blocks[i].Text));
            shingles[i] = Shingles.Of(normalized[i], seen);
        }

        var groups = new DisjointSets(count);
        var dropped = new bool[count];
        var containers = new Dictionary<int, (int Index, double Similarity)>();
        var similarities = new Dictionary<(int, int), double>();
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new Postings(shingles.Sum(s => s.Length));
        var shared = new Dictionary<int, int>();
        var pairs = new List<(int First, int Second)>();
        for (var i = 0; i < count; i++)
        {
            if (i % BlocksPerCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (normalized[i].Length == 0)
            {
                continue;
            }

            if (exact.TryGetValue(normalized[i], out var first))
            {
                pairs.Add((first, i));
                continue;
            }

            exact[normalized[i]] = i;

            // Count the shingles block i shares with each earlier block.
            shared.Clear();
            foreach (var hash in shingles[i])
            {
                postings.CountAndAdd(hash, i, shared);
            }

            foreach (var (other, common) in shared)
            {
                Compare(i, other, common);
            }
        }

        foreach (var (a, b) in pairs)
        {
            // In markup, a run means different blocks copied in the same order; one block over and over (or nearly) is no run.
            if (!markupRules || IsQuote(a) || IsQuote(b)
                || (Linked(a - 1, b - 1) && !Linked(a - 1, a))
                || (Linked(a + 1, b + 1) && !Linked(a + 1, a)))
            {
                groups.Union(a, b);
            }
        }

        // A block contained in a fuller one takes its exact and edited copies with it.
        if (containers.Count > 0)
        {
            // Members by group, listed once: each contained block then visits only its own group.
            var members = new Dictionary<int, List<int>>();
            for (var j = 0; j < count; j++)
            {
                var root = groups.Find(j);
                if (!members.TryGetValue(root, out var list))
                {
                    members[root] = list = [];
                }

                list.Add(j);
            }

            foreach (var (index, holder) in containers.ToArray())
            {
                var root = groups.Find(index);
                if (groups.Find(holder.Index) == root)
                {
                    continue;
                }

                foreach (var j in members[root])
                {
                    if (!dropped[j])
                    {
                        dropped[j] = true;
                        containers[j] = holder;
                    }
                }
            }
        }

        var keeperOf = KeepOneCopyPerGroup(blocks, groups, dropped, normalized, shingles, similarities, merges, bodyStart, headlineFound);

        // Blocks contained in a fuller block (teasers, pull quotes) are dropped where they stand.
        foreach (var (index, holder) in containers)
        {
            var kept = holder.Index;
            for (var hops = 0; dropped[kept] && containers.TryGetValue(kept, out var next) && hops < count; hops++)
            {
                kept = next.Index;
            }

            kept = keeperOf.GetValueOrDefault(kept, kept);
            blocks[index].Remove(RemovalReason.Duplicate, RemovalRules.Duplicate);
            merges.Add(new Merge(blocks[index].Text, blocks[kept], holder.Similarity, MergeRule.Contained) { Dropped = blocks[index] });
        }

        return merges;

        bool IsQuote(int index) => blocks[index].Kind == BlockKind.Quote;

        // A short line that repeats a phrase from inside a paragraph without being its start, and is no sentence of
        // it (a pull quote of one sentence ends like one), is a subhead or quote line the writer took from the text
        // ("The longing for a better life" above a paragraph ending with it), not a cut-down copy, which starts as
        // its paragraph does (a pull quote of its first words, a teaser cut short).
        // In scraped text, a block that a later paragraph holds word for word, and that is not cut short with an
        // ellipsis, is the standfirst when it is the first line after the headline (the first sentence set large
        // above the text), and else, when it is a whole sentence, one its author wrote twice: a pull quote repeats
        // what was said before, a phrase lifted out ahead of its paragraph ends as no sentence does, and a teaser cut
        // from the article stands before its headline or ends cut short.
        bool StandsBeforeItsParagraph(int shorter, int longer) =>
            !markupRules && shorter < longer && (!headlineFound || shorter >= bodyStart) && !EndsCut(blocks[shorter].Text)
            && ((headlineFound && shorter == bodyStart) || TextNormalizer.EndsLikeSentence(blocks[shorter].Text));

        bool IsPhraseSubhead(int shorter, int longer) =>
            !markupRules && TextNormalizer.CountWords(blocks[shorter].Text) < MinCopyWords && !TextNormalizer.EndsLikeSentence(blocks[shorter].Text)
            && !normalized[longer].StartsWith(normalized[shorter], StringComparison.Ordinal);

        bool Linked(int a, int b) =>
            a >= 0 && b >= 0 && a < count && b < count && a != b && normalized[a].Length > 0
            && (normalized[a] == normalized[b] || similarities.ContainsKey((Math.Min(a, b), Math.Max(a, b))));

        void Compare(int i, int other, int common)
        {
            var a = shingles[i].Length;
            var b = shingles[other].Length;
            var jaccard = (double)common / (a + b - common);
            var (shorter, longer) = a <= b ? (i, other) : (other, i);
            var containment = (double)common / Math.Max(1, shingles[shorter].Length);

            // A shorter block standing word for word inside a longer one: a cut-down copy (pull quote, teaser), not an edit.
            var isCutDown = containment >= CutDownContainment && normalized[shorter].Length < normalized[longer].Length
                && normalized[longer].Contains(normalized[shorter], StringComparison.Ordinal);

            // Sizes within a fifth of each other and half the shingles shared: an edited copy, if the texts agree.
            if (!isCutDown && containment >= NearCandidateOverlap && Math.Min(a, b) >= Math.Max(a, b) * 0.8 && IsNearCopy(normalized[i], normalized[other], jaccard, out var score))
            {
                pairs.Add((other, i));
                similarities[(Math.Min(i, other), Math.Max(i, other))] = score;
            }
            else if (shingles[shorter].Length >= MinShinglesForContainment && containment >= similarity
                     && (!markupRules || blocks[shorter].Kind is BlockKind.Quote or BlockKind.Caption or BlockKind.Heading)
                     && !IsPhraseSubhead(shorter, longer) && !StandsBeforeItsParagraph(shorter, longer)
                     && (!containers.TryGetValue(shorter, out var previous) || previous.Similarity < containment))
            {
                dropped[shorter] = true;
                containers[shorter] = (longer, containment);
            }
        }
    }

    private static bool EndsCut(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.EndsWith("…", StringComparison.Ordinal) || trimmed.EndsWith("...", StringComparison.Ordinal);
    }

    /// <summary>A teaser cut off mid-word ("… union ga…") drops its last, cut word, so that it is found inside the full text.</summary>
    private static string WithoutCutWord(string text, string normalized)
    {
        var trimmed = text.AsSpan().TrimEnd();
        if (!(trimmed.EndsWith("…", StringComparison.Ordinal) || trimmed.EndsWith("...", StringComparison.Ordinal)))
        {
            return normalized;
        }

        var lastSpace = normalized.LastIndexOf(' ');
        return lastSpace > 0 ? normalized[..lastSpace] : normalized;
    }

    private bool IsNearCopy(string a, string b, double jaccard, out double score)
    {
        if (a.Length <= MaxFuzzyChars && b.Length <= MaxFuzzyChars)
        {
            score = Fuzz.Ratio(a, b) / 100.0;
            return score >= similarity;
        }

        score = jaccard;
        return jaccard >= NearConfirmJaccard;
    }

    /// <summary>
    /// The main reading order is the shortest run of blocks that holds every group: whole second copies, teasers
    /// before the article and copies after it fall outside it. Within the run each group keeps its first block.
    /// </summary>
    private static Dictionary<int, int> KeepOneCopyPerGroup(
        IReadOnlyList<Block> blocks,
        DisjointSets groups,
        bool[] dropped,
        string[] normalized,
        ulong[][] shingles,
        Dictionary<(int, int), double> similarities,
        List<Merge> merges,
        int bodyStart,
        bool headlineFound)
    {
        var keeperOf = new Dictionary<int, int>();
        var live = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!dropped[i] && normalized[i].Length > 0)
            {
                live.Add(i);
            }
        }

        var groupOf = live.Select(groups.Find).ToArray();
        var distinct = groupOf.Distinct().Count();
        if (distinct == live.Count)
        {
            return keeperOf;
        }

        // A lone repeat (a pull quote, a teaser line) does not decide where its group stands: a copy that is part
        // of a run of copies does, and of lone repeats only the fullest is a candidate.
        var excluded = LoneRepeats.ToSetAside(blocks, live, groupOf, normalized, bodyStart);
        var remaining = Enumerable.Range(0, live.Count).Where(k => !excluded[k]).ToArray();
        var remainingGroups = remaining.Select(k => groupOf[k]).ToArray();
        var (start, end) = ShortestWindowWithAll(remainingGroups, remainingGroups.Distinct().Count());
        var keeper = new Dictionary<int, int>();
        for (var r = start; r <= end; r++)
        {
            keeper.TryAdd(remainingGroups[r], live[remaining[r]]);
        }

        // Below a known headline, a group repeated only here and there (no run of copies) keeps its first place.
        if (headlineFound)
        {
            LoneRepeats.KeepWhereTheyFirstStand(blocks, live, remaining, remainingGroups, keeper);
        }

        // A group whose every copy was set aside keeps its first (found by the text fuzzer: the look-up below threw).
        for (var k = 0; k < live.Count; k++)
        {
            keeper.TryAdd(groupOf[k], live[k]);
        }

        for (var k = 0; k < live.Count; k++)
        {
            var index = live[k];
            var keep = keeper[groupOf[k]];
            if (index == keep)
            {
                continue;
            }

            var kept = blocks[keep];
            var copy = blocks[index];
            if (copy.Text.Length > kept.Text.Length * FullerCopyRatio)
            {
                (kept.Text, copy.Text) = (copy.Text, kept.Text);
            }

            copy.Remove(RemovalReason.Duplicate, RemovalRules.Duplicate);
            keeperOf[index] = keep;
            var isExact = normalized[index] == normalized[keep];
            var score = isExact ? 1.0 : similarities.GetValueOrDefault((Math.Min(index, keep), Math.Max(index, keep)), Jaccard(shingles[index], shingles[keep]));
            merges.Add(new Merge(copy.Text, kept, score, isExact ? MergeRule.Exact : MergeRule.Near) { Dropped = copy });
        }

        return keeperOf;
    }

    /// <summary>The Jaccard similarity of two blocks' distinct shingles.</summary>
    private static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length + b.Length == 0)
        {
            return 1;
        }

        var inB = new HashSet<ulong>(b);
        var common = a.Count(inB.Contains);
        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>The shortest [start, end] window of <paramref name="groupOf"/> that holds all <paramref name="distinct"/> groups; the earliest on ties.</summary>
    private static (int Start, int End) ShortestWindowWithAll(int[] groupOf, int distinct)
    {
        var inWindow = new Dictionary<int, int>();
        var best = (Start: 0, End: groupOf.Length - 1);
        var left = 0;
        for (var right = 0; right < groupOf.Length; right++)
        {
            inWindow[groupOf[right]] = inWindow.GetValueOrDefault(groupOf[right]) + 1;
            while (inWindow.Count == distinct)
            {
                if (right - left < best.End - best.Start)
                {
                    best = (left, right);
                }

                var g = groupOf[left];
                if (--inWindow[g] == 0)
                {
                    inWindow.Remove(g);
                }

                left++;
            }
        }

        return best;
    }
}
