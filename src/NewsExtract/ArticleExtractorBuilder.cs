using NewsExtract.Cleaning;
using NewsExtract.Content;
using NewsExtract.Dedup;
using NewsExtract.Metadata;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Quotes;
using NewsExtract.Text;

namespace NewsExtract;

/// <summary>
/// Builds an <see cref="ArticleExtractor"/> with settings and word lists beyond the defaults. The builder collects;
/// <see cref="Build"/> validates once and returns an immutable, thread-safe extractor.
/// </summary>
/// <remarks>
/// An extractor runs one of two pipelines of stages, each stage built once with its settings:
/// HTML: HtmlFrontEnd → Cleaning → Metadata → Content → BodyFallback → PageDiagnostics → DocumentRelease →
/// Dedup → Quotes; plain text: TextFrontEnd → Cleaning → TextTitle → Dedup → Quotes. Dedup is left out when
/// <see cref="ExtractionOptions.MergeDuplicates"/> is off, Quotes when <see cref="ExtractionOptions.ExtractQuotes"/> is.
/// </remarks>
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
    private TimeProvider timeProvider = TimeProvider.System;

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

    /// <summary>Replaces the clock that times <see cref="ExtractionOptions.MaxExtractionTime"/>. Default: <see cref="TimeProvider.System"/>.</summary>
    /// <param name="value">The clock.</param>
    /// <returns>This builder.</returns>
    public ArticleExtractorBuilder WithTimeProvider(TimeProvider value)
    {
        ArgumentNullException.ThrowIfNull(value);
        timeProvider = value;
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
            : new BoilerplateClassifier(PhraseList.Load("boilerplate").Concat(extraPhrases), PhraseList.Load("share-words"), PhraseList.Load("closing-credits"));
        return new ArticleExtractor(options, classifier, timeProvider);
    }

    /// <summary>
    /// The pipelines of an extractor with these options, in the order the README's "How it works" shows them. Stages
    /// hold no per-page state: one instance serves every pipeline it stands in, on every thread.
    /// </summary>
    internal static ExtractionPipelines BuildPipelines(ExtractionOptions options, BoilerplateClassifier boilerplate)
    {
        var cleaning = new CleaningStage(boilerplate);
        var metadata = new MetadataStage(options.MaxStructuredDataChars, options.MaxStructuredDataDepth);
        var content = new ContentStage(options.Focus, ContentHints.Default);
        var fallback = new BodyFallbackStage(ContentHints.Default);
        var quotes = new QuotesStage(new QuoteFinder(Lexicon.Default), options.IncludeIndirectQuotes);
        var markupDedup = new DedupStage(options.DuplicateSimilarity, markup: true);

        ExtractionPipeline Html(HtmlFrontEnd frontEnd) => new(
        [
            frontEnd,
            cleaning,
            metadata,
            content,
            fallback,
            PageDiagnosticsStage.Default,
            DocumentRelease.Default,
            .. When(options.MergeDuplicates, markupDedup),
            .. When(options.ExtractQuotes, quotes),
        ]);

        var text = new ExtractionPipeline(
        [
            new TextFrontEnd(options.MaxBlocks),
            cleaning,
            TextTitleStage.Default,
            .. When(options.MergeDuplicates, new DedupStage(options.DuplicateSimilarity, markup: false)),
            .. When(options.ExtractQuotes, quotes),
        ]);

        return new ExtractionPipelines(
            Html(new HtmlFrontEnd(options, MetadataStage.Collect)),
            text,
            Html(new HtmlFrontEnd(options, MetadataStage.Collect, readNoscript: true)));
    }

    private static IExtractionStage[] When(bool condition, IExtractionStage stage) => condition ? [stage] : [];
}
