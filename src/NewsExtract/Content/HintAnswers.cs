using NewsExtract.Pipeline;

namespace NewsExtract.Content;

/// <summary>
/// Each container's answer from each hint list, looked up when first asked: the content stage asks about the same
/// containers several times (unlikely, scored, scored again, siblings, furniture inside the region).
/// </summary>
/// <remarks>
/// A container holding most of the page's prose and the headline or one of the first paragraphs after it is never furniture
/// by its hints: the furniture word in its class names the layout around the article ("with-sidebar-right",
/// "docked-sharebar-container"), not a sidebar.
/// </remarks>
internal sealed class HintAnswers(List<Container> containers, ContentHints hints, ProseMass? prose = null)
{
    private readonly sbyte[] positiveAnswers = new sbyte[containers.Count];
    private readonly sbyte[] negativeAnswers = new sbyte[containers.Count];
    private readonly sbyte[] furnitureAnswers = new sbyte[containers.Count];
    private readonly sbyte[] keepAnswers = new sbyte[containers.Count];
    private readonly sbyte[] contestedAnswers = new sbyte[containers.Count];
    private readonly sbyte[] boxAnswers = new sbyte[containers.Count];

    public bool Positive(int id) => Answer(positiveAnswers, hints.Positive, id);

    public bool Negative(int id) => Answer(negativeAnswers, hints.Negative, id);

    public bool Furniture(int id) => Answer(furnitureAnswers, hints.Furniture, id) && !(prose?.IsArticleLayout(id) ?? false);

    public bool Keep(int id) => Answer(keepAnswers, hints.Keep, id);

    public bool Contested(int id) => Answer(contestedAnswers, hints.Contested, id);

    public bool Box(int id) => Answer(boxAnswers, hints.Box, id);

    private bool Answer(sbyte[] answers, HintMatcher matcher, int id)
    {
        if (answers[id] == 0)
        {
            answers[id] = matcher.Matches(containers[id]) ? (sbyte)1 : (sbyte)-1;
        }

        return answers[id] > 0;
    }
}
