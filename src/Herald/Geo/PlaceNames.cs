using System.Globalization;
using System.Text;

namespace Herald.Geo;

/// <summary>
/// The lookup form of a place name: Latin letters folded to ASCII without accents, lowercased, with hyphens as
/// spaces, dots and apostrophes dropped and single spaces between words ("Saint-Étienne" → "saint etienne").
/// </summary>
public static class PlaceNames
{
    /// <summary>The lookup form of <paramref name="name"/>; empty when nothing of it is a letter or digit.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '\u2019')
                continue;
            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2013' or ',' or '/')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(Special(char.ToLowerInvariant(c)));
        }
        return builder.ToString();
    }

    /// <summary>
    /// Whether an alternate name is worth a lookup entry: its folded form is Latin (ASCII letters, digits and
    /// spaces) and it is not a code (no digits, not an all-capital abbreviation of up to four letters).
    /// </summary>
    public static bool IsUsableAlternate(string name, string folded)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length < 2 || folded.Any(c => c is not (>= 'a' and <= 'z' or ' ')))
            return false;
        return !(name.Length <= 4 && name.All(char.IsUpper));
    }

    // The base letter of each of U+00C0 to U+017F (Latin-1 Supplement and Latin Extended-A), '_' where there is none
    // (Herald runs with invariant globalization, so string.Normalize cannot be relied on to split accents off).
    private const string LatinBases = "aaaaaa_ceeeeiiii_nooooo__uuuuy__aaaaaa_ceeeeiiii_nooooo__uuuuy_yaaaaaaccccccccdd__eeeeeeeeeegggggggghh__iiiiiiiii___jjkk_llllll____nnnnnn___oooooo__rrrrrrsssssssstttt__uuuuuuuuuuuuwwyyyzzzzzz_";

    private static string Special(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ı' => "i",
        'þ' => "th",
        'ð' => "d",
        >= '\u00C0' and <= '\u017F' when LatinBases[c - 0xC0] != '_' => LatinBases[c - 0xC0].ToString(),
        _ => c.ToString(),
    };
}
