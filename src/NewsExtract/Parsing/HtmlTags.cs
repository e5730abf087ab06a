using System.Collections.Frozen;

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

    /// <summary>The known names, lower case, looked up by span so that a tag name is never copied into a string.</summary>
    private static readonly FrozenDictionary<string, TagKind>.AlternateLookup<ReadOnlySpan<char>> Known =
        Build().ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of the tag <paramref name="name"/> (any case); an ordinary element for any other name.</summary>
    public static TagKind Of(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxKnownNameLength)
        {
            return default;
        }

        // Only ASCII letters are lower-cased, as the tokenizer does: a name with other letters is no known tag.
        Span<char> lower = stackalloc char[MaxKnownNameLength];
        for (var i = 0; i < name.Length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        }

        return Known.TryGetValue(lower[..name.Length], out var kind) ? kind : default;
    }

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

    private static Dictionary<string, TagKind> Build()
    {
        var table = new Dictionary<string, TagKind>(StringComparer.Ordinal);
        void Add(TagKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                table.Add(name, kind);
            }
        }

        Add(new(BuilderTag.Other, Block | BuilderTraits.ListItemTransparent), "div", "address");
        Add(new(BuilderTag.Other, Block), "section", "article", "aside", "header", "footer", "nav", "main", "dl",
            "blockquote", "figure", "figcaption", "center", "details", "dialog", "dir", "fieldset", "hgroup", "menu",
            "search", "summary", "pre", "listing", "form");
        Add(new(BuilderTag.Other, Block | BuilderTraits.ListBoundary), "ol", "ul");
        Add(new(BuilderTag.P, Block | BuilderTraits.ListItemTransparent), "p");
        Add(new(BuilderTag.Heading, Block), "h1", "h2", "h3", "h4", "h5", "h6");
        Add(new(BuilderTag.Li, Block), "li");
        Add(new(BuilderTag.DdDt, Block), "dd", "dt");
        Add(new(BuilderTag.Other, Block | BuilderTraits.ScopeBoundary | BuilderTraits.TableBoundary | BuilderTraits.TableScoped), "table");
        Add(new(BuilderTag.Cell, Special | BuilderTraits.ScopeBoundary | BuilderTraits.Marker), "td", "th");
        Add(new(BuilderTag.Other, Special | BuilderTraits.ScopeBoundary | BuilderTraits.Marker), "caption", "applet", "marquee", "object");
        Add(new(BuilderTag.Other, Special | BuilderTraits.ScopeBoundary | BuilderTraits.TableBoundary | BuilderTraits.Marker), "template");
        Add(new(BuilderTag.Tr, Special | BuilderTraits.TableScoped), "tr");
        Add(new(BuilderTag.Other, Special | BuilderTraits.TableScoped), "tbody", "thead", "tfoot");
        Add(new(BuilderTag.Other, Special), "colgroup", "head", "frameset");
        Add(new(BuilderTag.Select, Special), "select");
        Add(new(BuilderTag.Html, Special | BuilderTraits.ScopeBoundary | BuilderTraits.TableBoundary), "html");
        Add(new(BuilderTag.Body, Special), "body");
        Add(new(BuilderTag.Button, Special | BuilderTraits.ButtonBoundary), "button");
        Add(new(BuilderTag.Option, BuilderTraits.None), "option");
        Add(new(BuilderTag.Optgroup, BuilderTraits.None), "optgroup");
        Add(new(BuilderTag.Br, Special | BuilderTraits.Void), "br");
        Add(new(BuilderTag.Other, Block | BuilderTraits.Void), "hr");
        Add(new(BuilderTag.Other, Special | BuilderTraits.Void), "img", "input", "meta", "link", "area", "base", "col",
            "embed", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image");
        Add(new(BuilderTag.Other, Special | BuilderTraits.RawText), "script", "style", "xmp", "iframe", "noembed",
            "noframes", "textarea", "title");
        Add(new(BuilderTag.Other, Block | BuilderTraits.PlainText), "plaintext");
        Add(new(BuilderTag.Foreign, BuilderTraits.None), "svg", "math");

        // The formatting elements, each with its own slot in the pre-scan's counts; links and nobr have rules of their own.
        string[] formatting = ["a", "nobr", "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u"];
        for (var slot = 0; slot < formatting.Length; slot++)
        {
            var id = slot switch { 0 => BuilderTag.A, 1 => BuilderTag.Nobr, _ => BuilderTag.Other };
            Add(new(id, BuilderTraits.Formatting, slot), formatting[slot]);
        }

        return table;
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
