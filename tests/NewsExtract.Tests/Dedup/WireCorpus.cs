using System.Text;

namespace NewsExtract.Tests.Dedup;

/// <summary>One generated article: its id, its text, and the story it tells (copies of one story share it).</summary>
internal sealed record WireArticle(string Id, string Text, int Story);

/// <summary>
/// A generated wire corpus: stories as a wire service sends them, and the copies sites publish of them, as syndication
/// leaves them: a new headline, the site's own boilerplate above and below, 0–10% of the words edited (replaced,
/// dropped or added, anywhere), and the end cut off to 70–100% of the length. Text is drawn from a made-up language
/// with a Zipf vocabulary (its common words recur as English function words do, "of the" as often as it should), and
/// stories share their topic's words, so different stories on one topic and different stories on one site are the
/// near misses an index must keep apart. Deterministic for a seed; used by the tests and by the benchmark.
/// </summary>
internal static class WireCorpus
{
    private const int VocabularySize = 20_000;
    private const int Topics = 40;
    private const int TopicWords = 120;

    /// <summary>Makes about <paramref name="articles"/> articles: each story is published 1 to 6 times.</summary>
    /// <param name="articles">How many articles to make, at least.</param>
    /// <param name="seed">The random seed: the same seed makes the same corpus.</param>
    /// <param name="sites">How many sites publish the stories.</param>
    public static IReadOnlyList<WireArticle> Generate(int articles, int seed = 1, int sites = 40)
    {
        var random = new Random(seed);
        var language = new Language(random);
        var boilerplate = Enumerable.Range(0, sites).Select(_ => (Top: language.Sentences(random, -1, 0, 1), Bottom: language.Sentences(random, -1, 1, 2))).ToArray();
        var result = new List<WireArticle>(articles + 8);
        for (var story = 0; result.Count < articles; story++)
        {
            var topic = random.Next(Topics);
            var original = language.Paragraphs(random, topic, random.Next(150, 900));

            // Most stories are published once; the rest two to six times, on different sites.
            var copies = random.NextDouble() < 0.5 ? 1 : random.Next(2, 7);
            var publishers = Enumerable.Range(0, sites).OrderBy(_ => random.Next()).Take(copies).ToArray();
            foreach (var site in publishers)
            {
                var edited = Edit(random, language, topic, original, random.NextDouble() * 0.10);
                var cut = Cut(edited, 0.7 + random.NextDouble() * 0.3);
                var text = new StringBuilder();
                if (site % 2 == 0)
                {
                    // Half the sites keep their own headline in the scraped text.
                    text.Append(language.Sentences(random, topic, 1, 1)).Append("\n\n");
                }

                text.Append(boilerplate[site].Top).Append("\n\n").AppendJoin("\n\n", cut).Append("\n\n").Append(boilerplate[site].Bottom);
                result.Add(new WireArticle($"s{site}-{story}", text.ToString(), story));
            }
        }

        // Articles arrive in no particular order: a copy may come before the story it was made from.
        return [.. result.OrderBy(_ => random.Next())];
    }

    /// <summary>Pairwise precision and recall of <paramref name="groups"/> (ids grouped together) against the stories.</summary>
    public static (double Precision, double Recall) Score(IReadOnlyList<WireArticle> corpus, IEnumerable<IReadOnlyList<string>> groups)
    {
        var storyOf = corpus.ToDictionary(a => a.Id, a => a.Story);
        long truePairs = corpus.GroupBy(a => a.Story).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        long found = 0, correct = 0;
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    found++;
                    correct += storyOf[group[i]] == storyOf[group[j]] ? 1 : 0;
                }
            }
        }

        return (found == 0 ? 1 : (double)correct / found, truePairs == 0 ? 1 : (double)correct / truePairs);
    }

    private static List<List<string>> Edit(Random random, Language language, int topic, List<List<string>> paragraphs, double rate)
    {
        var result = new List<List<string>>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var words = new List<string>(paragraph.Count + 4);
            foreach (var word in paragraph)
            {
                if (random.NextDouble() >= rate)
                {
                    words.Add(word);
                    continue;
                }

                // An edit replaces a word, drops it, or adds one beside it.
                switch (random.Next(3))
                {
                    case 0:
                        words.Add(language.Word(random, topic));
                        break;
                    case 1:
                        break;
                    default:
                        words.Add(word);
                        words.Add(language.Word(random, topic));
                        break;
                }
            }

            result.Add(words);
        }

        return result;
    }

    private static List<string> Cut(List<List<string>> paragraphs, double keep)
    {
        var total = paragraphs.Sum(p => p.Count);
        var budget = (int)Math.Ceiling(total * keep);
        var result = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (budget <= 0)
            {
                break;
            }

            result.Add(string.Join(' ', paragraph.Take(budget)));
            budget -= paragraph.Count;
        }

        return result;
    }

    /// <summary>A made-up language: pronounceable words, Zipf-distributed, and a word list per topic.</summary>
    private sealed class Language
    {
        private readonly string[] words;
        private readonly double[] cumulative;
        private readonly int[][] topicWords;

        public Language(Random random)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            words = new string[VocabularySize];
            for (var i = 0; i < VocabularySize; i++)
            {
                string word;
                do
                {
                    word = MakeWord(random, 1 + Math.Min(4, i / 400 + random.Next(2)));
                }
                while (!seen.Add(word));
                words[i] = word;
            }

            cumulative = new double[VocabularySize];
            var sum = 0.0;
            for (var i = 0; i < VocabularySize; i++)
            {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }

            for (var i = 0; i < VocabularySize; i++)
            {
                cumulative[i] /= sum;
            }

            topicWords = Enumerable.Range(0, Topics).Select(_ => Enumerable.Range(0, TopicWords).Select(_ => random.Next(300, VocabularySize)).ToArray()).ToArray();
        }

        /// <summary>A word: one in five from the topic's list when there is a topic, otherwise by Zipf's law.</summary>
        public string Word(Random random, int topic)
        {
            if (topic >= 0 && random.Next(5) == 0)
            {
                return words[topicWords[topic][random.Next(TopicWords)]];
            }

            var index = Array.BinarySearch(cumulative, random.NextDouble());
            return words[Math.Min(VocabularySize - 1, index < 0 ? ~index : index)];
        }

        public string Sentences(Random random, int topic, int min, int max) =>
            string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => string.Join(' ', Sentence(random, topic))));

        public List<List<string>> Paragraphs(Random random, int topic, int wordCount)
        {
            var result = new List<List<string>>();
            while (wordCount > 0)
            {
                var paragraph = new List<string>();
                for (var sentences = random.Next(1, 4); sentences > 0; sentences--)
                {
                    paragraph.AddRange(Sentence(random, topic));
                }

                result.Add(paragraph);
                wordCount -= paragraph.Count;
            }

            return result;
        }

        private List<string> Sentence(Random random, int topic)
        {
            var sentence = Enumerable.Range(0, random.Next(8, 30)).Select(_ => Word(random, topic)).ToList();
            sentence[0] = char.ToUpperInvariant(sentence[0][0]) + sentence[0][1..];
            sentence[^1] += ".";
            return sentence;
        }

        private static string MakeWord(Random random, int syllables)
        {
            const string consonants = "bcdfghjklmnprstvwz";
            const string vowels = "aeiou";
            var word = new StringBuilder();
            for (var i = 0; i < syllables; i++)
            {
                word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
                if (random.Next(3) == 0)
                {
                    word.Append(consonants[random.Next(consonants.Length)]);
                }
            }

            return word.ToString();
        }
    }
}
