using System.Text;
using System.Text.Json;

// The reference process for `newsextract batch`: SmartReader over a folder's .html pages, one worker, one JSON line
// per page (id, title, text) in file-name order, as the console app writes its lines.
if (args.Length != 3 || args[1] != "--output")
{
    Console.Error.WriteLine("usage: SmartReaderLoop <folder> --output <file.jsonl>");
    return 2;
}

var files = Directory.EnumerateFiles(args[0])
    .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal)
    .ToList();
using var output = File.Create(args[2]);
using var json = new Utf8JsonWriter(output);
var failed = 0;
foreach (var file in files)
{
    var id = Path.GetFileNameWithoutExtension(file);
    json.WriteStartObject();
    json.WriteString("id", id);
    try
    {
        // SmartReader wants an address; the pages are files, so each gets a placeholder. The (uri, text) constructor:
        // the static ParseArticle(string, string) takes a user agent as its second argument and fetches the URI.
        var article = new SmartReader.Reader("https://news.example/" + id, File.ReadAllText(file, Encoding.UTF8)).GetArticle();
        json.WriteString("title", article.Title);
        json.WriteString("text", article.TextContent);
        if (!article.Completed)
        {
            failed++;
        }
    }
    catch (Exception exception) when (exception is not OutOfMemoryException)
    {
        failed++;
        json.WriteString("error", exception.Message);
    }

    json.WriteEndObject();
    json.Flush();
    json.Reset();
    output.WriteByte((byte)'\n');
}

Console.Error.WriteLine($"SmartReaderLoop: {files.Count - failed} of {files.Count} pages extracted to {args[2]}.");
return failed > 0 ? 1 : 0;
