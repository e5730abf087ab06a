using System.Text;
using NewsExtract;
using NewsExtract.Fuzz;
using NewsExtract.Output;
using SharpFuzz;

// dotnet NewsExtract.Fuzz.dll TARGET             under afl-fuzz: SharpFuzz's fork server runs the target on each input
// dotnet NewsExtract.Fuzz.dll TARGET FILE...     runs the target once on each file (to reproduce a crash)
// dotnet NewsExtract.Fuzz.dll extract FILE       the library path of the hostile set: the article's JSON, one line
if (args is ["extract", var path])
{
    await using var file = File.OpenRead(path);
    try
    {
        var article = path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            ? ArticleExtractor.Default.ExtractFromText(await ReadTextAsync(file))
            : await ArticleExtractor.Default.ExtractAsync(file);
        Console.WriteLine(ArticleJson.Serialize(article, Path.GetFileNameWithoutExtension(path)));
        return 0;
    }
    catch (NewsExtractException error)
    {
        // A typed error (the time budget) is an outcome of the hostile set, not a crash: one line, as the console app writes it.
        Console.Error.WriteLine($"{path}: {error.Message}");
        return 1;
    }
}

if (args is ["parse", var markup])
{
    // Where a page's parse spends its time: the pre-scan, then AngleSharp on what it returns.
    var html = File.ReadAllText(markup);
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var limited = NewsExtract.Parsing.MarkupLimiter.Limit(html, ExtractionOptions.Default.MaxTreeDepth, ExtractionOptions.Default.MaxElements);
    var scan = clock.Elapsed.TotalMilliseconds;
    var document = NewsExtract.Parsing.HtmlFrontEnd.CreateParser().ParseDocument(limited.Html);
    Console.WriteLine($"pre-scan {scan:0} ms (depth limited: {limited.DepthLimited}, elements limited: {limited.ElementsLimited}), parse {clock.Elapsed.TotalMilliseconds - scan:0} ms, {document.All.Length} elements");
    return 0;
}

if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: NewsExtract.Fuzz ({string.Join('|', FuzzTargets.Names)}) [FILE...] | extract FILE");
    return 2;
}

var name = args[0];
if (args.Length > 1)
{
    foreach (var input in args[1..])
    {
        FuzzTargets.Run(name, File.ReadAllBytes(input));
        Console.WriteLine($"{input}: ok");
    }

    return 0;
}

// No instrumented code may run before the fork server has mapped the coverage memory: the target is looked up inside.
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(name, buffer.ToArray());
});
return 0;

// The text path reads through the same cap as the stream overload: no more than the extractor would keep.
static async Task<string> ReadTextAsync(Stream file)
{
    using var reader = new StreamReader(file, Encoding.UTF8);
    var buffer = new char[ArticleExtractor.Default.Options.MaxInputChars + 1];
    var length = await reader.ReadBlockAsync(buffer);
    return new string(buffer, 0, length);
}
