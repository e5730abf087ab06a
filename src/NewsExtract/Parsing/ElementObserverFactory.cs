using AngleSharp.Html.Dom;
using NewsExtract.Pipeline;

namespace NewsExtract.Parsing;

/// <summary>
/// Makes the observer for one page's walk and hands it to the later stages as a result on the context: the builder
/// plugs the metadata collector in this way, so the front end needs to know nothing of metadata.
/// </summary>
/// <param name="document">The page about to be walked.</param>
/// <param name="context">The extraction's context, where the observer is put for the stage that reads it.</param>
internal delegate IElementObserver ElementObserverFactory(IHtmlDocument document, ExtractionContext context);
