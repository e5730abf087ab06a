using System.Buffers;
using NewsExtract.Text;

namespace NewsExtract.Parsing;

/// <summary>What the HTML walk reads from an element: its tag's traits, its hints, its id words, whether it is hidden or page furniture.</summary>
internal static class ElementTraits
{
    /// <summary>What the walk needs to know of a tag, in one lookup.</summary>
    [Flags]
    internal enum TagTraits
    {
        None = 0,

        /// <summary>Not text of the page (scripts, forms' controls, media): the element and its children are skipped.</summary>
        Skipped = 1,

        /// <summary>Ends the text before it and starts a block of its own.</summary>
        Block = 2,

        /// <summary>A block element that holds text itself and is not scored as a container.</summary>
        LeafBlock = 4,

        /// <summary>Page furniture by its tag (nav, header, footer, aside, menu).</summary>
        Furniture = 8,
    }

    /// <summary>ARIA roles of page furniture, compared ignoring case; a list this short needs no set (and no set's start-up cost).</summary>
    private static readonly string[] FurnitureRoles =
        ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alert"];

    private static readonly char[] IdSeparators = ['-', '_', ':', '.', ' '];

    /// <summary>The hints of an element without class, role or itemprop (see <see cref="Hints"/>), one string for all.</summary>
    private const string NoHints = "  ";

    /// <summary>
    /// What the walk needs to know of a tag. A switch, which the compiler turns into tests on the length and a
    /// character or two: no hashing per element, and, unlike a frozen set, nothing to build when the process starts.
    /// </summary>
    public static TagTraits TraitsOf(string tag) => tag switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "math" or "iframe" or "object" or "embed" or "canvas"
            or "video" or "audio" or "map" or "button" or "select" or "input" or "textarea" or "option" or "head" or "title"
            or "meta" or "link" or "source" or "track" or "dialog" or "datalist" or "frameset" or "frame" or "applet" => TagTraits.Skipped,

        // Blocks that hold text themselves and are not scored as containers.
        "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" or "figcaption" or "caption" or "dt" or "dd" or "li"
            or "summary" or "hr" or "address" or "legend" => TagTraits.Block | TagTraits.LeafBlock,

        "nav" or "header" or "footer" or "aside" or "menu" => TagTraits.Block | TagTraits.Furniture,

        "article" or "blockquote" or "body" or "center" or "details" or "div" or "dl" or "fieldset" or "figure" or "form"
            or "hgroup" or "main" or "ol" or "section" or "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th"
            or "ul" or "html" or "listing" or "xmp" => TagTraits.Block,

        _ => TagTraits.None,
    };

    /// <summary>
    /// Class, role and itemprop, lower case, joined by a space: <c>string.Join(' ', ClassName, role, itemprop)</c>.
    /// AngleSharp's <c>ClassName</c> is empty, not null, without a class attribute, so an element with none of the
    /// three has the hints "  " (two spaces), never the empty string; later stages depend on that, so it is kept.
    /// </summary>
    public static string Hints(in ElementAttributes attributes)
    {
        var className = attributes.Class ?? string.Empty;
        var role = attributes.Role;
        var itemProp = attributes.ItemProp;
        if (className.Length == 0 && string.IsNullOrEmpty(role) && string.IsNullOrEmpty(itemProp))
        {
            return NoHints;
        }

        // The join and the lower-casing in one string.
        var length = className.Length + (role?.Length ?? 0) + (itemProp?.Length ?? 0) + 2;
        return string.Create(length, (className, role, itemProp), static (destination, parts) =>
        {
            var position = 0;
            Write(destination, ref position, parts.className);
            destination[position++] = ' ';
            Write(destination, ref position, parts.role);
            destination[position++] = ' ';
            Write(destination, ref position, parts.itemProp);

            static void Write(Span<char> destination, ref int position, string? part)
            {
                if (part is not null)
                {
                    part.AsSpan().ToLowerInvariant(destination[position..]);
                    position += part.Length;
                }
            }
        });
    }

    public static bool IsFurnitureRole(string role)
    {
        foreach (var furnitureRole in FurnitureRoles)
        {
            if (string.Equals(role, furnitureRole, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<string> HiddenClasses = SearchValues.Create([.. PhraseList.Load("hidden-classes")], StringComparison.OrdinalIgnoreCase);

    public static string[] IdWords(string? id) =>
        string.IsNullOrEmpty(id) ? [] : id.ToLowerInvariant().Split(IdSeparators, StringSplitOptions.RemoveEmptyEntries);

    public static bool IsHidden(in ElementAttributes attributes)
    {
        if (attributes.Hidden)
        {
            return true;
        }

        // Screen-reader labels, tooltips and hover cards: text that is not shown as part of the page.
        if (attributes.Class is { } className && className.AsSpan().IndexOfAny(HiddenClasses) >= 0)
        {
            return true;
        }

        var style = attributes.Style;

        // Most inline styles set sizes and colours: one that names neither value cannot hide anything.
        if (style is null
            || (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // The declarations with their spaces taken out ("display: none" is "display:none"), without a new string.
        char[]? rented = null;
        var compact = style.Length <= 256 ? stackalloc char[style.Length] : (rented = ArrayPool<char>.Shared.Rent(style.Length));
        var length = 0;
        foreach (var c in style)
        {
            if (c != ' ')
            {
                compact[length++] = c;
            }
        }

        var declarations = compact[..length];
        var hidden = declarations.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || declarations.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return hidden;
    }
}
