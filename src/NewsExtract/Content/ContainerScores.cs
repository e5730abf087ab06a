
namespace NewsExtract.Content;

/// <summary>Per-container sums over the blocks inside it: characters, link characters and content score.</summary>
internal sealed class ContainerScores
{
    public ContainerScores(int count)
    {
        TextChars = new int[count];
        LinkChars = new int[count];
        Score = new double[count];
        Scored = new bool[count];
    }

    public int[] TextChars { get; }

    public int[] LinkChars { get; }

    /// <summary>Raw content score (before link density).</summary>
    public double[] Score { get; }

    public bool[] Scored { get; }


    public double LinkDensity(int id) => TextChars[id] == 0 ? 0 : (double)LinkChars[id] / TextChars[id];

    public double FinalScore(int id) => Score[id] * (1 - LinkDensity(id));
}
