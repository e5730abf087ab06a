using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsExtract.Parsing;

/// <summary>
/// Where a tag ends as the tokenizer reads it: at the first '&gt;' outside a quoted attribute value, a quote opening
/// a value only after '=' (spaces allowed between). Tags are short and most attributes are quoted, so a search call
/// per quote costs more than the characters it passes over: 16 characters are compared at a time for '&gt;' and the
/// quotes (or, inside a value, for its closing quote), and the marks found are read in order. The same holds for
/// the search for the next tag's '&lt;' (<see cref="NextOpen"/>): the gaps between tags are short.
/// </summary>
internal static class TagEnd
{
    private static readonly Vector256<ushort> Close = Vector256.Create((ushort)'>');
    private static readonly Vector256<ushort> DoubleQuote = Vector256.Create((ushort)'"');
    private static readonly Vector256<ushort> SingleQuote = Vector256.Create((ushort)'\'');

    /// <summary>The index of the '&gt;' that ends the tag whose attributes start at <paramref name="from"/>, or -1 when the text ends first.</summary>
    /// <param name="text">The page.</param>
    /// <param name="from">Past the tag's name (the character before it is read as what precedes a first quote).</param>
    public static int Find(ReadOnlySpan<char> text, int from)
    {
        var quote = '\0';
        var i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var chunk = Vector256.LoadUnsafe(ref first, (nuint)i);
                var marks = Marks(chunk, quote);
                while (marks != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(marks);
                    var c = text[at];
                    if (quote != '\0')
                    {
                        // Inside a value only its closing quote is marked.
                        quote = '\0';
                    }
                    else if (c == '>')
                    {
                        return at;
                    }
                    else if (OpensValue(text, at))
                    {
                        quote = c;
                    }
                    else
                    {
                        marks &= marks - 1;
                        continue;
                    }

                    // In or out of a value now: the rest of the chunk is marked again for what ends that.
                    marks = Marks(chunk, quote) & ~((2u << (at - i)) - 1);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '>')
            {
                return i;
            }
            else if (c is '"' or '\'' && OpensValue(text, i))
            {
                quote = c;
            }
        }

        return -1;
    }

    private static readonly Vector256<ushort> Open = Vector256.Create((ushort)'<');

    /// <summary>
    /// The index of the next '&lt;' from <paramref name="from"/>, or -1. An inlined loop: <c>IndexOf</c>'s setup per
    /// call costs more than the few characters between two tags.
    /// </summary>
    public static int NextOpen(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var marks = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), Open).ExtractMostSignificantBits();
                if (marks != 0)
                {
                    return i + BitOperations.TrailingZeroCount(marks);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (text[i] == '<')
            {
                return i;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Marks(Vector256<ushort> chunk, char quote) => quote == '\0'
        ? (Vector256.Equals(chunk, Close) | Vector256.Equals(chunk, DoubleQuote) | Vector256.Equals(chunk, SingleQuote)).ExtractMostSignificantBits()
        : Vector256.Equals(chunk, Vector256.Create((ushort)quote)).ExtractMostSignificantBits();

    /// <summary>Whether the quote at <paramref name="quote"/> follows an '=' (a quoted value), not a name or unquoted value.</summary>
    private static bool OpensValue(ReadOnlySpan<char> text, int quote)
    {
        var before = quote - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            before--;
        }

        return before >= 0 && text[before] == '=';
    }
}
