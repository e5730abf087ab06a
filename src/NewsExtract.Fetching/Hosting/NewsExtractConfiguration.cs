using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NewsExtract.Fetching;

/// <summary>
/// Reads <see cref="NewsExtractOptions"/> from a configuration section. The options are immutable records whose
/// groups default to shared instances, which the configuration binder would fill in place (changing every
/// client's defaults) and its source generator cannot build (init-only properties): so each setting is read here,
/// into a copy made with <c>with</c>. A key that names no setting is an error, not a silent default.
/// </summary>
internal static class NewsExtractConfiguration
{
    public static void Apply(IConfiguration section, NewsExtractOptions options)
    {
        var reader = new SectionReader(section);
        options.Extraction = Extraction(reader.Child("Extraction"), options.Extraction);
        options.Fetch = Fetch(reader.Child("Fetch"), options.Fetch);
        reader.ThrowOnUnknownKeys();
    }

    /// <summary>Every key a section may hold, as the reader asks for them.</summary>
    internal static IReadOnlyCollection<string> Keys()
    {
        var reader = new SectionReader(new ConfigurationBuilder().Build());
        Extraction(reader.Child("Extraction"), ExtractionOptions.Default);
        Fetch(reader.Child("Fetch"), FetchOptions.Default);
        return reader.Read;
    }

    private static ExtractionOptions Extraction(SectionReader s, ExtractionOptions o) => o with
    {
        Focus = s.Enum("Focus", o.Focus),
        ExtractQuotes = s.Bool("ExtractQuotes", o.ExtractQuotes),
        IncludeIndirectQuotes = s.Bool("IncludeIndirectQuotes", o.IncludeIndirectQuotes),
        MergeDuplicates = s.Bool("MergeDuplicates", o.MergeDuplicates),
        DuplicateSimilarity = s.Double("DuplicateSimilarity", o.DuplicateSimilarity),
        MaxInputChars = s.Int("MaxInputChars", o.MaxInputChars),
        MaxBlocks = s.Int("MaxBlocks", o.MaxBlocks),
        MaxTreeDepth = s.Int("MaxTreeDepth", o.MaxTreeDepth),
        MaxElements = s.Int("MaxElements", o.MaxElements),
        MaxStructuredDataChars = s.Int("MaxStructuredDataChars", o.MaxStructuredDataChars),
        MaxStructuredDataDepth = s.Int("MaxStructuredDataDepth", o.MaxStructuredDataDepth),
        MaxExtractionTime = s.Time("MaxExtractionTime", o.MaxExtractionTime),
    };

    private static FetchOptions Fetch(SectionReader s, FetchOptions o)
    {
        var (timeouts, retry, breaker, rate, robots, limits) =
            (s.Child("Timeouts"), s.Child("Retry"), s.Child("CircuitBreaker"), s.Child("RateLimit"), s.Child("Robots"), s.Child("Limits"));
        return o with
        {
            UserAgent = s.Text("UserAgent", o.UserAgent),
            Timeouts = o.Timeouts with
            {
                Attempt = timeouts.Time("Attempt", o.Timeouts.Attempt),
                Total = timeouts.Time("Total", o.Timeouts.Total),
            },
            Retry = o.Retry with
            {
                MaxRetries = retry.Int("MaxRetries", o.Retry.MaxRetries),
                BaseDelay = retry.Time("BaseDelay", o.Retry.BaseDelay),
                MaxDelay = retry.Time("MaxDelay", o.Retry.MaxDelay),
            },
            CircuitBreaker = o.CircuitBreaker with
            {
                FailureRatio = breaker.Double("FailureRatio", o.CircuitBreaker.FailureRatio),
                MinimumThroughput = breaker.Int("MinimumThroughput", o.CircuitBreaker.MinimumThroughput),
                SamplingDuration = breaker.Time("SamplingDuration", o.CircuitBreaker.SamplingDuration),
                BreakDuration = breaker.Time("BreakDuration", o.CircuitBreaker.BreakDuration),
            },
            RateLimit = o.RateLimit with { MinIntervalPerHost = rate.Time("MinIntervalPerHost", o.RateLimit.MinIntervalPerHost) },
            Robots = o.Robots with
            {
                Obey = robots.Bool("Obey", o.Robots.Obey),
                MaxCrawlDelay = robots.Time("MaxCrawlDelay", o.Robots.MaxCrawlDelay),
            },
            Limits = o.Limits with
            {
                MaxResponseBytes = limits.Long("MaxResponseBytes", o.Limits.MaxResponseBytes),
                MaxDecompressedBytes = limits.OptionalLong("MaxDecompressedBytes", o.Limits.MaxDecompressedBytes),
                MaxRedirects = limits.Int("MaxRedirects", o.Limits.MaxRedirects),
                AllowPlainText = limits.Bool("AllowPlainText", o.Limits.AllowPlainText),
                BlockPrivateAddresses = limits.Bool("BlockPrivateAddresses", o.Limits.BlockPrivateAddresses),
            },
        };
    }

    /// <summary>Reads values under a prefix, keeping the keys asked for so that the others can be reported.</summary>
    private sealed class SectionReader(IConfiguration section, string prefix, HashSet<string> read)
    {
        private delegate bool Parser<T>(string text, out T value);

        public SectionReader(IConfiguration section)
            : this(section, string.Empty, new HashSet<string>(StringComparer.OrdinalIgnoreCase))
        {
        }

        public IReadOnlyCollection<string> Read => read;

        public SectionReader Child(string name) => new(section, prefix + name + ":", read);

        public string Text(string key, string fallback) => Raw(key) ?? fallback;

        public int Int(string key, int fallback) =>
            Parse(key, fallback, "a whole number", (string t, out int v) => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out v));

        public long Long(string key, long fallback) =>
            Parse(key, fallback, "a whole number", (string t, out long v) => long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out v));

        public long? OptionalLong(string key, long? fallback) =>
            Parse(key, fallback, "a whole number", (string t, out long? v) => (v = long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null) is not null);

        public double Double(string key, double fallback) =>
            Parse(key, fallback, "a number", (string t, out double v) => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out v));

        public bool Bool(string key, bool fallback) => Parse(key, fallback, "true or false", bool.TryParse);

        public TimeSpan Time(string key, TimeSpan fallback) =>
            Parse(key, fallback, "a time span such as 00:00:30", (string t, out TimeSpan v) => TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out v));

        public T Enum<T>(string key, T fallback)
            where T : struct, System.Enum =>
            Parse(key, fallback, "one of " + string.Join(", ", System.Enum.GetNames<T>()), (string t, out T v) => System.Enum.TryParse(t, ignoreCase: true, out v) && System.Enum.IsDefined(v));

        /// <summary>Fails on any key under the section that no setting read.</summary>
        public void ThrowOnUnknownKeys()
        {
            var unknown = section.AsEnumerable(makePathsRelative: true)
                .Where(pair => pair.Value is not null && !read.Contains(pair.Key))
                .Select(pair => $"{NewsExtractOptions.SectionName}:{pair.Key} is not a setting of NewsExtract.")
                .ToList();
            if (unknown.Count > 0)
            {
                throw new OptionsValidationException(Options.DefaultName, typeof(NewsExtractOptions), unknown);
            }
        }

        private string? Raw(string key)
        {
            read.Add(prefix + key);
            return section[prefix + key];
        }

        private T Parse<T>(string key, T fallback, string expected, Parser<T> parse)
        {
            var text = Raw(key);
            if (text is null)
            {
                return fallback;
            }

            return parse(text.Trim(), out var value)
                ? value
                : throw new OptionsValidationException(Options.DefaultName, typeof(NewsExtractOptions), [$"{NewsExtractOptions.SectionName}:{prefix}{key} is '{text}', not {expected}."]);
        }
    }
}
