using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Reads an article out of the state a script-rendered page ships in its scripts (<c>__NEXT_DATA__</c>,
/// <c>window.__NUXT__</c>, <c>application/json</c>, Apollo or Redux state): every string literal is read, HTML
/// strings are cut into paragraphs, and the article is the run of prose strings lying close together in the source
/// that scores best. Framework-independent: the state's keys are never looked at, only its strings.
/// </summary>
internal static partial class ScriptStateReader
{
    /// <summary>A paragraph shorter than this is a label, a name or an address, not prose.</summary>
    private const int MinProseChars = 40;

    /// <summary>Prose strings further apart than this in the source belong to different things (teasers, not one article).</summary>
    private const int MaxGapChars = 400;

    /// <summary>At most this many characters of scripts are read: a page's state, not a bundle of its libraries.</summary>
    private const int MaxScriptChars = 4_000_000;

    /// <summary>The paragraphs of the best run of prose strings in the scripts; empty when there is none.</summary>
    public static List<string> Read(IEnumerable<string> scripts)
    {
        var best = new List<string>();
        var bestQuality = 0.0;
        var budget = MaxScriptChars;
        foreach (var script in scripts)
        {
            if (budget <= 0)
            {
                break;
            }

            var source = script.Length > budget ? script[..budget] : script;
            budget -= source.Length;
            var run = new List<string>();
            var runEnd = -1;
            foreach (var (start, end, value) in StringLiterals(source))
            {
                // Addresses, identifiers, encoded data and code have no run of words: most literals end here. (An
                // entity may stand for the spaces of an HTML string, and a full stop for those of Chinese or Japanese.)
                if (!value.AsSpan().ContainsAny(WordBreaks))
                {
                    continue;
                }

                var paragraphs = Paragraphs(value).Where(IsProse).ToList();
                if (paragraphs.Count == 0)
                {
                    continue;
                }

                if (runEnd >= 0 && start - runEnd > MaxGapChars)
                {
                    Keep(run, ref best, ref bestQuality);
                    run = [];
                }

                run.AddRange(paragraphs);
                runEnd = end;
            }

            Keep(run, ref best, ref bestQuality);
        }

        return best;
    }

    private static void Keep(List<string> run, ref List<string> best, ref double bestQuality)
    {
        var distinct = run.Distinct(StringComparer.Ordinal).ToList();
        var quality = BodyQuality.Of(distinct);
        if (quality > bestQuality)
        {
            (best, bestQuality) = (distinct, quality);
        }
    }

    /// <summary>Whether a paragraph reads as running text: long enough, made of words, ending or broken like sentences.</summary>
    internal static bool IsProse(string text)
    {
        if (text.Length < MinProseChars)
        {
            return false;
        }

        int letters = 0, spaces = 0, code = 0, stops = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c == ' ')
            {
                spaces++;
            }
            else if (c is '{' or '}' or '=' or '<' or '>' or '_' or '\\' or '|')
            {
                code++;
            }
            else if (c is '.' or '!' or '?' or '。' or '！' or '？')
            {
                stops++;
            }
        }

        // Scripts written without spaces (Chinese, Japanese) show their sentences by their full stops instead.
        var wordy = spaces * 20 >= text.Length || text.Contains('。');
        return wordy && letters * 10 >= text.Length * 6 && code * 50 < text.Length && (stops > 0 || TextNormalizer.EndsLikeSentence(text));
    }

    /// <summary>A string's paragraphs: an HTML string cut at its block elements, plain text at its line breaks.</summary>
    internal static IEnumerable<string> Paragraphs(string value)
    {
        var pieces = value.Contains('<') && BlockTag().IsMatch(value)
            ? BlockTag().Split(value).Select(piece => WebUtility.HtmlDecode(AnyTag().Replace(piece, string.Empty)))
            : value.Split('\n');
        foreach (var piece in pieces)
        {
            var text = TextNormalizer.CollapseWhitespace(piece.Replace('\n', ' '));
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    /// <summary>
    /// The string literals of a script or a JSON text, decoded, with where each starts and ends. Comments are
    /// skipped; a regular expression literal may be misread as code or a string, which only costs a string or two.
    /// </summary>
    internal static IEnumerable<(int Start, int End, string Value)> StringLiterals(string source)
    {
        var builder = new StringBuilder();
        var i = 0;
        while (i < source.Length)
        {
            // Between literals only quotes and slashes (comments) matter: jump from one to the next.
            var next = source.AsSpan(i).IndexOfAny(QuotesAndSlash);
            if (next < 0)
            {
                yield break;
            }

            i += next;
            var c = source[i];
            if (c == '/')
            {
                i = i + 1 < source.Length && source[i + 1] is '/' or '*' ? SkipComment(source, i) : i + 1;
                continue;
            }

            var start = i;
            builder.Clear();
            i++;
            while (i < source.Length)
            {
                // Inside a literal, copy up to its closing quote or the next escape in one go.
                var run = source.AsSpan(i).IndexOfAny(c, '\\');
                if (run < 0)
                {
                    builder.Append(source.AsSpan(i));
                    i = source.Length;
                    break;
                }

                builder.Append(source.AsSpan(i, run));
                i += run;
                if (source[i] == c)
                {
                    break;
                }

                i = i + 1 < source.Length ? Unescape(source, i + 1, builder) : i + 1;
            }

            i++;
            if (builder.Length >= MinProseChars)
            {
                yield return (start, i, builder.ToString());
            }
        }
    }

    private static int SkipComment(string source, int i)
    {
        if (source[i + 1] == '/')
        {
            var end = source.IndexOf('\n', i);
            return end < 0 ? source.Length : end + 1;
        }

        var close = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return close < 0 ? source.Length : close + 2;
    }

    /// <summary>Decodes the escape starting after the backslash at <paramref name="i"/>; returns where reading goes on.</summary>
    private static int Unescape(string source, int i, StringBuilder builder)
    {
        var c = source[i];
        switch (c)
        {
            case 'n':
                builder.Append('\n');
                return i + 1;
            case 't' or 'r' or 'f' or 'b' or 'v':
                builder.Append(' ');
                return i + 1;
            case 'u' when i + 4 < source.Length && int.TryParse(source.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                builder.Append((char)code);
                return i + 5;
            case 'x' when i + 2 < source.Length && int.TryParse(source.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                builder.Append((char)code);
                return i + 3;
            default:
                builder.Append(c);
                return i + 1;
        }
    }

    private static readonly SearchValues<char> QuotesAndSlash = SearchValues.Create("\"'`/");

    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" \u00A0&。");

    // A tag's attributes stop at the next '<': script text holds many a '<' that opens no tag (comparisons), and a
    // run to the next '>' from each of them would make the scan quadratic.
    [GeneratedRegex(@"</?(?:p|div|h[1-6]|li|ul|ol|br|blockquote|section|article|figure|figcaption|table|tr|td|pre)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
