namespace NewsExtract.Parsing;

/// <summary>The tags whose tree-building rules the markup pre-scan follows (the HTML standard's names for them).</summary>
internal enum BuilderTag : byte
{
    Other,
    P,
    Li,
    DdDt,
    Heading,
    Cell,
    Tr,
    Option,
    Optgroup,
    A,
    Nobr,
    Button,
    Html,
    Body,
    Br,
    Foreign,
    Select,
}

/// <summary>What the pre-scan needs to know of a tag, besides its <see cref="BuilderTag"/>.</summary>
[Flags]
internal enum BuilderTraits : ushort
{
    None = 0,

    /// <summary>Has no content and no end tag (<c>br</c>, <c>img</c>, …).</summary>
    Void = 1,

    /// <summary>Its content is text up to its own end tag (<c>script</c>, <c>style</c>, <c>textarea</c>, …).</summary>
    RawText = 2,

    /// <summary>Everything after it is text (<c>plaintext</c>).</summary>
    PlainText = 4,

    /// <summary>The standard's "special" category: an end tag of another element does not close past it.</summary>
    Special = 8,

    /// <summary>Ends the search for an element "in scope".</summary>
    ScopeBoundary = 16,

    /// <summary>Its start tag closes an open <c>p</c>.</summary>
    ClosesP = 32,

    /// <summary>A formatting element, kept in the list of active formatting elements and rebuilt when popped implicitly.</summary>
    Formatting = 64,

    /// <summary>Puts a marker on the list of active formatting elements: the list is cut back to it when it closes.</summary>
    Marker = 128,

    /// <summary>Ends a list-item scope too (<c>ol</c>, <c>ul</c>).</summary>
    ListBoundary = 256,

    /// <summary>Ends a button scope too.</summary>
    ButtonBoundary = 512,

    /// <summary>Ends a table scope (<c>html</c>, <c>table</c>, <c>template</c>), which end tags of tables, their sections and rows search.</summary>
    TableBoundary = 1024,

    /// <summary>An end tag of a table, a table section or a row: it searches the table scope.</summary>
    TableScoped = 2048,

    /// <summary>A special element that a new list item looks past for the item to close (<c>address</c>, <c>div</c>, <c>p</c>).</summary>
    ListItemTransparent = 4096,
}

/// <summary>A tag's id, traits and, for a formatting element, its slot among <see cref="HtmlTags.FormattingSlots"/>.</summary>
/// <remarks>The default value is an ordinary element: the slot is stored plus one, so that it reads -1.</remarks>
internal readonly struct TagKind(BuilderTag id, BuilderTraits traits, int formattingSlot = -1)
{
    private readonly sbyte slotPlusOne = (sbyte)(formattingSlot + 1);

    public BuilderTag Id { get; } = id;

    public BuilderTraits Traits { get; } = traits;

    /// <summary>The formatting element's slot, or -1 for any other element.</summary>
    public int FormattingSlot => slotPlusOne - 1;
}

/// <summary>The tags of the HTML standard's tree construction, by lower-case name.</summary>
internal static class HtmlTags
{
    /// <summary>How many formatting element names there are (each has a slot in the pre-scan's counts).</summary>
    public const int FormattingSlots = 14;

    private const BuilderTraits Special = BuilderTraits.Special;
    private const BuilderTraits Block = BuilderTraits.Special | BuilderTraits.ClosesP;

    /// <summary>The longest name the table knows; a longer name is an ordinary element.</summary>
    public const int MaxKnownNameLength = 10;

    /// <summary>
    /// A switch on the span, which the compiler turns into tests on the length and a few characters: nothing to build
    /// when the process starts and no allocation.
    /// </summary>
    public static TagKind Of(ReadOnlySpan<char> name) => name switch
    {
        "div" or "address" => new(BuilderTag.Other, Block | BuilderTraits.ListItemTransparent),
        "section" or "article" or "aside" or "header" or "footer" or "nav" or "main" or "ul" or "ol" or "dl"
            or "blockquote" or "figure" or "figcaption" or "center" or "details" or "dialog" or "dir"
            or "fieldset" or "hgroup" or "menu" or "search" or "summary" or "pre" or "listing" => new(BuilderTag.Other, Block | (name is "ol" or "ul" ? BuilderTraits.ListBoundary : 0)),
        "form" => new(BuilderTag.Other, Block),
        "p" => new(BuilderTag.P, Block | BuilderTraits.ListItemTransparent),
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => new(BuilderTag.Heading, Block),
        "li" => new(BuilderTag.Li, Block),
        "dd" or "dt" => new(BuilderTag.DdDt, Block),
        "table" => new(BuilderTag.Other, Block | BuilderTraits.ScopeBoundary | BuilderTraits.TableBoundary | BuilderTraits.TableScoped),
        "td" or "th" => new(BuilderTag.Cell, Special | BuilderTraits.ScopeBoundary | BuilderTraits.Marker),
        "caption" => new(BuilderTag.Other, Special | BuilderTraits.ScopeBoundary | BuilderTraits.Marker),
        "applet" or "marquee" or "object" => new(BuilderTag.Other, Special | BuilderTraits.ScopeBoundary | BuilderTraits.Marker),
        "template" => new(BuilderTag.Other, Special | BuilderTraits.ScopeBoundary | BuilderTraits.TableBoundary | BuilderTraits.Marker),
        "tr" => new(BuilderTag.Tr, Special | BuilderTraits.TableScoped),
        "tbody" or "thead" or "tfoot" => new(BuilderTag.Other, Special | BuilderTraits.TableScoped),
        "colgroup" or "head" or "frameset" => new(BuilderTag.Other, Special),
        "select" => new(BuilderTag.Select, Special),
        "html" => new(BuilderTag.Html, Special | BuilderTraits.ScopeBoundary | BuilderTraits.TableBoundary),
        "body" => new(BuilderTag.Body, Special),
        "button" => new(BuilderTag.Button, Special | BuilderTraits.ButtonBoundary),
        "option" => new(BuilderTag.Option, BuilderTraits.None),
        "optgroup" => new(BuilderTag.Optgroup, BuilderTraits.None),
        "br" => new(BuilderTag.Br, Special | BuilderTraits.Void),
        "hr" => new(BuilderTag.Other, Block | BuilderTraits.Void),
        "img" or "input" or "meta" or "link" or "area" or "base" or "col" or "embed" or "param" or "source" or "track"
            or "wbr" or "keygen" or "basefont" or "bgsound" or "frame" or "image" => new(BuilderTag.Other, Special | BuilderTraits.Void),
        "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea" or "title" => new(BuilderTag.Other, Special | BuilderTraits.RawText),
        "plaintext" => new(BuilderTag.Other, Block | BuilderTraits.PlainText),
        "svg" or "math" => new(BuilderTag.Foreign, BuilderTraits.None),
        "a" => new(BuilderTag.A, BuilderTraits.Formatting, 0),
        "nobr" => new(BuilderTag.Nobr, BuilderTraits.Formatting, 1),
        "b" => new(BuilderTag.Other, BuilderTraits.Formatting, 2),
        "big" => new(BuilderTag.Other, BuilderTraits.Formatting, 3),
        "code" => new(BuilderTag.Other, BuilderTraits.Formatting, 4),
        "em" => new(BuilderTag.Other, BuilderTraits.Formatting, 5),
        "font" => new(BuilderTag.Other, BuilderTraits.Formatting, 6),
        "i" => new(BuilderTag.Other, BuilderTraits.Formatting, 7),
        "s" => new(BuilderTag.Other, BuilderTraits.Formatting, 8),
        "small" => new(BuilderTag.Other, BuilderTraits.Formatting, 9),
        "strike" => new(BuilderTag.Other, BuilderTraits.Formatting, 10),
        "strong" => new(BuilderTag.Other, BuilderTraits.Formatting, 11),
        "tt" => new(BuilderTag.Other, BuilderTraits.Formatting, 12),
        "u" => new(BuilderTag.Other, BuilderTraits.Formatting, 13),
        _ => default,
    };

    /// <summary>Whether <paramref name="name"/> read with ASCII letters lower-cased (as the tokenizer does) is <paramref name="lower"/>.</summary>
    private static bool EqualsLowerCase(ReadOnlySpan<char> name, string lower)
    {
        if (name.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] RawTextNames = ["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"];

    /// <summary>The lower-case name of a raw-text element (<paramref name="name"/> in any case), for the search for its end tag.</summary>
    public static string RawTextName(ReadOnlySpan<char> name)
    {
        foreach (var known in RawTextNames)
        {
            if (EqualsLowerCase(name, known))
            {
                return known;
            }
        }

        return "title";
    }
}
