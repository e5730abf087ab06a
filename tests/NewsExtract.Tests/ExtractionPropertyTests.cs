using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using NewsExtract.Output;

namespace NewsExtract.Tests;

/// <summary>
/// Properties of extraction that hold for any input (issue 20): it ends; the same input gives the same article; every
/// word of the article is a word of the input (nothing invented); and the merger drops only blocks that have a copy.
/// Inputs are generated tag soup (any nesting, unclosed and stray tags, entities, scripts, quotation marks) and
/// scraped text with exact copies; CsCheck shrinks a failure to its smallest input.
/// </summary>
public sealed partial class ExtractionPropertyTests
{
    private static readonly string[] Words =
    [
        "council", "voted", "harbour", "ferries", "night", "workers", "said", "Tuesday", "programme", "district", "year",
        "residents", "decision", "Brandt", "meeting", "the", "a", "of", "to", "and", "in", "on", "2024", "12", "Ölfeld",
        "naïve", "über", "Совет", "年", "—", "“", "”", "\"", "'", ".", ",", ":", "!", "?", "*", "1.", "-", "#",
    ];

    private static readonly string[] Markup =
    [
        "<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<b>", "<i>", "</i>", "<a href='/x'>", "<a href='javascript:alert(1)'>", "</a>",
        "<h1>", "</h1>", "<h2>", "<ul>", "<li>", "</ul>", "<blockquote>", "</blockquote>", "<table><tr><td>", "</td></tr></table>",
        "<article>", "</article>", "<nav>", "</nav>", "<footer>", "<header>", "<br>", "<br/>", "<img alt='photo' src='x.jpg'>",
        "<script>var s = \"hidden words\";</script>", "<style>p { color: red }</style>", "<!-- comment -->", "<noscript>",
        "</noscript>", "&amp;", "&lt;", "&gt;", "&nbsp;", "&#8220;", "&#x201D;", "&bogus;", "<", ">", "</", "<p class='byline'>By",
        "<time datetime='2024-05-01'>", "</time>", "<figure>", "<figcaption>", "</figure>", "<pre>", "</pre>", "\n", "\n\n", " ",
        "<meta name='author' content='Ellen Brandt'>", "<title>", "</title>", "<svg><text>", "</svg>",
    ];

    private static readonly Gen<string> TagSoup =
        Gen.Frequency((3, Gen.OneOf(Words)), (2, Gen.OneOf(Markup)), (1, Gen.Const(" ")))
            .Array[0, 400]
            .Select(tokens => "<html><body>" + string.Join(' ', tokens));

    [Fact]
    public void Extract_AnyTagSoup_GivesTheSameArticleTwiceAndInventsNoWord()
    {
        TagSoup.Sample(
            html =>
            {
                var first = ArticleExtractor.Default.Extract(html);
                var second = ArticleExtractor.Default.Extract(html);
                var inputWords = WordsOf(WebUtility.HtmlDecode(html)).ToHashSet(StringComparer.Ordinal);
                return ArticleJson.Serialize(first, "page") == ArticleJson.Serialize(second, "page")
                    && first.Paragraphs.Append(first.Title ?? string.Empty).SelectMany(WordsOf).All(inputWords.Contains)
                    && first.Quotes.SelectMany(q => WordsOf(q.Text)).All(inputWords.Contains);
            },
            iter: 300);
    }

    [Fact]
    public void ExtractFromText_AnyLines_GivesTheSameArticleTwiceAndInventsNoWord()
    {
        Gen.OneOf(Words).Array[0, 30].Select(line => string.Join(' ', line)).Array[0, 40].Sample(
            lines =>
            {
                var text = string.Join('\n', lines);
                var first = ArticleExtractor.Default.ExtractFromText(text);
                var second = ArticleExtractor.Default.ExtractFromText(text);
                var inputWords = WordsOf(text).ToHashSet(StringComparer.Ordinal);
                return ArticleJson.Serialize(first, "text") == ArticleJson.Serialize(second, "text")
                    && first.Paragraphs.SelectMany(WordsOf).All(inputWords.Contains);
            },
            iter: 300);
    }

    [Fact]
    public void ExtractFromText_PageWithExactCopies_MergesOnlyBlocksThatHaveACopy()
    {
        // Sentences of ten or more words from a large enough vocabulary: no two are alike by chance.
        var sentence = Gen.OneOf(Words[..22]).Array[10, 16].Select(words => string.Join(' ', words) + ".");
        var page = Gen.Select(sentence.Array[3, 12], Gen.Int[0, 11].Array[0, 8], (sentences, copies) =>
            sentences.Concat(copies.Where(c => c < sentences.Length).Select(c => sentences[c])).ToArray());
        page.Sample(
            blocks =>
            {
                var article = ArticleExtractor.Default.ExtractFromText("Council extends programme\n\n" + string.Join("\n\n", blocks));
                var counts = blocks.CountBy(b => b).ToDictionary(StringComparer.Ordinal);
                return article.Diagnostics.Merged.All(m => counts.GetValueOrDefault(m.Text) >= 2
                        && m.KeptParagraph >= 0 && m.KeptParagraph < article.Paragraphs.Count && article.Paragraphs[m.KeptParagraph] == m.Text)
                    && counts.Keys.All(b => article.Paragraphs.Contains(b) || article.Diagnostics.Removed.Any(r => r.Text == b && r.Reason != RemovalReason.Duplicate));
            },
            iter: 300);
    }

    private static IEnumerable<string> WordsOf(string text) => Word().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
