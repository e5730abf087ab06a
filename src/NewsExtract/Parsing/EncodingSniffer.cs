using System.Text;
using System.Text.RegularExpressions;


namespace NewsExtract.Parsing;

/// <summary>
/// Chooses the text encoding of an HTML page's bytes: the declared charset (from HTTP), then a byte-order mark, then a
/// <c>&lt;meta charset&gt;</c> or http-equiv declaration in the first 4 KB, then statistical detection, then UTF-8.
/// Legacy code pages (windows-1251, shift_jis, gb2312, euc-kr, iso-8859-x) are supported.
/// </summary>
internal static partial class EncodingSniffer
{
    private const int PrescanBytes = 4096;

    static EncodingSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Detect(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (TryGet(declaredCharset) is { } declared)
        {
            return declared;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return utf16;
        }

        // Text beyond ASCII that is valid UTF-8 is UTF-8, whatever an old <meta> says: pages re-saved by tools keep
        // their original declaration, and legacy-encoded text almost never validates as UTF-8 by chance.
        if (!IsAscii(bytes) && IsValidUtf8(bytes))
        {
            return new UTF8Encoding(false);
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (match.Success && TryGet(match.Groups["charset"].Value) is { } fromMeta)
        {
            // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard's rule).
            return fromMeta is UnicodeEncoding ? new UTF8Encoding(false) : fromMeta;
        }

        if (IsValidUtf8(bytes))
        {
            return new UTF8Encoding(false);
        }

        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        return detected?.Encoding ?? new UTF8Encoding(false);
    }

    public static Encoding? TryGet(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "utf8" or "unicode-1-1-utf-8")
        {
            name = "utf-8";
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);

            // Browsers read latin1 and ascii labels as windows-1252, which pages written as "iso-8859-1" really use.
            return encoding.CodePage is 28591 or 20127 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Unknown, or known but not supported (UTF-7, found by the HTML fuzzer in a <meta charset>).
            return null;
        }
    }

    /// <summary>
    /// UTF-16 saved without a byte-order mark: Latin-script text then has a NUL in every other byte, on the odd bytes
    /// (little-endian) or the even ones (big-endian), which no 8-bit encoding of a page does.
    /// </summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, PrescanBytes) & ~1)];
        if (sample.Length < 16)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return oddNuls > pairs * 4 / 10 && evenNuls < pairs / 20 ? Encoding.Unicode
            : evenNuls > pairs * 4 / 10 && oddNuls < pairs / 20 ? Encoding.BigEndianUnicode
            : null;
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes);

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
