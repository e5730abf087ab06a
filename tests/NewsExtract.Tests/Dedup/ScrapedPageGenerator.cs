namespace NewsExtract.Tests.Dedup;

/// <summary>A clean article and a scraped page made from it, with the copies and boilerplate scrapers leave.</summary>
internal sealed record ScrapedPage(string Title, IReadOnlyList<string> Paragraphs, string Text, string Description);

/// <summary>
/// Makes scraped pages from random articles: one to three copies of the body, teasers, pull quotes, copies with an
/// edited word, reordered teaser blocks, and English or German boilerplate lines around and between them.
/// </summary>
internal static class ScrapedPageGenerator
{
    private static readonly string[] Words =
    [
        "harbour", "council", "ferry", "budget", "school", "river", "bridge", "minister", "storm", "market", "festival",
        "library", "police", "court", "museum", "train", "airport", "hospital", "farmer", "election", "village", "factory",
        "teacher", "mayor", "station", "winter", "summer", "report", "plan", "road", "island", "museum", "tax", "price",
        "water", "energy", "forest", "coast", "union", "worker", "student", "doctor", "engineer", "judge", "family",
        "visitor", "company", "bank", "garden", "church", "stadium", "tunnel", "castle", "fishing", "harvest", "vote",
    ];

    private static readonly string[] Verbs =
    [
        "approved", "rejected", "delayed", "opened", "closed", "funded", "reviewed", "announced", "questioned", "welcomed",
        "criticised", "extended", "reduced", "doubled", "praised", "moved", "repaired", "inspected", "planned", "cancelled",
    ];

    private static readonly string[] EnglishBoilerplate =
    [
        "Skip to main content", "Latest news", "Thumbnail", "Share this post", "Advertisement", "Read more",
        "Sign up for our newsletter", "Accept cookies", "Share on Facebook", "Related articles", "Most read", "Menu",
    ];

    private static readonly string[] GermanBoilerplate =
    [
        "Zum Inhalt springen", "Anzeige", "Teilen", "Mehr zum Thema", "Meistgelesen", "Startseite", "Kommentare",
        "Newsletter abonnieren", "Cookies akzeptieren", "Artikel teilen",
    ];

    public static ScrapedPage Create(Random random)
    {
        var title = Title(random);
        var paragraphs = Enumerable.Range(0, random.Next(3, 9)).Select(_ => Paragraph(random)).Distinct().ToList();
        var boilerplate = random.Next(2) == 0 ? EnglishBoilerplate : GermanBoilerplate;
        var lines = new List<string>();
        var description = new List<string>();

        lines.AddRange(Pick(random, boilerplate, random.Next(1, 4)));
        if (random.Next(3) == 0)
        {
            // A "latest news" teaser before the article: its first paragraphs, maybe reordered, maybe cut short.
            var teaser = paragraphs.Take(random.Next(1, Math.Min(3, paragraphs.Count) + 1)).ToList();
            if (teaser.Count > 1 && random.Next(2) == 0)
            {
                teaser.Reverse();
                description.Add("reordered teaser");
            }

            if (random.Next(2) == 0)
            {
                teaser[0] = Truncate(teaser[0]);
                description.Add("truncated teaser");
            }

            lines.AddRange(teaser);
            lines.Add(boilerplate[random.Next(boilerplate.Length)]);
            description.Add("teaser");
        }

        lines.Add(title);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            lines.Add(paragraphs[i]);
            if (i == paragraphs.Count / 2 && random.Next(3) == 0)
            {
                lines.Add(PullQuote(paragraphs[random.Next(i + 1)]));
                description.Add("pull quote");
            }

            if (random.Next(6) == 0)
            {
                lines.Add(boilerplate[random.Next(boilerplate.Length)]);
            }
        }

        var copies = random.Next(0, 3);
        for (var c = 0; c < copies; c++)
        {
            lines.Add(boilerplate[random.Next(boilerplate.Length)]);
            if (random.Next(2) == 0)
            {
                lines.Add(title);
            }

            var edited = random.Next(3) == 0;
            foreach (var paragraph in paragraphs)
            {
                lines.Add(edited && random.Next(2) == 0 ? EditOneWord(paragraph, random) : paragraph);
            }

            description.Add(edited ? "edited copy" : "copy");
        }

        lines.AddRange(Pick(random, boilerplate, random.Next(1, 3)));
        var text = string.Join(random.Next(2) == 0 ? "\n\n" : "\n", lines);
        return new ScrapedPage(title, paragraphs, text, string.Join(", ", description.DefaultIfEmpty("no copies")));
    }

    private static string Title(Random random)
    {
        var words = Enumerable.Range(0, random.Next(4, 8)).Select(_ => Capitalise(Words[random.Next(Words.Length)]));
        return string.Join(' ', words);
    }

    private static string Paragraph(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentence(random)));

    private static string Sentence(Random random)
    {
        var words = new List<string> { "The", Words[random.Next(Words.Length)], Verbs[random.Next(Verbs.Length)], "the" };
        words.AddRange(Enumerable.Range(0, random.Next(6, 14)).Select(_ => Words[random.Next(Words.Length)]));
        return string.Join(' ', words) + (random.Next(4) == 0 ? ", officials said." : ".");
    }

    private static string PullQuote(string paragraph)
    {
        var words = paragraph.Split(' ');
        return string.Join(' ', words.Take(Math.Min(words.Length, 12))).TrimEnd('.', ',');
    }

    private static string Truncate(string paragraph) => paragraph[..Math.Max(40, paragraph.Length * 2 / 3)].TrimEnd() + "…";

    private static string EditOneWord(string paragraph, Random random)
    {
        var words = paragraph.Split(' ');
        var index = random.Next(3, words.Length - 1);
        words[index] = words[index] + "s";
        return string.Join(' ', words);
    }

    private static IEnumerable<string> Pick(Random random, string[] from, int count) => Enumerable.Range(0, count).Select(_ => from[random.Next(from.Length)]);

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
