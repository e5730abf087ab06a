using AngleSharp.Dom;

namespace NewsExtract.Parsing;

/// <summary>The attributes the front end and its observers read, found in one pass over an element's attributes.</summary>
internal struct ElementAttributes
{
    public string? Class;
    public string? Id;
    public string? Role;
    public string? ItemProp;
    public string? Rel;
    public string? Style;
    public string? Href;
    public bool Hidden;

    /// <summary>How many attributes the element has.</summary>
    public int Count;

    /// <summary>
    /// Reads them as <c>GetAttribute</c> would: the first attribute of each name. The HTML parser lower-cases
    /// attribute names (foreign content only renames others, such as viewBox), so an ordinal comparison is
    /// GetAttribute's own.
    /// </summary>
    public static ElementAttributes Of(IElement element)
    {
        var result = default(ElementAttributes);
        var attributes = element.Attributes;
        result.Count = attributes.Length;
        for (var i = 0; i < result.Count; i++)
        {
            var attribute = attributes[i];
            if (attribute is null)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "class":
                    result.Class ??= attribute.Value;
                    break;
                case "id":
                    result.Id ??= attribute.Value;
                    break;
                case "role":
                    result.Role ??= attribute.Value;
                    break;
                case "itemprop":
                    result.ItemProp ??= attribute.Value;
                    break;
                case "rel":
                    result.Rel ??= attribute.Value;
                    break;
                case "style":
                    result.Style ??= attribute.Value;
                    break;
                case "href":
                    result.Href ??= attribute.Value;
                    break;
                case "hidden":
                    result.Hidden = true;
                    break;
            }
        }

        return result;
    }
}
