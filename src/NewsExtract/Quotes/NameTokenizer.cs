using System.Buffers;

namespace NewsExtract.Quotes;

/// <summary>
/// Reads the tokens of a paragraph that can only name a speaker: its capitalised words and the word before each, so
/// that a paragraph read for names alone costs a scan for capitals, not a full tokenisation.
/// </summary>
internal static class NameTokenizer
{
    /// <summary>Every character that cannot begin a capitalised word: ASCII but for the capitals (any other character may be a capital).</summary>
    private static readonly SearchValues<char> NoCapital = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'A' or > 'Z')));

    /// <summary>
    /// The capitalised words of text that may begin or continue a name, and the word before each, for reading names
    /// only; a gap token stands for the words left out, so that words on either side of it are never neighbours.
    /// </summary>
    /// <remarks>
    /// Read as a window over the chunks (runs of non-space): a chunk is kept when it or the next is capitalised;
    /// "The", "But", "In" count as capitalised only before another capitalised word. For a run of capitalised chunks
    /// that means: the chunk before it when the run has two chunks or does not open with a function word, every chunk
    /// but the last, and the last unless it is a function word. Only the runs are read chunk by chunk; the stretches
    /// between them are skipped with a vectorised search for a character that may be a capital.
    /// </remarks>
    public static TokenList Read(string text, Lexicon lexicon)
    {
        var tokens = TokenList.Rent(16);
        var names = new NameWriter(tokens, text);
        var position = 0;
        while (NextCapitalChunk(text, position, out var current))
        {
            var next = ChunkAfter(text, current.End);
            if (next.Capital || !IsFunctionWord(text, current, lexicon))
            {
                var before = ChunkBefore(text, current.Start);
                if (before.End > before.Start)
                {
                    names.Keep(before);
                }
            }

            while (next.Capital)
            {
                names.Keep(current);
                current = next;
                next = ChunkAfter(text, current.End);
            }

            if (!IsFunctionWord(text, current, lexicon))
            {
                names.Keep(current);
            }

            position = current.End;
        }

        return tokens;
    }

    /// <summary>The first capitalised chunk at or after <paramref name="position"/>, which starts a chunk or stands between two.</summary>
    private static bool NextCapitalChunk(string text, int position, out Chunk chunk)
    {
        var i = position;
        while (i < text.Length)
        {
            var found = text.AsSpan(i).IndexOfAnyExcept(NoCapital);
            if (found < 0)
            {
                break;
            }

            var at = i + found;
            if (char.IsWhiteSpace(text[at]))
            {
                i = at + 1;
                continue;
            }

            // Every character from i to here is no capital, so no chunk before this one is capitalised.
            var start = at;
            while (start > i && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            chunk = ChunkAt(text, start);
            if (chunk.Capital)
            {
                return true;
            }

            i = chunk.End;
        }

        chunk = default;
        return false;
    }

    /// <summary>The chunk after offset <paramref name="end"/>, or an empty one at the end of the text.</summary>
    private static Chunk ChunkAfter(string text, int end)
    {
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return ChunkAt(text, end);
    }

    /// <summary>The chunk before offset <paramref name="start"/>, or an empty one at the start of the text.</summary>
    private static Chunk ChunkBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return default;
        }

        var begin = end;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1]))
        {
            begin--;
        }

        return ChunkAt(text, begin);
    }

    /// <summary>The chunk starting at <paramref name="start"/>, and whether its first letter or digit is a capital.</summary>
    private static Chunk ChunkAt(string text, int start)
    {
        var i = start;
        var letter = -1;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            letter = letter < 0 && char.IsLetterOrDigit(text[i]) ? i : letter;
            i++;
        }

        return new Chunk(start, i, letter >= 0 && char.IsUpper(text[letter]));
    }

    private static bool IsFunctionWord(string text, Chunk chunk, Lexicon lexicon) =>
        lexicon.IsFunctionWord(Core(text, chunk.Start, chunk.End));

    /// <summary>Adds the kept chunks' words in order, with a gap token wherever a chunk was left out or gave no word.</summary>
    private struct NameWriter(TokenList tokens, string text)
    {
        private int keptEnd;
        private bool gap;

        public void Keep(Chunk chunk)
        {
            // Any chunk between the last one kept and this one was left out.
            for (var i = keptEnd; i < chunk.Start && !gap; i++)
            {
                gap = !char.IsWhiteSpace(text[i]);
            }

            if (gap && tokens.Count > 0)
            {
                tokens.Add(Token.GapAt(tokens[^1].End));
            }

            var before = tokens.Count;
            Token.AddRange(tokens, text, chunk.Start, chunk.End);
            gap = tokens.Count == before;
            keptEnd = chunk.End;
        }
    }

    /// <summary>The letters of a chunk without the punctuation around it.</summary>
    private static ReadOnlySpan<char> Core(string text, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>A run of non-space characters, and whether its first letter or digit is a capital.</summary>
    private readonly record struct Chunk(int Start, int End, bool Capital);
}
