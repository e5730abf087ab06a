using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// Says what kind of page gave a short or empty body: a script-only shell, a cookie or consent wall, or a listing
/// of links to other articles. The body is left as it is; the warnings tell the caller why it is thin. Reads the
/// parsed page, so it runs before <see cref="DocumentRelease"/>.
/// </summary>
internal sealed class PageDiagnosticsStage(IReadOnlyList<string> consentWords) : IExtractionStage
{
    /// <summary>A body shorter than this is thin enough to explain.</summary>
    private const int ThinBodyChars = 500;

    /// <summary>A page with less text than this in all its blocks, but scripts, renders in the browser.</summary>
    private const int ShellTextChars = 250;

    /// <summary>A listing page has at least this many link-only teaser lines.</summary>
    private const int MinListingLinks = 15;

    public static PageDiagnosticsStage Default { get; } = new(PhraseList.Load("consent"));

    public void Run(ExtractionContext context)
    {
        var document = context.Require<HtmlPage>().Document;
        var bodyChars = context.KeptBlocks.Sum(b => b.Text.Length);
        if (bodyChars >= ThinBodyChars)
        {
            return;
        }

        var pageChars = context.Blocks.Sum(b => b.Text.Length);
        if (pageChars < ShellTextChars && document.Scripts.Length > 0)
        {
            context.Warn(PageWarning.ScriptShell);
            return;
        }

        var consentChars = 0;
        var linkLines = 0;
        foreach (var block in context.Blocks)
        {
            var normalized = " " + TextNormalizer.ForComparison(block.Text) + " ";
            if (consentWords.Any(word => normalized.Contains(" " + word + " ", StringComparison.Ordinal)))
            {
                consentChars += block.Text.Length;
            }

            if (block.LinkDensity > 0.8 && block.Text.Length is >= 20 and <= 200 && block.Kind != BlockKind.Heading)
            {
                linkLines++;
            }
        }

        if (consentChars > 0 && consentChars * 2 >= Math.Max(bodyChars, pageChars / 4))
        {
            context.Warn(PageWarning.ConsentWall);
        }
        else if (linkLines >= MinListingLinks)
        {
            context.Warn(PageWarning.ListingPage);
        }
    }
}
