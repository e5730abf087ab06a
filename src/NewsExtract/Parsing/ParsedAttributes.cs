using AngleSharp.Html.Parser.Tokens.Struct;

namespace NewsExtract.Parsing;

/// <summary>
/// The attributes the parser keeps: those this library reads, and those the tree builder itself looks at. Most of a
/// page's attributes (data-*, aria-*, event handlers, sizes, sources) are read by nothing here, and an attribute
/// left out is one object and one string fewer per element in the parse and one fewer in every walk over the
/// attributes. Every attribute of a formatting element is kept: the tree builder compares them all when it
/// decides which formatting elements to rebuild (the "Noah's Ark" clause), and a <c>font</c> with colour, face or
/// size leaves svg and math content.
/// </summary>
/// <remarks>A new <c>GetAttribute</c>, selector or <see cref="ElementAttributes"/> field for another name must add the name here.</remarks>
internal static class ParsedAttributes
{
    public static bool Keep(ref StructHtmlToken tag, ReadOnlyMemory<char> name) => IsRead(name.Span) || IsFormatting(tag.Name);

    /// <summary>Read by the walk, its observers and the metadata (attribute names come lower-cased from the tokenizer).</summary>
    private static bool IsRead(ReadOnlySpan<char> name) => name switch
    {
        "class" or "id" or "role" or "itemprop" or "rel" or "style" or "href" or "hidden" => true,
        "content" or "type" or "property" or "name" or "http-equiv" or "lang" or "datetime" or "title" => true,

        // Looked at by the tree builder: MathML's HTML integration point, declarative shadow roots, and isindex's prompt.
        "encoding" or "shadowrootmode" or "prompt" or "action" => true,
        _ => false,
    };

    private static bool IsFormatting(ReadOnlySpan<char> tag) => tag switch
    {
        "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u" => true,
        _ => false,
    };
}
