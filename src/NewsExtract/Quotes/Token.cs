using System.Buffers;
using System.Collections.Frozen;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// A word of a paragraph, with the punctuation around it noted. The word's string is made only when asked for:
/// most words are only looked up in word lists, which read them in place.
/// </summary>
/// <remarks>
/// A struct, kept inline in a <see cref="TokenList"/>: an article has hundreds of tokens, and as objects each cost an
/// allocation and a pointer to follow. Its lazily made strings and look-up caches are written in place, so a token
/// is read through a reference to its slot (<c>ref var token = ref tokens[k]</c>); a copy answers the same, only
/// without keeping what it worked out.
/// </remarks>
internal struct Token
{
    private static readonly FrozenSet<string> Abbreviations = PhraseList.Load("abbreviations").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Stands for words left out: it ends a clause, so nothing joins across it.</summary>
    private static readonly string GapWord = "_";

    private readonly string source;
    private readonly int wordStart;
    private readonly int wordLength;

    /// <summary>Whether the word has a capital: 0 not yet asked, 1 yes, 2 no. Worked out on demand: most words are never lowered.</summary>
    private byte upper;

    /// <summary>Small fields, so that a token fits one cache line (64 bytes).</summary>
    private sbyte cueLength;
    private readonly Mark marks;
    private string? word;
    private string? lower;

    /// <param name="source">The text the word is in.</param>
    /// <param name="wordStart">Offset of the word in <paramref name="source"/>.</param>
    /// <param name="wordLength">Length of the word, without surrounding punctuation.</param>
    /// <param name="start">Offset of the word in the paragraph.</param>
    /// <param name="end">Offset just past the word and any punctuation attached to it.</param>
    /// <param name="trailing">Punctuation attached after the word ("," in "Kabulov,"), or empty.</param>
    /// <param name="leading">Punctuation attached before the word ("“" in "“We"), or empty.</param>
    private Token(string source, int wordStart, int wordLength, int start, int end, string trailing, string leading)
    {
        this.source = source;
        this.wordStart = wordStart;
        this.wordLength = wordLength;
        Start = start;
        End = end;
        Trailing = trailing;
        Leading = leading;
        cueLength = -1;
        ClassCache = -1;

        // Worked out once here: the readers ask these of every token, often several times.
        marks = (char.IsUpper(source[wordStart]) ? Mark.Capitalized : Mark.None) | MarksAfter(trailing);
        foreach (var c in leading)
        {
            marks |= QuoteSpanScanner.IsDoubleMark(c) ? Mark.OpensQuote : Mark.None;
        }
    }

    /// <summary>What the punctuation after a word tells: one pass over its few characters, no search set built per call.</summary>
    private static Mark MarksAfter(string trailing)
    {
        var marks = Mark.None;
        foreach (var c in trailing)
        {
            marks |= c switch
            {
                ',' => Mark.EndsClause | Mark.Comma,
                '.' or '!' or '?' => Mark.EndsClause | Mark.EndsSentence,
                ';' or ':' or '—' or '–' => Mark.EndsClause,
                _ => Mark.None,
            };
        }

        return marks;
    }

    [Flags]
    private enum Mark : byte
    {
        None = 0,
        Capitalized = 1,
        EndsClause = 2,
        EndsSentence = 4,
        Comma = 8,
        OpensQuote = 16,
    }

    /// <summary>The word without surrounding punctuation.</summary>
    public string Word => word ??= source.Substring(wordStart, wordLength);

    /// <summary>The word, read in place.</summary>
    public readonly ReadOnlySpan<char> WordSpan => source.AsSpan(wordStart, wordLength);

    public string Lower => lower ??= HasUpper ? LowerCase(Word) : Word;

    /// <summary>The word in lower case, read in place when it has no capital.</summary>
    public ReadOnlySpan<char> LowerSpan => HasUpper ? Lower.AsSpan() : WordSpan;

    /// <summary>Whether the word has a capital letter, so that its lower-case form differs from it.</summary>
    public bool HasUpper
    {
        get
        {
            if (upper == 0)
            {
                upper = ContainsUpper(WordSpan) ? (byte)1 : (byte)2;
            }

            return upper == 1;
        }
    }

    /// <summary>Offset of the word in the paragraph.</summary>
    public int Start { get; }

    /// <summary>Offset just past the word and any punctuation attached to it.</summary>
    public int End { get; }

    /// <summary>Punctuation attached after the word ("," in "Kabulov,"), or empty.</summary>
    public string Trailing { get; }

    /// <summary>Punctuation attached before the word ("“" in "“We"), or empty.</summary>
    public string Leading { get; }

    /// <summary>
    /// The length of the cue starting here, once <see cref="Lexicon.CueLength"/> has worked it out (-1 before). Tokens
    /// live for one call of the finder, which reads them with one lexicon, so the answer cannot go stale.
    /// </summary>
    internal int CueLengthCache
    {
        readonly get => cueLength;
        set => cueLength = checked((sbyte)value);
    }

    /// <summary>The <see cref="WordClass"/> flags of the word once <see cref="Lexicon.Classes"/> has looked them up (-1 before; see <see cref="CueLengthCache"/>).</summary>
    internal int ClassCache { readonly get; set; }

    public readonly bool IsCapitalized => (marks & Mark.Capitalized) != 0;

    /// <summary>Whether a comma, semicolon, colon, dash or sentence end follows the word.</summary>
    public readonly bool EndsClause => (marks & Mark.EndsClause) != 0;

    /// <summary>Whether a full stop, question or exclamation mark follows the word.</summary>
    public readonly bool EndsSentence => (marks & Mark.EndsSentence) != 0;

    /// <summary>Whether a comma follows the word.</summary>
    public readonly bool HasComma => (marks & Mark.Comma) != 0;

    /// <summary>"Garrow’s", "parents’": a possessor, never a speaker itself.</summary>
    public readonly bool IsPossessive => wordLength > 2 && (EndsWithPossessive || Trailing.StartsWith('’') || Trailing.StartsWith('\''));

    /// <summary>Whether a quotation mark is attached before the word: the word opens a quoted stretch.</summary>
    public readonly bool OpensQuote => (marks & Mark.OpensQuote) != 0;

    /// <summary>The word without a possessive ending, read in place (see <see cref="Bare"/>).</summary>
    public readonly ReadOnlyMemory<char> BareMemory =>
        source.AsMemory(wordStart, EndsWithPossessive ? wordLength - 2 : wordLength);

    /// <summary>The word without a possessive ending ("Russia’s" → "Russia").</summary>
    public string Bare => EndsWithPossessive ? Word[..^2] : Word;

    /// <summary>Whether the word ends with "’s" or "'s".</summary>
    private readonly bool EndsWithPossessive => WordSpan.EndsWith("’s", StringComparison.Ordinal) || WordSpan.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>A gap token at a position: it ends a clause and joins nothing.</summary>
    public static Token GapAt(int position) => new(GapWord, 0, GapWord.Length, position, position, ".", string.Empty);

    /// <summary>This token with more punctuation after it.</summary>
    public readonly Token WithTrailing(string more, int end) => new(source, wordStart, wordLength, Start, end, Trailing + more, Leading);

    /// <summary>
    /// Splits text[start..end) into tokens at whitespace and at double quotation marks (which are never part of a
    /// word, unlike apostrophes), so that <c>said:"The</c> gives two words.
    /// </summary>
    public static TokenList Of(string text, int start, int end)
    {
        var tokens = TokenList.Rent((end - start) / 6);
        AddWords(tokens, text, start, end);
        return tokens;
    }

    /// <summary>Adds the tokens of text[start..end) to a list (see <see cref="Of"/>); start and end must fall on spaces or the text's ends.</summary>
    public static void AddRange(TokenList tokens, string text, int start, int end) => AddWords(tokens, text, start, end);

    /// <summary>Adds the tokens of text[start..end) to a list (see <see cref="Of"/>).</summary>
    private static void AddWords(TokenList tokens, string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var chunkStart = i;
            var marks = false;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                marks |= QuoteSpanScanner.IsDoubleMark(text[i]);
                i++;
            }

            if (!marks)
            {
                // Most chunks hold no double mark: the whole chunk is one piece.
                if (i > chunkStart)
                {
                    Add(tokens, text, chunkStart, chunkStart, i, i);
                }

                continue;
            }

            // Pieces of the chunk between double marks; the marks go to the piece after (leading) or before (trailing).
            var pieceStart = chunkStart;
            while (pieceStart < i)
            {
                var leadStart = pieceStart;
                while (pieceStart < i && QuoteSpanScanner.IsDoubleMark(text[pieceStart]))
                {
                    pieceStart++;
                }

                var pieceEnd = pieceStart;
                while (pieceEnd < i && !QuoteSpanScanner.IsDoubleMark(text[pieceEnd]))
                {
                    pieceEnd++;
                }

                var marksEnd = pieceEnd;
                while (marksEnd < i && QuoteSpanScanner.IsDoubleMark(text[marksEnd]) && (marksEnd + 1 >= i || !char.IsLetterOrDigit(text[marksEnd + 1])))
                {
                    marksEnd++;
                }

                Add(tokens, text, leadStart, pieceStart, pieceEnd, marksEnd);
                pieceStart = marksEnd;
            }
        }

    }

    /// <summary>"U.S.", "J.", "Gen.", "(D-Ore.)": a full stop that belongs to the word.</summary>
    internal static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        var body = word[..^1];
        return body.Contains('.') || (body.Length == 1 && char.IsUpper(body[0])) || AbbreviationLookup.Contains(body) || IsAbbreviatedDesignator(body);
    }

    /// <summary>"D-Ore", "R-Tenn": a party and an abbreviated state after a politician's name, which a full stop does not end.</summary>
    private static bool IsAbbreviatedDesignator(ReadOnlySpan<char> body) =>
        body.Length is >= 4 and <= 7 && body[1] == '-' && char.IsUpper(body[0]) && char.IsUpper(body[2]) && body[3..].IndexOfAnyExceptInRange('a', 'z') < 0;

    /// <summary>The word in lower case; words whose capitals are all ASCII ("Russia’s") are lowered here, without the culture machinery.</summary>
    private static string LowerCase(string word) => string.Create(word.Length, word, static (chars, source) => LowerInto(source, chars));

    /// <summary>Writes a word in lower case to <paramref name="destination"/>, as <see cref="Lower"/> gives it, without allocating.</summary>
    public static void LowerInto(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c > 0x7F && char.IsUpper(c))
            {
                word.ToLowerInvariant(destination);
                return;
            }

            destination[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
    }

    /// <summary>Whether a word has a capital letter.</summary>
    public static bool ContainsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c < 0x80 ? c is >= 'A' and <= 'Z' : char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Punctuation around a word as a string; the common single marks are shared, not allocated for every word.</summary>
    private static string Punctuation(ReadOnlySpan<char> marks) => marks.Length switch
    {
        0 => string.Empty,
        1 => marks[0] switch
        {
            ',' => ",",
            '.' => ".",
            ':' => ":",
            ';' => ";",
            '?' => "?",
            '!' => "!",
            ')' => ")",
            '(' => "(",
            '”' => "”",
            '“' => "“",
            '"' => "\"",
            '’' => "’",
            '‘' => "‘",
            _ => marks.ToString(),
        },
        _ => marks.ToString(),
    };

    private static void Add(TokenList tokens, string text, int leadStart, int wordStart, int wordEnd, int end)
    {
        var core = text.AsSpan(wordStart, wordEnd - wordStart);
        var lead = 0;
        while (lead < core.Length && !char.IsLetterOrDigit(core[lead]))
        {
            lead++;
        }

        var trail = core.Length;
        while (trail > lead && !char.IsLetterOrDigit(core[trail - 1]) && core[trail - 1] != '.')
        {
            trail--;
        }

        if (trail <= lead)
        {
            // Punctuation alone ("—", "…", "«"): it ends the word before.
            if (tokens.Count > 0 && core.Length > 0 && !QuoteSpanScanner.IsOpeningOnly(core[0]))
            {
                ref var last = ref tokens[^1];
                tokens[^1] = last.WithTrailing(text[wordStart..end], end);
            }

            return;
        }

        var word = core[lead..trail];
        var trailing = wordEnd == end ? Punctuation(core[trail..]) : string.Concat(core[trail..], text.AsSpan(wordEnd, end - wordEnd));
        var leading = leadStart == wordStart ? Punctuation(core[..lead]) : string.Concat(text.AsSpan(leadStart, wordStart - leadStart), core[..lead]);

        // A final full stop belongs to the word only when it is an abbreviation ("Gen.", "U.S."), kept for the name.
        if (word.EndsWith('.') && !IsAbbreviation(word))
        {
            trailing = trailing.Length == 0 ? "." : "." + trailing;
            word = word[..^1];
        }

        if (word.Length > 0)
        {
            tokens.Add(new Token(text, wordStart + lead, word.Length, wordStart + lead, end, trailing, leading));
        }
    }

    /// <summary>The words of <paramref name="length"/> tokens from <paramref name="index"/>, joined by single spaces.</summary>
    public static string JoinWords(TokenList tokens, int index, int length)
    {
        if (length == 1)
        {
            return tokens[index].Word;
        }

        var parts = new string[length];
        for (var k = 0; k < length; k++)
        {
            parts[k] = tokens[index + k].Word;
        }

        return string.Join(' ', parts);
    }
}
