using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary>The extraction settings the commands expose.</summary>
internal static class ExtractionCliOptions
{
    public static readonly Option<string> Focus = CreateFocus();

    public static readonly Option<bool> KeepDuplicates = new("--keep-duplicates") { Description = "Do not merge repeated blocks." };

    public static readonly Option<bool> NoQuotes = new("--no-quotes") { Description = "Do not look for quotes." };

    public static void AddTo(Command command)
    {
        command.Options.Add(Focus);
        command.Options.Add(KeepDuplicates);
        command.Options.Add(NoQuotes);
    }

    /// <summary>The extractor the options ask for: the shared default one when none is set.</summary>
    public static ArticleExtractor Build(ParseResult parseResult)
    {
        var options = ExtractionOptions.Default with
        {
            Focus = parseResult.GetValue(Focus) switch
            {
                "precision" => ExtractionFocus.Precision,
                "recall" => ExtractionFocus.Recall,
                _ => ExtractionFocus.Balanced,
            },
            MergeDuplicates = !parseResult.GetValue(KeepDuplicates),
            ExtractQuotes = !parseResult.GetValue(NoQuotes),
        };
        return options == ExtractionOptions.Default ? ArticleExtractor.Default : new ArticleExtractor(options);
    }

    private static Option<string> CreateFocus()
    {
        var option = new Option<string>("--focus") { Description = "balanced (default), precision (less boilerplate) or recall (no text lost).", DefaultValueFactory = _ => "balanced" };
        option.AcceptOnlyFromAmong("balanced", "precision", "recall");
        return option;
    }
}
