using NewsExtract.Pipeline;

namespace NewsExtract.Content;

/// <summary>
/// Picks the container that holds the article from the scores: the best one, moved up to an ancestor when the
/// article is split across strong candidates, when an ancestor scoring nearly as well holds much more text, or when
/// the candidate is nearly all of its parent's text.
/// </summary>
internal static class RegionChoice
{
    /// <summary>The id of the article's container, or -1 when no container was scored.</summary>
    public static int ChooseTop(List<Container> containers, ContainerScores scores)
    {
        var top = -1;
        var best = double.MinValue;
        for (var id = 0; id < containers.Count; id++)
        {
            if (scores.Scored[id] && scores.FinalScore(id) > best)
            {
                best = scores.FinalScore(id);
                top = id;
            }
        }

        if (top < 0)
        {
            return top;
        }

        // When several strong candidates share an ancestor, the article is split across them: take the ancestor.
        var strong = new List<int>();
        for (var id = 0; id < containers.Count; id++)
        {
            if (id != top && scores.Scored[id] && scores.FinalScore(id) >= best * 0.75 && !IsAncestor(containers, id, top) && !IsAncestor(containers, top, id))
            {
                strong.Add(id);
            }
        }

        if (strong.Count >= 2)
        {
            for (var ancestor = containers[top].ParentId; ancestor >= 0; ancestor = containers[ancestor].ParentId)
            {
                if (strong.Count(s => IsAncestor(containers, ancestor, s)) >= 2)
                {
                    top = ancestor;
                    break;
                }
            }
        }

        // An ancestor scoring nearly as well while holding much more text is the article; the candidate only its lead.
        var topChars = scores.TextChars[top];
        for (var ancestor = containers[top].ParentId; ancestor >= 0; ancestor = containers[ancestor].ParentId)
        {
            if (scores.Scored[ancestor] && scores.FinalScore(ancestor) >= best * 0.75 && scores.TextChars[ancestor] >= topChars * 1.5)
            {
                top = ancestor;
            }
        }

        // A candidate that is nearly all of its parent's text is better seen as the parent (headline, images, lead).
        var chars = scores.TextChars[top];
        while (containers[top].ParentId >= 0)
        {
            var parent = containers[top].ParentId;
            if (scores.TextChars[parent] > chars * 1.1 || containers[parent].Tag == "body")
            {
                break;
            }

            top = parent;
        }

        return top;
    }

    /// <summary>Whether <paramref name="id"/> is <paramref name="ancestor"/> or inside it.</summary>
    public static bool IsWithin(List<Container> containers, int id, int ancestor) => id == ancestor || IsAncestor(containers, ancestor, id);

    /// <summary>Whether <paramref name="ancestor"/> lies strictly above <paramref name="id"/>.</summary>
    public static bool IsAncestor(List<Container> containers, int ancestor, int id)
    {
        for (var c = containers[id].ParentId; c >= 0; c = containers[c].ParentId)
        {
            if (c == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
