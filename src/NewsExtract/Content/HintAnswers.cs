using NewsExtract.Parsing;

namespace NewsExtract.Content;

/// <summary>
/// Each container's answer from each hint list, looked up when first asked: the content stage asks about the same
/// containers several times (unlikely, scored, scored again, siblings, furniture inside the region).
/// </summary>
internal sealed class HintAnswers(List<Container> containers, HintMatcher positive, HintMatcher negative, HintMatcher furniture, HintMatcher keep)
{
    private readonly sbyte[] positiveAnswers = new sbyte[containers.Count];
    private readonly sbyte[] negativeAnswers = new sbyte[containers.Count];
    private readonly sbyte[] furnitureAnswers = new sbyte[containers.Count];
    private readonly sbyte[] keepAnswers = new sbyte[containers.Count];

    public bool Positive(int id) => Answer(positiveAnswers, positive, id);

    public bool Negative(int id) => Answer(negativeAnswers, negative, id);

    public bool Furniture(int id) => Answer(furnitureAnswers, furniture, id);

    public bool Keep(int id) => Answer(keepAnswers, keep, id);

    private bool Answer(sbyte[] answers, HintMatcher matcher, int id)
    {
        if (answers[id] == 0)
        {
            answers[id] = matcher.Matches(containers[id]) ? (sbyte)1 : (sbyte)-1;
        }

        return answers[id] > 0;
    }
}
