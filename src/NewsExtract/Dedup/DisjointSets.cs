namespace NewsExtract.Dedup;

/// <summary>Union-find over 0..n-1, with path halving.</summary>
internal sealed class DisjointSets
{
    private readonly int[] parent;

    public DisjointSets(int count)
    {
        parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
        }
    }

    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA != rootB)
        {
            // The smaller index stays root, so a group is named after its first block.
            if (rootA < rootB)
            {
                parent[rootB] = rootA;
            }
            else
            {
                parent[rootA] = rootB;
            }
        }
    }
}
