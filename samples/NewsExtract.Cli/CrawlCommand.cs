using System.CommandLine;
using System.Globalization;
using NewsExtract.Fetching;
using NewsExtract.Pipelines;

namespace NewsExtract.Cli;

/// <summary>
/// <c>crawl &lt;site-URL&gt;... --output FILE.jsonl</c>: a site's articles, found through its robots.txt sitemaps, its
/// feeds and its home page's links, each once, through the library's <see cref="SiteCrawler"/>.
/// </summary>
internal static class CrawlCommand
{
    public static Command Create()
    {
        var sites = new Argument<Uri[]>("sites") { Description = "The sites' home pages.", Arity = ArgumentArity.OneOrMore, CustomParser = ParseUrls };
        var output = new Option<string>("--output", "-o") { Description = "The file to write; - for standard output.", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "jsonl (default: one JSON line per article), markdown or parquet (one row per article).", DefaultValueFactory = _ => ArticleSinks.JsonLines };
        format.AcceptOnlyFromAmong(ArticleSinks.All);
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only articles published on or after this date (yyyy-mm-dd, or a date and time)." };
        var maxPages = new Option<int?>("--max-pages") { Description = "The most article pages to fetch." };
        maxPages.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--max-pages must be at least 1.");
            }
        });
        var concurrency = new Option<int>("--concurrency", "-j") { Description = "Pages fetched and extracted at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("crawl", "Find and extract a site's articles through its sitemaps, feeds and home page.") { sites, output, format, since, maxPages, concurrency };
        FetchCliOptions.AddTo(command);
        ExtractionCliOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new CrawlOptions
            {
                Since = parseResult.GetValue(since),
                MaxPages = parseResult.GetValue(maxPages),
                Pipeline = new NewsPipelineOptions { MaxConcurrency = Math.Clamp(parseResult.GetValue(concurrency), 1, 256) },
            };
            await using var client = new ArticleClient(FetchCliOptions.ToFetchOptions(parseResult, allowPlainText: false));
            var crawler = new SiteCrawler(client, ExtractionCliOptions.Build(parseResult), options);
            var counts = new LastProgress();
            var results = crawler.CrawlAsync(parseResult.GetValue(sites)!, progress: counts, cancellationToken: cancellationToken);
            var exit = await BatchRun.RunAsync(string.Join(' ', parseResult.GetValue(sites)!.Select(s => s.AbsoluteUri)), results, null, parseResult.GetValue(output)!, parseResult.GetValue(format)!, parseResult, cancellationToken);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsextract: {counts.Value.Discovered} article addresses found, {counts.Value.NotArticles} pages passed over (listings, empty, older, repeated)."));
            return exit;
        });
        return command;
    }

    private static Uri[] ParseUrls(System.CommandLine.Parsing.ArgumentResult result)
    {
        var urls = new List<Uri>();
        foreach (var token in result.Tokens)
        {
            if (UrlParsing.IsWebAddress(token.Value, out var url))
            {
                urls.Add(url);
            }
            else
            {
                result.AddError($"'{token.Value}' is not an http or https URL.");
            }
        }

        return [.. urls];
    }

    /// <summary>Keeps the last progress report, on the reporting thread.</summary>
    private sealed class LastProgress : IProgress<CrawlProgress>
    {
        public CrawlProgress Value { get; private set; }

        public void Report(CrawlProgress value) => Value = value;
    }
}
