using Microsoft.Extensions.Options;

namespace NewsExtract.Fetching;

/// <summary>Checks <see cref="NewsExtractOptions"/> once, when the host starts: every range the options document.</summary>
internal sealed class NewsExtractOptionsValidator : IValidateOptions<NewsExtractOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsExtractOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check("Extraction", options.Extraction, o => o.Validate());
        Check("Fetch", options.Fetch, o => o.Validate());
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check<T>(string group, T? value, Action<T> validate)
            where T : class
        {
            if (value is null)
            {
                failures.Add($"{NewsExtractOptions.SectionName}:{group} is null.");
                return;
            }

            try
            {
                validate(value);
            }
            catch (ArgumentException exception)
            {
                failures.Add($"{NewsExtractOptions.SectionName}:{group}: {exception.Message}");
            }
        }
    }
}
