using System.Globalization;

namespace Herald.Extraction.Evaluation;

/// <summary>
/// Metadata accuracy against gold values. Title: equal after collapsing whitespace and writing typographic
/// quotes and dashes as their ASCII forms (the gold titles are typed with straight quotes; case kept). Author: after
/// lower-casing and reducing each name to its letters and digits separated by single spaces, the gold author
/// string contains every predicted name, or the predicted names joined by ", " contain the gold string.
/// Date: the predicted publication date, as written on the page (its own offset), falls on the gold day.
/// </summary>
public static class MetadataMatch
{
    /// <summary>Whether the predicted title is the gold title.</summary>
    public static bool Title(string? predicted, string gold) =>
        predicted is not null && Plain(predicted) == Plain(gold);

    private static string Plain(string title)
    {
        var chars = TextCleaning.Collapse(title).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    /// <summary>Whether the predicted authors match the gold author string.</summary>
    public static bool Author(IReadOnlyList<string> predicted, string gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        var names = predicted.Select(Words).Where(n => n.Length > 0).ToList();
        if (names.Count == 0)
            return false;
        var goldWords = Words(gold);
        return names.All(n => Contains(goldWords, n)) || Contains(Words(string.Join(", ", predicted)), goldWords);
    }

    /// <summary>Whether <paramref name="predicted"/> falls on the gold day (<c>yyyy-MM-dd</c>, or a longer ISO date).</summary>
    public static bool Date(DateTimeOffset? predicted, string gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return predicted is { } date && gold.Length >= 10
            && string.Equals(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), gold[..10], StringComparison.Ordinal);
    }

    private static bool Contains(string text, string words) => $" {text} ".Contains($" {words} ", StringComparison.Ordinal);

    private static string Words(string text) =>
        string.Join(' ', WordTokens.Of(text.ToLowerInvariant()).Where(t => t != "_"));
}
