using System.CommandLine;
using NewsExtract.Fetching;

namespace NewsExtract.Cli;

/// <summary>
/// Fetches the pages given by URL through one <see cref="ArticleClient"/> shared by the whole command, so that robots.txt,
/// connections, the per-host rate limit and circuit breakers carry over from one URL to the next. The client is built
/// from the fetch options on the first URL; a command with no URL never builds one.
/// </summary>
internal sealed class UrlInputs(ParseResult parseResult, bool allowPlainText = false) : IAsyncDisposable
{
    private readonly Lazy<ArticleClient> client = new(() => new ArticleClient(FetchCliOptions.ToFetchOptions(parseResult, allowPlainText)));

    /// <summary>Fetches a page; <paramref name="id"/> is the URL as the user wrote it.</summary>
    public async Task<LoadedInput> FetchAsync(Uri address, string id, bool forcePlainText, CancellationToken cancellationToken)
    {
        var page = await client.Value.FetchAsync(address, cancellationToken);
        return new LoadedInput(id, page.Content, forcePlainText ? PageFormat.PlainText : page.Format, page.Url);
    }

    public ValueTask DisposeAsync() => client.IsValueCreated ? client.Value.DisposeAsync() : ValueTask.CompletedTask;
}

/// <summary>The fetch options of the contract.</summary>
internal static class FetchCliOptions
{
    public static readonly Option<double?> Timeout = new("--timeout") { Description = "Seconds for the whole request, retries included." };
    public static readonly Option<long?> MaxBytes = new("--max-bytes") { Description = "The largest response accepted, in bytes." };
    public static readonly Option<string?> UserAgent = new("--user-agent") { Description = "The User-Agent header, also used for robots.txt." };
    public static readonly Option<bool> IgnoreRobots = new("--ignore-robots") { Description = "Fetch pages that robots.txt disallows." };
    public static readonly Option<bool> BlockPrivate = new("--block-private") { Description = "Refuse private, loopback and link-local addresses." };

    static FetchCliOptions()
    {
        Timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } seconds && (double.IsNaN(seconds) || seconds < 0.01 || seconds > 86_400))
            {
                result.AddError("--timeout must be between 0.01 and 86400 seconds.");
            }
        });
        MaxBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long?>() is < 1024)
            {
                result.AddError("--max-bytes must be at least 1024.");
            }
        });
        UserAgent.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { } userAgent)
            {
                return;
            }

            try
            {
                // The library is the one judge of a valid user agent.
                new FetchOptions { UserAgent = userAgent }.Validate();
            }
            catch (ArgumentOutOfRangeException)
            {
                result.AddError("--user-agent must be a valid User-Agent starting with a product token, such as 'MyBot/1.0'.");
            }
        });
    }

    public static void AddTo(Command command)
    {
        command.Options.Add(Timeout);
        command.Options.Add(MaxBytes);
        command.Options.Add(UserAgent);
        command.Options.Add(IgnoreRobots);
        command.Options.Add(BlockPrivate);
    }

    /// <summary>The library's options from the command line: --timeout bounds the whole fetch, retries and redirects included.</summary>
    public static FetchOptions ToFetchOptions(ParseResult parseResult, bool allowPlainText)
    {
        var options = new FetchOptions
        {
            Robots = new() { Obey = !parseResult.GetValue(IgnoreRobots) },
            Limits = new()
            {
                BlockPrivateAddresses = parseResult.GetValue(BlockPrivate),
                AllowPlainText = allowPlainText,
                MaxResponseBytes = parseResult.GetValue(MaxBytes) ?? LimitOptions.Default.MaxResponseBytes,
            },
        };
        if (parseResult.GetValue(Timeout) is { } seconds)
        {
            options = options with { Timeouts = options.Timeouts with { Total = TimeSpan.FromSeconds(seconds) } };
        }

        if (parseResult.GetValue(UserAgent) is { } userAgent)
        {
            options = options with { UserAgent = userAgent };
        }

        return options;
    }
}
