using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Herald.Text.Tokenization;

/// <summary>Fast character classes for the tokenizer and the sentence splitter (ASCII table, Unicode fallback).</summary>
internal static class CharClass
{
    private const byte Space = 1;
    private const byte Letter = 2;
    private const byte Digit = 4;
    private const byte Upper = 8;
    private const byte Lower = 16;

    private static readonly byte[] Ascii = BuildAscii();

    /// <summary>Quotes and brackets that close a sentence-final stretch ("We may." / (...)).</summary>
    public static readonly SearchValues<char> Closers = SearchValues.Create(")]}\u201D\u2019\u00BB\u203A\"'");

    /// <summary>Quotes and brackets that may open a sentence.</summary>
    public static readonly SearchValues<char> Openers = SearchValues.Create("([{\u201C\u2018\u00AB\u2039\"'\u201E");

    /// <summary>Bullet characters that start a list item wherever they appear.</summary>
    public static readonly SearchValues<char> Bullets = SearchValues.Create("\u2022\u25E6\u25AA\u25AB\u2023\u2043\u25CF\u25CB\u25A0\u25A1\u25BA\u25B6\u2219\u27A2\u2713\u2714");

    /// <summary>Characters that mark a list item only at the start of a line, followed by a space.</summary>
    public static readonly SearchValues<char> LineBullets = SearchValues.Create("-*+\u2013\u2014>");

    /// <summary>Symbols whose runs form one token ("***", "====", "____", "$$$", "&lt;&lt;").</summary>
    public static readonly SearchValues<char> Repeatable = SearchValues.Create("*=_~<>+^|$#@&/\\");

    /// <summary>Dash characters (not the ASCII hyphen) that form their own tokens.</summary>
    public static readonly SearchValues<char> Dashes = SearchValues.Create("\u2012\u2013\u2014\u2015\u2212");

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        foreach (var c in " \t\n\v\f\r") table[c] = Space;
        for (var c = 'a'; c <= 'z'; c++) table[c] = Letter | Lower;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = Letter | Upper;
        for (var c = '0'; c <= '9'; c++) table[c] = Digit;
        return table;
    }

    /// <summary>Whitespace, plus invisible format characters (zero-width space, BOM, word joiner) that never belong to a token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c < 128 ? (Ascii[c] & Space) != 0 : char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060';

    /// <summary>A letter, digit or combining mark: the body of a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? (Ascii[c] & (Letter | Digit)) != 0 : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || c is '\u00AD' or '\u200C' or '\u200D';
    }

    /// <summary>A letter (any script).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Letter) != 0 : char.IsLetter(c);

    /// <summary>An ASCII digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>An upper-case or title-case letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 128 ? (Ascii[c] & Upper) != 0 : char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    /// <summary>A lower-case letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 128 ? (Ascii[c] & Lower) != 0 : char.IsLower(c);

    /// <summary>The straight or curly apostrophe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>A currency symbol ($, £, €, ¥, ...).</summary>
    public static bool IsCurrency(char c) =>
        c == '$' || (c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol);

    /// <summary>Line break characters (LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
