using System.Buffers;
using System.Text;
using Herald.Errors;
using UtfUnknown;

namespace Herald.Sources;

/// <summary>How to turn a file's bytes into text: the encoding, the byte-order mark to skip, and why.</summary>
/// <param name="Encoding">The encoding to decode with.</param>
/// <param name="BomLength">How many bytes of byte-order mark to skip.</param>
/// <param name="Reason">Why this encoding, for diagnostics: <c>BOM</c>, <c>declared</c>, <c>valid UTF-8</c>, <c>detected</c>, <c>fallback</c>.</param>
internal sealed record DecodePlan(Encoding Encoding, int BomLength, string Reason)
{
    /// <summary>Whether the plan decodes UTF-8 (the only encoding whose invalid bytes are counted and reported).</summary>
    public bool IsUtf8 => Encoding.CodePage == 65001;
}

/// <summary>Either a <see cref="DecodePlan"/> or the error that stops the input.</summary>
internal readonly record struct PlanResult(DecodePlan? Plan, ErrorKind? Error, string? Detail)
{
    public static PlanResult Of(Encoding encoding, int bomLength, string reason) => new(new DecodePlan(encoding, bomLength, reason), null, null);

    public static PlanResult Fail(ErrorKind error, string detail) => new(null, error, detail);
}

/// <summary>
/// Chooses how to decode text and HTML bytes by looking at the first <see cref="SniffBytes"/> bytes only:
/// byte-order mark; UTF-16 without one; binary data; the declared charset (HTML); valid UTF-8; UTF-8 with a few
/// bad bytes; a detected legacy encoding; Windows-1252 for mostly-ASCII text.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How many bytes are looked at to choose the encoding.</summary>
    public const int SniffBytes = 64 * 1024;

    /// <summary>How far into an HTML file a declared charset is looked for.</summary>
    public const int DeclaredCharsetBytes = 2048;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Single-byte Latin-script code pages accepted from the detector for mostly-ASCII text. Others (Baltic
    // ISO-8859-4, Mac, IBM, Cyrillic...) are what the detector guesses wrongly on short Western texts.
    private static readonly HashSet<string> LatinCodePages = new(StringComparer.OrdinalIgnoreCase)
    {
        "windows-1250", "windows-1252", "windows-1254", "windows-1257",
        "iso-8859-2", "iso-8859-9", "iso-8859-13", "iso-8859-15", "iso-8859-16",
    };

    static TextDecoder()
    {
        // Before any code page is looked up; field initialisers would run before this body.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    /// <summary>Windows-1252, the fallback for mostly-ASCII text that is not UTF-8.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>Chooses how to decode bytes whose first bytes are <paramref name="head"/>.</summary>
    /// <param name="head">The first bytes, at most <see cref="SniffBytes"/>.</param>
    /// <param name="isComplete">Whether <paramref name="head"/> is the whole input.</param>
    /// <param name="isHtml">Whether to honour a charset declared in the HTML.</param>
    /// <param name="transportCharset">A charset the transport declared (an HTTP Content-Type), which wins over the page's own.</param>
    public static PlanResult Plan(ReadOnlySpan<byte> head, bool isComplete, bool isHtml, string? transportCharset = null)
    {
        if (head.IsEmpty)
        {
            return PlanResult.Fail(ErrorCatalog.Empty, "the file is empty");
        }

        var (bomEncoding, bomLength, bomName) = DetectBom(head);
        if (bomEncoding is not null)
        {
            if (head.Length == bomLength && isComplete)
            {
                return PlanResult.Fail(ErrorCatalog.Empty, "the file holds only a byte-order mark");
            }

            return PlanResult.Of(bomEncoding, bomLength, $"{bomName} byte-order mark");
        }

        var utf16 = DetectUtf16WithoutBom(head);
        if (utf16 is not null)
        {
            return PlanResult.Of(utf16, 0, "UTF-16 without byte-order mark");
        }

        var binary = DescribeBinary(head);
        if (binary is not null)
        {
            return PlanResult.Fail(ErrorCatalog.Binary, binary);
        }

        var stats = Utf8Stats.Scan(head, isComplete);
        var declared = transportCharset ?? (isHtml ? FindDeclaredCharset(head[..Math.Min(head.Length, DeclaredCharsetBytes)]) : null);
        var encoding = declared is null ? null : EncodingForLabel(declared);
        // A UTF-8 label on bytes with invalid sequences and not one valid multi-byte one is wrong: the bytes are
        // legacy text, which the detection below finds.
        var wrongUtf8 = encoding?.CodePage == 65001 && stats.Invalid > 0 && stats.MultiByte == 0;
        if (encoding is not null && !wrongUtf8)
        {
            if (encoding.CodePage == 65001)
            {
                return PlanResult.Of(Utf8, 0, $"declared charset {declared}");
            }

            // A page re-saved as UTF-8 often keeps its old Latin-1 declaration. Bytes that are valid UTF-8
            // with multi-byte sequences are almost never legacy text, so the bytes win over the label.
            if (encoding.IsSingleByte && stats.Invalid == 0 && stats.MultiByte > 0)
            {
                return PlanResult.Of(Utf8, 0, $"valid UTF-8 (declared charset {declared} ignored)");
            }

            return PlanResult.Of(encoding, 0, $"declared charset {declared}");
        }

        if (stats.Invalid == 0)
        {
            return PlanResult.Of(Utf8, 0, "valid UTF-8");
        }

        // UTF-8 with a few bad bytes: valid multi-byte sequences clearly outnumber invalid ones (legacy
        // single-byte text almost never forms a valid multi-byte sequence); or all the bad sequences look like
        // damaged UTF-8 rather than legacy characters, and they are rare.
        if (stats.MultiByte >= stats.Invalid * 2L || (stats.LegacyLike == 0 && stats.Invalid * 50L <= head.Length))
        {
            return PlanResult.Of(Utf8, 0, "UTF-8 with invalid bytes");
        }

        var mostlyAscii = stats.HighBytes * 100L <= head.Length * 30L;
        var detected = Detect(head, mostlyAscii);
        if (detected is not null)
        {
            return PlanResult.Of(detected, 0, $"detected {detected.WebName}");
        }

        if (mostlyAscii)
        {
            return PlanResult.Of(Windows1252, 0, "fallback windows-1252");
        }

        return PlanResult.Fail(
            ErrorCatalog.Undecodable,
            $"not UTF-8 ({stats.Invalid} invalid sequences, the first at byte offset {stats.FirstInvalidOffset}) and no other encoding fits");
    }

    /// <summary>The encoding a byte-order mark announces, its length, and its name; or nulls.</summary>
    public static (Encoding? Encoding, int Length, string Name) DetectBom(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8, 3, "UTF-8");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4, "UTF-32 LE");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4, "UTF-32 BE");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2, "UTF-16 LE");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2, "UTF-16 BE");
        }

        return (null, 0, "");
    }

    /// <summary>UTF-16 without a byte-order mark: many NUL bytes alternating with ASCII bytes.</summary>
    internal static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var pairs = Math.Min(head.Length, 4096) / 2;
        if (pairs < 2)
        {
            return null;
        }

        int asciiThenNul = 0, nulThenAscii = 0, bothNul = 0;
        for (var i = 0; i < pairs; i++)
        {
            byte a = head[2 * i], b = head[(2 * i) + 1];
            if (a == 0 && b == 0)
            {
                bothNul++;
            }
            else if (b == 0 && a < 0x80)
            {
                asciiThenNul++;
            }
            else if (a == 0 && b < 0x80)
            {
                nulThenAscii++;
            }
        }

        if (bothNul * 100 > pairs)
        {
            return null;
        }

        if (asciiThenNul * 10 >= pairs * 4 && nulThenAscii * 20 <= pairs)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (nulThenAscii * 10 >= pairs * 4 && asciiThenNul * 20 <= pairs)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        return null;
    }

    /// <summary>What binary data the bytes look like (<c>looks like a PNG image</c>), or null when they look like text.</summary>
    public static string? DescribeBinary(ReadOnlySpan<byte> head)
    {
        var magic = DescribeMagic(head);
        if (magic is not null)
        {
            return $"looks like {magic}";
        }

        var nul = head.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"contains NUL bytes (the first at byte offset {nul})";
        }

        var controls = 0;
        foreach (var b in head)
        {
            // Tab, LF, VT, FF, CR and ESC (terminal colours) occur in text.
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1B)) || b == 0x7F)
            {
                controls++;
            }
        }

        if (controls > 0 && controls * 100L > head.Length * 5L)
        {
            return $"mostly control characters ({controls} of the first {head.Length} bytes)";
        }

        return null;
    }

    /// <summary>A description of known binary formats by their first bytes, or null.</summary>
    public static string? DescribeMagic(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return "a PNG image";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "a JPEG image";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "a GIF image";
        }

        if (head.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 3, 4]) || head.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 5, 6]))
        {
            return "a ZIP archive (or an Office document)";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "gzip-compressed data (name the file .gz to read it)";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']))
        {
            return "an ELF executable";
        }

        if (head.StartsWith("BZh"u8) && head.Length > 3 && head[3] is >= (byte)'1' and <= (byte)'9')
        {
            return "bzip2-compressed data";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00]))
        {
            return "xz-compressed data";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]))
        {
            return "zstd-compressed data";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]))
        {
            return "a 7-Zip archive";
        }

        if (head.StartsWith("Rar!"u8))
        {
            return "a RAR archive";
        }

        if (head.StartsWith("SQLite format 3\0"u8))
        {
            return "a SQLite database";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "an old Microsoft Office document";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return "a WebP image";
        }

        return null;
    }

    /// <summary>The charset a <c>&lt;meta&gt;</c> tag or XML declaration names, or null.</summary>
    internal static string? FindDeclaredCharset(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps each byte to one char, so positions match and ASCII markup reads as is.
        var text = Encoding.Latin1.GetString(head);
        var xml = text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) ? AttributeValue(text, 0, text.IndexOf("?>", StringComparison.Ordinal), "encoding") : null;
        var at = 0;
        while ((at = text.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var close = text.IndexOf('>', at);
            if (close < 0)
            {
                close = text.Length;
            }

            // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x"> both hold "charset=".
            var value = AttributeValue(text, at, close, "charset");
            if (value is not null)
            {
                return value;
            }

            at = close;
        }

        return xml;
    }

    private static string? AttributeValue(string text, int from, int to, string name)
    {
        if (to < 0)
        {
            to = text.Length;
        }

        var at = from;
        while (true)
        {
            var i = text.IndexOf(name, at, to - at, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return null;
            }

            var j = i + name.Length;
            while (j < to && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j < to && text[j] == '=')
            {
                j++;
                while (j < to && (char.IsWhiteSpace(text[j]) || text[j] is '"' or '\''))
                {
                    j++;
                }

                var start = j;
                while (j < to && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '-' or '_' or ':' or '.'))
                {
                    j++;
                }

                return j > start ? text[start..j] : null;
            }

            at = j;
        }
    }

    /// <summary>The encoding for a charset label as HTML reads it, or null when unknown.</summary>
    internal static Encoding? EncodingForLabel(string label)
    {
        var l = label.Trim().ToLowerInvariant();
        switch (l)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
            // A meta tag cannot be read in UTF-16 bytes; HTML treats such a declaration as UTF-8.
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2":
                return Utf8;
            // HTML reads these labels as Windows-1252, which adds the printable C1 range (smart quotes, euro).
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" or "windows-1252" or "cp819" or "ibm819":
                return Windows1252;
            case "x-user-defined":
                return null;
        }

        try
        {
            return Encoding.GetEncoding(l, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Asks UTF.Unknown, and accepts its answer only when it is plausible.</summary>
    private static Encoding? Detect(ReadOnlySpan<byte> head, bool mostlyAscii)
    {
        var detail = CharsetDetector.DetectFromBytes(head).Detected;
        if (detail is null || string.IsNullOrEmpty(detail.EncodingName))
        {
            return null;
        }

        // UTF-16 and UTF-32 without a byte-order mark and without NUL bytes (CJK text, say).
        if (detail.Encoding is { } unicode && unicode.WebName.StartsWith("utf-", StringComparison.OrdinalIgnoreCase))
        {
            return detail.Confidence > 0.5f && unicode.CodePage != 65001 ? unicode : null;
        }

        var encoding = EncodingForLabel(detail.EncodingName);
        if (encoding is null)
        {
            return null;
        }

        var name = encoding.WebName;
        if (mostlyAscii)
        {
            // On short Western texts the detector often picks an exotic code page; it adds nothing over the
            // Windows-1252 fallback unless it is a Latin code page it is fairly sure of.
            return detail.Confidence >= 0.6f && LatinCodePages.Contains(name) ? encoding : null;
        }

        // 0.5 is the detector's own Windows-1252 guess when nothing fits.
        return detail.Confidence > 0.5f ? encoding : null;
    }
}

/// <summary>What a UTF-8 scan of some bytes found.</summary>
/// <param name="Invalid">Invalid sequences (each would become one U+FFFD).</param>
/// <param name="FirstInvalidOffset">Where the first one starts, or -1.</param>
/// <param name="MultiByte">Valid multi-byte sequences.</param>
/// <param name="HighBytes">Bytes above 0x7F.</param>
/// <param name="LegacyLike">
/// Invalid sequences that look like a legacy single-byte character (a stray 0x80-0xBF such as Windows-1252
/// smart quotes, or a lone lead byte other than 0xC2/0xC3 such as an <c>é</c>) rather than damaged UTF-8 (a
/// lone 0xC2/0xC3, the leads of Latin-1 letters in UTF-8, or a multi-byte sequence cut short).
/// </param>
internal readonly record struct Utf8Stats(int Invalid, long FirstInvalidOffset, int MultiByte, int HighBytes, int LegacyLike)
{
    /// <summary>Scans <paramref name="bytes"/>; an incomplete sequence at the end counts as invalid only if <paramref name="isFinal"/>.</summary>
    public static Utf8Stats Scan(ReadOnlySpan<byte> bytes, bool isFinal)
    {
        int invalid = 0, multi = 0, high = 0, legacy = 0;
        long first = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            var skip = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            consumed = Math.Max(consumed, 1);
            if (status == OperationStatus.Done)
            {
                multi++;
                high += consumed;
            }
            else if (status == OperationStatus.NeedMoreData && !isFinal)
            {
                break;
            }
            else
            {
                invalid++;
                high += consumed;
                if (consumed == 1 && bytes[i] is not (0xC2 or 0xC3))
                {
                    legacy++;
                }

                if (first < 0)
                {
                    first = i;
                }
            }

            i += consumed;
        }

        return new Utf8Stats(invalid, first, multi, high, legacy);
    }
}
