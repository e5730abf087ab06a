using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract.Dedup;

namespace NewsExtract.Cli;

/// <summary>
/// <c>dedup &lt;articles.jsonl&gt; --output FILE.jsonl</c>: groups near-duplicate articles and writes one line per group
/// of two or more: <c>{"representative": "id", "members": ["id", …]}</c>.
/// </summary>
internal static class DedupCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("articles") { Description = "A JSON Lines file of articles, as batch writes it." };
        var output = new Option<string>("--output", "-o") { Description = "The JSON Lines file of groups to write; - for standard output.", Required = true };
        var threshold = new Option<double>("--threshold")
        {
            Description = "The share, from 0.3 to 1, of the shorter article's word runs that the group's first article must hold.",
            DefaultValueFactory = _ => NearDuplicateOptions.DefaultThreshold,
        };
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0.3 or > 1)
            {
                result.AddError("--threshold must be between 0.3 and 1.");
            }
        });
        var command = new Command("dedup", "Group near-duplicate articles.") { input, output, threshold };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(input)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"newsextract: {file.FullName}: file not found");
                return ExitCodes.BadArguments;
            }

            var index = new NearDuplicateIndex(new NearDuplicateOptions { Threshold = parseResult.GetValue(threshold) });
            var skipped = 0;
            var lineNumber = 0;
            await foreach (var line in File.ReadLinesAsync(file.FullName, cancellationToken))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : $"line {lineNumber}";
                    if (TextOf(root) is { } text)
                    {
                        index.Add(id, text);
                    }
                    else
                    {
                        skipped++;
                    }
                }
                catch (Exception exception) when (exception is JsonException or ArgumentException)
                {
                    skipped++;
                    Console.Error.WriteLine($"newsextract: {file.Name}:{lineNumber}: {exception.Message.ReplaceLineEndings(" ")}");
                }
            }

            var groups = index.Groups();
            await using var writer = CliOptions.OpenOutput(parseResult.GetValue(output)!);
            var jsonOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            foreach (var group in groups)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object> { ["representative"] = group.Representative, ["members"] = group.Members }, jsonOptions));
            }

            Console.Error.WriteLine($"newsextract: {index.Count} articles, {groups.Count} groups of near duplicates{(skipped > 0 ? $", {skipped} lines skipped (errors or no text)" : string.Empty)}.");
            return skipped > 0 && index.Count == 0 ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    private static string? TextOf(JsonElement root)
    {
        if (root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            return text.GetString();
        }

        if (root.TryGetProperty("paragraphs", out var paragraphs) && paragraphs.ValueKind == JsonValueKind.Array)
        {
            return string.Join("\n\n", paragraphs.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()));
        }

        return null;
    }
}
