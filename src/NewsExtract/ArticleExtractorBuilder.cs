using NewsExtract.Cleaning;
using NewsExtract.Text;

namespace NewsExtract;

/// <summary>
/// Builds an <see cref="ArticleExtractor"/> with settings and word lists beyond the defaults. The builder collects;
/// <see cref="Build"/> validates once and returns an immutable, thread-safe extractor.
/// </summary>
/// <example>
/// <code>
/// var extractor = new ArticleExtractorBuilder()
///     .WithOptions(o => o with { Focus = ExtractionFocus.Precision })
///     .AddBoilerplatePhrases(["Lesen Sie auch*", "Mehr aus der Region"])
///     .Build();
/// </code>
/// </example>
public sealed class ArticleExtractorBuilder
{
    private readonly List<string> extraPhrases = [];
    private ExtractionOptions options = ExtractionOptions.Default;

    /// <summary>Replaces the options. Default: <see cref="ExtractionOptions.Default"/>.</summary>
    /// <param name="value">The options.</param>
    /// <returns>This builder.</returns>
    public ArticleExtractorBuilder WithOptions(ExtractionOptions value)
    {
        ArgumentNullException.ThrowIfNull(value);
        options = value;
        return this;
    }

    /// <summary>Changes the options, as in <c>o =&gt; o with { Focus = ExtractionFocus.Recall }</c>.</summary>
    /// <param name="configure">Returns the new options from the current ones.</param>
    /// <returns>This builder.</returns>
    public ArticleExtractorBuilder WithOptions(Func<ExtractionOptions, ExtractionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        options = configure(options) ?? throw new ArgumentException("The configuration returned no options.", nameof(configure));
        return this;
    }

    /// <summary>
    /// Adds boilerplate phrases to the shipped lists: a phrase matches a whole block; <c>phrase*</c> the start of a
    /// short block; <c>*phrase*</c> anywhere in a short block. Case, punctuation and whitespace do not matter.
    /// </summary>
    /// <param name="phrases">The phrases.</param>
    /// <returns>This builder.</returns>
    public ArticleExtractorBuilder AddBoilerplatePhrases(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var phrase in phrases)
        {
            if (string.IsNullOrWhiteSpace(phrase))
            {
                throw new ArgumentException("A boilerplate phrase is empty.", nameof(phrases));
            }

            extraPhrases.Add(phrase.Trim());
        }

        return this;
    }

    /// <summary>Builds the extractor.</summary>
    /// <returns>An immutable, thread-safe extractor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public ArticleExtractor Build()
    {
        var classifier = extraPhrases.Count == 0
            ? BoilerplateClassifier.Default
            : new BoilerplateClassifier(PhraseList.Load("boilerplate").Concat(extraPhrases), PhraseList.Load("share-words"));
        return new ArticleExtractor(options, classifier);
    }
}
