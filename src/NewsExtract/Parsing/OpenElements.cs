using System.Buffers;

namespace NewsExtract.Parsing;

/// <summary>
/// The markup pre-scan's model of the HTML tree builder: its stack of open elements, and how many formatting elements
/// its list of active formatting elements may hold (each one may be rebuilt as a child of the current node when the
/// builder meets text, so that list adds to the depth too). It follows the standard's rules for implied end tags,
/// scopes and the "special" category closely enough that the depth it counts stays near the parser's on any page,
/// but it is a model: every search it makes stops after <see cref="SearchLimit"/> steps, so that no tag costs more
/// than a constant.
/// </summary>
internal sealed class OpenElements : IDisposable
{
    /// <summary>How far down the stack a search for an element to close looks.</summary>
    internal const int SearchLimit = 64;

    private const int Buckets = 256;

    private Entry[] entries;
    private int[] savedCounts;
    private readonly int[] bucketCounts = new int[Buckets];
    private readonly int[] formattingCounts = new int[HtmlTags.FormattingSlots];
    private int markerDepth;
    private int headingCount;

    public OpenElements(int capacity)
    {
        entries = ArrayPool<Entry>.Shared.Rent(capacity + 1);
        savedCounts = ArrayPool<int>.Shared.Rent(HtmlTags.FormattingSlots * 8);
    }

    /// <summary>An open element: its name's hash (lower case) and its kind.</summary>
    internal struct Entry
    {
        public int Hash;
        public TagKind Kind;
    }

    /// <summary>How many elements are open.</summary>
    public int Depth { get; private set; }

    /// <summary>How many formatting elements the list of active formatting elements may hold after its last marker.</summary>
    public int ActiveFormatting { get; private set; }

    /// <summary>How many <c>svg</c> and <c>math</c> elements are open: inside them, <c>/&gt;</c> closes an element.</summary>
    public int ForeignDepth { get; private set; }

    /// <summary>How many <c>select</c> elements are open: inside them, the builder ignores most end tags.</summary>
    public int SelectDepth { get; private set; }

    /// <summary>The innermost open element.</summary>
    private ref readonly Entry Top => ref entries[Depth - 1];

    public void Push(int hash, TagKind kind)
    {
        if ((kind.Traits & BuilderTraits.Marker) != 0)
        {
            SaveFormattingCounts();
        }

        entries[Depth++] = new Entry { Hash = hash, Kind = kind };
        bucketCounts[hash & (Buckets - 1)]++;
        if (kind.Id == BuilderTag.Heading)
        {
            headingCount++;
        }
        else if (kind.Id == BuilderTag.Foreign)
        {
            ForeignDepth++;
        }
        else if (kind.Id == BuilderTag.Select)
        {
            SelectDepth++;
        }

        if (kind.FormattingSlot >= 0)
        {
            formattingCounts[kind.FormattingSlot]++;
            ActiveFormatting++;
        }
    }

    /// <summary>A start tag's implied end tags: the open elements its arrival closes.</summary>
    public void CloseBefore(TagKind kind, int hash)
    {
        if ((kind.Traits & BuilderTraits.ClosesP) != 0 && bucketCounts[HashP & (Buckets - 1)] > 0)
        {
            CloseInScope(HashP, BuilderTraits.ScopeBoundary | BuilderTraits.ButtonBoundary);
        }

        switch (kind.Id)
        {
            case BuilderTag.Heading when Depth > 0 && Top.Kind.Id == BuilderTag.Heading:
            case BuilderTag.Option when Depth > 0 && Top.Kind.Id == BuilderTag.Option:
                PopTo(Depth - 1);
                break;
            case BuilderTag.Optgroup:
                while (Depth > 0 && Top.Kind.Id is BuilderTag.Option or BuilderTag.Optgroup)
                {
                    PopTo(Depth - 1);
                }

                break;
            case BuilderTag.Li:
            case BuilderTag.DdDt:
                CloseListItem(kind.Id);
                break;
            case BuilderTag.Cell:
            case BuilderTag.Tr:
                CloseCellOrRow(kind.Id);
                break;
            case BuilderTag.Button:
            case BuilderTag.Select:
                CloseInScope(hash, BuilderTraits.ScopeBoundary);
                break;
            case BuilderTag.A or BuilderTag.Nobr when formattingCounts[kind.FormattingSlot] > 0:
                // A new link (or nobr) closes the one still open: links do not nest.
                CloseFormatting(hash, kind);
                break;
        }
    }

    /// <summary>An end tag: pops what it closes, as the tree builder would (approximately for formatting elements).</summary>
    public void Close(TagKind kind, int hash)
    {
        if (SelectDepth > 0 && kind.Id is not (BuilderTag.Select or BuilderTag.Option or BuilderTag.Optgroup))
        {
            // In a select, the builder ignores the end tags of anything but options, groups and the select.
            return;
        }

        switch (kind.Id)
        {
            case BuilderTag.Html or BuilderTag.Body or BuilderTag.Br:
                // </body> and </html> only change the insertion mode; </br> is read as <br>.
                return;
            case BuilderTag.Heading:
                if (headingCount > 0)
                {
                    CloseHeading();
                }

                return;
        }

        if ((kind.Traits & BuilderTraits.Formatting) != 0)
        {
            CloseFormatting(hash, kind);
        }
        else if ((kind.Traits & BuilderTraits.Special) != 0 || kind.Id != BuilderTag.Other)
        {
            var boundaries = kind.Id == BuilderTag.P ? BuilderTraits.ScopeBoundary | BuilderTraits.ButtonBoundary
                : kind.Id == BuilderTag.Li ? BuilderTraits.ScopeBoundary | BuilderTraits.ListBoundary
                : (kind.Traits & BuilderTraits.TableScoped) != 0 ? BuilderTraits.TableBoundary
                : BuilderTraits.ScopeBoundary;
            CloseInScope(hash, boundaries);
        }
        else
        {
            // Any other end tag: closes the nearest element of its name unless a special element is in the way.
            CloseInScope(hash, BuilderTraits.Special);
        }
    }

    public void Dispose()
    {
        ArrayPool<Entry>.Shared.Return(entries);
        ArrayPool<int>.Shared.Return(savedCounts);
        entries = [];
        savedCounts = [];
    }

    private static readonly int HashP = HashOf("p");

    /// <summary>The hash the pre-scan gives a lower-case tag name.</summary>
    internal static int HashOf(ReadOnlySpan<char> lowerName)
    {
        var hash = Fnv.Offset;
        foreach (var c in lowerName)
        {
            hash = Fnv.Add(hash, c);
        }

        return (int)hash;
    }

    /// <summary>FNV-1a over the characters of a name, lower case.</summary>
    internal static class Fnv
    {
        public const uint Offset = 2166136261;

        public static uint Add(uint hash, char c) => (hash ^ c) * 16777619;
    }

    private void CloseInScope(int hash, BuilderTraits boundaries)
    {
        if (bucketCounts[hash & (Buckets - 1)] == 0)
        {
            return;
        }

        var stop = Math.Max(0, Depth - SearchLimit);
        for (var i = Depth - 1; i >= stop; i--)
        {
            if (entries[i].Hash == hash)
            {
                PopTo(i);
                return;
            }

            if ((entries[i].Kind.Traits & boundaries) != 0)
            {
                return;
            }
        }
    }

    /// <summary><c>li</c>, <c>dd</c> and <c>dt</c> close the item before them, looking past anything but special elements.</summary>
    private void CloseListItem(BuilderTag id)
    {
        var stop = Math.Max(0, Depth - SearchLimit);
        for (var i = Depth - 1; i >= stop; i--)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Kind.Id == id)
            {
                PopTo(i);
                return;
            }

            if ((entry.Kind.Traits & (BuilderTraits.Special | BuilderTraits.ListItemTransparent)) == BuilderTraits.Special)
            {
                return;
            }
        }
    }

    /// <summary>A cell closes the open cell; a row closes the open cell and row (in table scope).</summary>
    private void CloseCellOrRow(BuilderTag id)
    {
        var stop = Math.Max(0, Depth - SearchLimit);
        for (var i = Depth - 1; i >= stop; i--)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Kind.Id == BuilderTag.Cell || (id == BuilderTag.Tr && entry.Kind.Id == BuilderTag.Tr))
            {
                PopTo(i);
                if (id == BuilderTag.Tr && Depth > 0 && Top.Kind.Id == BuilderTag.Tr)
                {
                    PopTo(Depth - 1);
                }

                return;
            }

            if (entry.Kind.Id is BuilderTag.Html || (entry.Kind.Traits & BuilderTraits.ScopeBoundary) != 0)
            {
                return;
            }
        }
    }

    private void CloseHeading()
    {
        var stop = Math.Max(0, Depth - SearchLimit);
        for (var i = Depth - 1; i >= stop; i--)
        {
            if (entries[i].Kind.Id == BuilderTag.Heading)
            {
                PopTo(i);
                return;
            }

            if ((entries[i].Kind.Traits & BuilderTraits.ScopeBoundary) != 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The adoption agency, approximated: a formatting element with no special element above it is popped with what is
    /// above it; one with a special element above it is moved, which leaves the depth as it was; either way it leaves the
    /// list of active formatting elements. One that is in the list but no longer open only leaves the list.
    /// </summary>
    private void CloseFormatting(int hash, TagKind kind)
    {
        if (bucketCounts[hash & (Buckets - 1)] > 0)
        {
            var passedSpecial = false;
            var stop = Math.Max(0, Depth - SearchLimit);
            for (var i = Depth - 1; i >= stop; i--)
            {
                if (entries[i].Hash == hash)
                {
                    if (!passedSpecial)
                    {
                        PopTo(i);
                    }

                    ForgetFormatting(kind.FormattingSlot);
                    return;
                }

                passedSpecial |= (entries[i].Kind.Traits & BuilderTraits.Special) != 0;
            }
        }

        ForgetFormatting(kind.FormattingSlot);
    }

    private void ForgetFormatting(int slot)
    {
        if (slot >= 0 && formattingCounts[slot] > 0)
        {
            formattingCounts[slot]--;
            ActiveFormatting--;
        }
    }

    /// <summary>
    /// Pops the elements from <paramref name="index"/> up. Formatting elements popped so stay in the list of active
    /// formatting elements (the builder rebuilds them), unless a marker element goes, which cuts the list back.
    /// </summary>
    private void PopTo(int index)
    {
        for (var i = Depth - 1; i >= index; i--)
        {
            ref readonly var entry = ref entries[i];
            bucketCounts[entry.Hash & (Buckets - 1)]--;
            switch (entry.Kind.Id)
            {
                case BuilderTag.Heading:
                    headingCount--;
                    break;
                case BuilderTag.Foreign:
                    ForeignDepth--;
                    break;
                case BuilderTag.Select:
                    SelectDepth--;
                    break;
            }

            if ((entry.Kind.Traits & BuilderTraits.Marker) != 0)
            {
                RestoreFormattingCounts();
            }
        }

        Depth = index;
    }

    private void SaveFormattingCounts()
    {
        var offset = markerDepth * HtmlTags.FormattingSlots;
        if (offset + HtmlTags.FormattingSlots > savedCounts.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(savedCounts.Length * 2);
            savedCounts.AsSpan().CopyTo(larger);
            ArrayPool<int>.Shared.Return(savedCounts);
            savedCounts = larger;
        }

        formattingCounts.AsSpan().CopyTo(savedCounts.AsSpan(offset));
        formattingCounts.AsSpan().Clear();
        ActiveFormatting = 0;
        markerDepth++;
    }

    private void RestoreFormattingCounts()
    {
        markerDepth--;
        savedCounts.AsSpan(markerDepth * HtmlTags.FormattingSlots, HtmlTags.FormattingSlots).CopyTo(formattingCounts);
        var total = 0;
        foreach (var count in formattingCounts)
        {
            total += count;
        }

        ActiveFormatting = total;
    }
}
