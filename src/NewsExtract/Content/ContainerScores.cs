
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
        FormControls = new int[count];
        Images = new int[count];
    }

    public int[] TextChars { get; }

    public int[] LinkChars { get; }

    /// <summary>Raw content score (before link density).</summary>
    public double[] Score { get; }

    public bool[] Scored { get; }

    /// <summary>Form controls (inputs, buttons, selects, text areas) inside the container, which add no text.</summary>
    public int[] FormControls { get; }

    /// <summary>Images inside the container, which add no text either.</summary>
    public int[] Images { get; }

    public double LinkDensity(int id) => TextChars[id] == 0 ? 0 : (double)LinkChars[id] / TextChars[id];

    public double FinalScore(int id) => Score[id] * (1 - LinkDensity(id));
}
