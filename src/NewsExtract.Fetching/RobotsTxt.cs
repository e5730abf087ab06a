using System.Globalization;
using System.Net;
using System.Text;

namespace NewsExtract.Fetching;

/// <summary>
/// The rules of one robots.txt (RFC 9309) for one product token: the groups that name the token (merged), else the
/// <c>*</c> groups (merged), else no rules. The longest matching rule wins and <c>Allow</c> wins a tie; <c>*</c> matches
/// any run of characters and a final <c>$</c> anchors the end. <c>Crawl-delay</c>, outside the RFC but widely used, is
/// read from the same groups.
/// </summary>
internal sealed class RobotsTxt
{
    private readonly Rule[] rules;

    private RobotsTxt(Rule[] rules, TimeSpan? crawlDelay, HttpStatusCode? unreachableStatus)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        UnreachableStatus = unreachableStatus;
    }

    /// <summary>No robots.txt, or one the server says is unavailable (4xx): everything is allowed.</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, null);

    /// <summary>The <c>Crawl-delay</c> of the chosen groups, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>The status of a robots.txt that could not be read because the server failed; everything is then disallowed.</summary>
    public HttpStatusCode? UnreachableStatus { get; }

    /// <summary>The server failed to serve robots.txt (5xx, 429): RFC 9309 says to assume everything is disallowed.</summary>
    public static RobotsTxt Unreachable(HttpStatusCode status) => new([new Rule("/", Allow: false)], null, status);

    public static RobotsTxt Parse(string text, string productToken)
    {
        var groups = new List<Group>();
        Group? current = null;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine;
            var comment = line.IndexOf('#');
            if (comment >= 0)
            {
                line = line[..comment];
            }

            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().TrimStart('\uFEFF');
            var value = line[(colon + 1)..].Trim().ToString();
            if (key.Equals("user-agent", StringComparison.OrdinalIgnoreCase))
            {
                // Consecutive user-agent lines share one group; one after a rule starts the next group.
                if (current is null || current.HasMembers)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value == "*" ? "*" : LeadingToken(value));
            }
            else if (current is not null && key.Equals("allow", StringComparison.OrdinalIgnoreCase))
            {
                current.HasMembers = true;
                if (value.Length > 0)
                {
                    current.Rules.Add(new Rule(Normalize(value), Allow: true));
                }
            }
            else if (current is not null && key.Equals("disallow", StringComparison.OrdinalIgnoreCase))
            {
                current.HasMembers = true;
                if (value.Length > 0)
                {
                    current.Rules.Add(new Rule(Normalize(value), Allow: false));
                }
            }
            else if (current is not null && key.Equals("crawl-delay", StringComparison.OrdinalIgnoreCase))
            {
                current.HasMembers = true;
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 86_400)
                {
                    current.CrawlDelay ??= TimeSpan.FromSeconds(seconds);
                }
            }
        }

        var chosen = groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        return new RobotsTxt(
            chosen.SelectMany(g => g.Rules).ToArray(),
            chosen.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null),
            unreachableStatus: null);
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        path = Normalize(path);
        Rule? best = null;
        foreach (var rule in rules)
        {
            if ((best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
                && Matches(rule.Pattern, path))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>Wildcard match of a pattern against the start of a path; a final <c>$</c> requires the whole path.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var length = anchored ? pattern.Length - 1 : pattern.Length;
        int p = 0, s = 0, starP = -1, starS = 0;
        while (true)
        {
            if (p < length && pattern[p] == '*')
            {
                starP = p++;
                starS = s;
                continue;
            }

            if (p == length && (!anchored || s == path.Length))
            {
                return true;
            }

            if (p < length && s < path.Length && pattern[p] == path[s])
            {
                p++;
                s++;
                continue;
            }

            // Backtrack: let the last star swallow one more character. Each star moves forward only, so this ends.
            if (starP >= 0 && starS < path.Length)
            {
                p = starP + 1;
                s = ++starS;
                continue;
            }

            return false;
        }
    }

    /// <summary>
    /// RFC 9309 compares octets after percent-encoding non-ASCII characters and decoding escaped unreserved ones, so
    /// <c>/a%7Eb</c>, <c>/a~b</c> and <c>/a%7eb</c> are the same path.
    /// </summary>
    internal static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                var decoded = (char)((Uri.FromHex(value[i + 1]) << 4) | Uri.FromHex(value[i + 2]));
                if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~')
                {
                    builder.Append(decoded);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                }

                i += 2;
            }
            else if (c < 0x80)
            {
                builder.Append(c);
            }
            else
            {
                var rune = Rune.TryGetRuneAt(value, i, out var r) ? r : Rune.ReplacementChar;
                var count = rune.EncodeToUtf8(utf8);
                for (var b = 0; b < count; b++)
                {
                    builder.Append('%').Append(utf8[b].ToString("X2", CultureInfo.InvariantCulture));
                }

                i += rune.Utf16SequenceLength - 1;
            }
        }

        return builder.ToString();
    }

    /// <summary>The product token a user-agent line names: "Googlebot/2.1" names "Googlebot".</summary>
    private static string LeadingToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_'))
        {
            end++;
        }

        return value[..end];
    }

    private sealed record Rule(string Pattern, bool Allow);

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<Rule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }

        /// <summary>Whether a rule line followed the user-agent lines, so that the next user-agent line starts a new group.</summary>
        public bool HasMembers { get; set; }
    }
}
