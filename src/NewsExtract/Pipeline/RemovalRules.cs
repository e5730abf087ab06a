namespace NewsExtract.Pipeline;

/// <summary>
/// The names of the tests that remove blocks, recorded on the block (<see cref="Block.RemovalRule"/>) so that an
/// explanation of an extraction can say which test it was, not only the <see cref="RemovalReason"/>.
/// </summary>
internal static class RemovalRules
{
    /// <summary>A phrase of the boilerplate lists, symbols only, or markup and addresses shown as text.</summary>
    public const string BoilerplatePhrase = "boilerplate phrase";

    /// <summary>A run of page numbers ("1 2 3 … Next").</summary>
    public const string PageNumbers = "page numbers";

    public const string Dateline = "dateline";

    public const string Byline = "byline";

    public const string Credit = "credit";

    /// <summary>Outside the containers chosen as the article (by the scorer, or the densest prose when that won).</summary>
    public const string OutsideRegion = "outside the article region";

    /// <summary>Inside the region, under an element that is page furniture (nav, aside, footer, a furniture-marked wrapper).</summary>
    public const string FurnitureContainer = "inside a furniture element";

    /// <summary>Under nav, header, footer, aside or a hidden element of the page.</summary>
    public const string PageFurniture = "page furniture (nav, header, footer, aside, hidden)";

    /// <summary>A page too short to choose a region from: its furniture and link lines go.</summary>
    public const string ShortPageFurniture = "furniture or link line of a short page";

    public const string Caption = "caption";

    /// <summary>A line of an article's own header that is not its standfirst: kicker, date, reading time, buttons.</summary>
    public const string SectionHeaderLine = "article header line (kicker, date, buttons)";

    public const string LinkHeavy = "mostly link text";

    /// <summary>A short line under a headline that links elsewhere: a teaser's text.</summary>
    public const string TeaserText = "teaser text under a linked headline";

    /// <summary>After the body's last prose: a heading or a short line with no sentence, labelling what was cut after it.</summary>
    public const string TrailingLabel = "trailing label after the last prose";

    /// <summary>A label whose links went as link text: it introduces nothing left in the body.</summary>
    public const string OrphanedIntroduction = "label introducing removed links";

    /// <summary>After the article's prose run: a few short blocks in elements the run does not stand in.</summary>
    public const string AfterProseRun = "short block after the prose run, in another element";

    /// <summary>With the precision focus: a short line that is no sentence, or a short note with an address.</summary>
    public const string Doubtful = "doubtful short line (precision focus)";

    /// <summary>The markup's body gave way to the page's structured data (JSON-LD articleBody) or its script state.</summary>
    public const string ReplacedByFallbackBody = "replaced by the structured-data or script-state body";

    /// <summary>Plain text before its headline: the page around the article (navigation, teasers of other articles).</summary>
    public const string BeforeHeadline = "before the headline (plain text)";

    /// <summary>The page's own headline, read as the title.</summary>
    public const string Headline = "the headline";

    /// <summary>The headline once more in the body.</summary>
    public const string HeadlineRepeated = "the headline repeated";

    /// <summary>A copy of a block kept elsewhere (see the merge for which and how alike).</summary>
    public const string Duplicate = "duplicate";
}
