using System.Net;
using NewsExtract.Metadata;
using NewsExtract.Parsing;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract.Content;

/// <summary>
/// The fallback cascade, as the strongest extractors have one: when the region the content scorer chose is thin,
/// the alternatives are computed (the densest prose in the markup, JSON-LD <c>articleBody</c>, the state a
/// script-rendered page ships) and the body holding the most running text by <see cref="BodyQuality"/> wins, the
/// scorer's region keeping its place unless an alternative clearly beats it. Runs its alternatives on thin pages
/// only: a page whose region holds enough text costs one sum.
/// </summary>
internal sealed class BodyFallbackStage(ContentHints hints) : IExtractionStage
{
    /// <summary>A body with fewer characters than this is thin: the alternatives are worth computing.</summary>
    private const int ThinBodyChars = 500;

    /// <summary>An alternative must hold this many times the running text of the scorer's region…</summary>
    private const double WinningFactor = 1.5;

    /// <summary>…and this many characters more, so that a short page's own body is not traded for another short text.</summary>
    private const int WinningMargin = 100;

    /// <summary>A page with this many paragraphs of prose never comes back with an empty body.</summary>
    private const int MinProseParagraphs = 3;

    public void Run(ExtractionContext context)
    {
        var keptChars = 0;
        foreach (var block in context.Blocks)
        {
            keptChars += block.Kept ? block.Text.Length : 0;
        }

        if (keptChars >= ThinBodyChars)
        {
            return;
        }

        var regionQuality = BodyQuality.Of(context.KeptBlocks);
        var best = BodySource.Region;
        var bestQuality = regionQuality;
        List<Block>? region = null;
        List<string>? paragraphs = null;

        var metadata = context.Require<MetadataBuilder>();
        var answers = new HintAnswers(context.Containers, hints, ProseMass.Measure(context.Containers, context.Blocks, metadata.Title));
        var densest = DensestRegion.Find(context.Containers, context.Blocks, ContainerScoring.Unlikely(context.Containers, answers));
        if (BodyQuality.Of(densest) is var densestQuality && densestQuality > bestQuality)
        {
            (best, bestQuality, region) = (BodySource.DensestProse, densestQuality, densest);
        }

        if (metadata.StructuredBody is { } structured
            && StructuredParagraphs(structured) is var fromStructure && BodyQuality.Of(fromStructure) is var structuredQuality
            && structuredQuality > bestQuality)
        {
            (best, bestQuality, paragraphs) = (BodySource.StructuredData, structuredQuality, fromStructure);
        }

        var scripts = context.Require<MetadataElements>().Scripts;
        if (ScriptStateReader.Read(scripts.Select(s => s.Text)) is var fromScripts && BodyQuality.Of(fromScripts) is var scriptQuality
            && scriptQuality > bestQuality)
        {
            (best, bestQuality, paragraphs) = (BodySource.ScriptState, scriptQuality, fromScripts);
        }

        // An alternative wins by a clear margin and with a body that is no longer thin itself; over an empty region,
        // any prose the page holds is better than nothing.
        var clearWin = bestQuality >= Math.Max(regionQuality * WinningFactor + WinningMargin, ThinBodyChars);
        var emptyOverProse = keptChars == 0 && bestQuality > 0 && CountProse(context.Blocks) >= MinProseParagraphs;
        if (best == BodySource.Region || !(clearWin || emptyOverProse))
        {
            return;
        }

        context.BodySource = best;
        if (region is not null && best == BodySource.DensestProse)
        {
            TakeRegion(context.Blocks, region);
        }
        else if (paragraphs is not null)
        {
            Replace(context, paragraphs);
            if (best == BodySource.StructuredData)
            {
                context.Warn(PageWarning.BodyFromStructuredData);
            }
        }
    }

    private static List<string> StructuredParagraphs(string structured)
    {
        var paragraphs = new List<string>();
        foreach (var line in structured.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = TextNormalizer.CollapseWhitespace(WebUtility.HtmlDecode(line));
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }

        return paragraphs;
    }

    private static int CountProse(List<Block> blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            if (DensestRegion.IsEligible(block) && block.Text.Length >= ProseMass.MinProseChars * 4 && block.LinkDensity <= ProseMass.MaxProseLinkDensity
                && TextNormalizer.EndsLikeSentence(block.Text))
            {
                count++;
            }
        }

        return count;
    }

    private static void TakeRegion(List<Block> blocks, List<Block> region)
    {
        var chosen = region.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            if (chosen.Contains(block))
            {
                block.Restore();
            }
            else
            {
                block.Remove(RemovalReason.OutsideContent, RemovalRules.OutsideRegion);
            }
        }
    }

    private static void Replace(ExtractionContext context, List<string> paragraphs)
    {
        foreach (var block in context.Blocks)
        {
            block.Remove(RemovalReason.OutsideContent, RemovalRules.ReplacedByFallbackBody);
        }

        foreach (var paragraph in paragraphs)
        {
            context.Blocks.Add(new Block(context.Blocks.Count, paragraph, BlockKind.Paragraph));
        }
    }
}
