using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary>Fetches pages given by URL.</summary>
internal static class UrlInputs
{
    public static Task<LoadedInput> FetchAsync(Uri address, ParseResult parseResult, CancellationToken cancellationToken) =>
        throw new NotSupportedException("fetching URLs is not built yet: save the page and pass the file with --url");
}

/// <summary>The fetch options of the contract.</summary>
internal static class FetchCliOptions
{
    public static readonly Option<double?> Timeout = new("--timeout") { Description = "Seconds for the whole request, retries included." };
    public static readonly Option<long?> MaxBytes = new("--max-bytes") { Description = "The largest response accepted, in bytes." };
    public static readonly Option<string?> UserAgent = new("--user-agent") { Description = "The User-Agent header, also used for robots.txt." };
    public static readonly Option<bool> IgnoreRobots = new("--ignore-robots") { Description = "Fetch pages that robots.txt disallows." };
    public static readonly Option<bool> BlockPrivate = new("--block-private") { Description = "Refuse private, loopback and link-local addresses." };

    public static void AddTo(Command command)
    {
        command.Options.Add(Timeout);
        command.Options.Add(MaxBytes);
        command.Options.Add(UserAgent);
        command.Options.Add(IgnoreRobots);
        command.Options.Add(BlockPrivate);
    }
}
