using System.CommandLine;
using System.Text;

namespace NewsExtract.Cli;

/// <summary>Exit codes of the contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadArguments = 2;
}

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Print stack traces with errors.",
        Recursive = true,
    };

    /// <summary>One readable line on standard error; the stack trace only with --verbose.</summary>
    public static void ReportError(ParseResult parseResult, string subject, Exception exception)
    {
        Console.Error.WriteLine($"newsextract: {subject}: {Describe(exception)}");
        if (parseResult.GetValue(Verbose))
        {
            Console.Error.WriteLine(exception);
        }
    }

    /// <summary>The output file to write, UTF-8 without a byte-order mark; <c>-</c> is standard output.</summary>
    public static StreamWriter OpenOutput(string path) => path == "-"
        ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
        : new StreamWriter(path, append: false, new UTF8Encoding(false));

    /// <summary>The output file to write bytes to, buffered; <c>-</c> is standard output.</summary>
    public static Stream OpenOutputStream(string path) => path == "-"
        ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16)
        : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);

    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException e => $"file not found: {e.FileName ?? e.Message}",
        DirectoryNotFoundException => "folder not found",
        UnauthorizedAccessException => "access denied",
        _ => exception.Message.ReplaceLineEndings(" "),
    };
}
