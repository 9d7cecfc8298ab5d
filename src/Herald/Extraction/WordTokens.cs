using System.Text.RegularExpressions;

namespace Herald.Extraction;

/// <summary>The <c>\w+</c> word tokens the extraction scores and metrics count.</summary>
internal static partial class WordTokens
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    /// <summary>The <c>\w+</c> runs of <paramref name="text"/>, in order, as written.</summary>
    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        foreach (var match in Word().EnumerateMatches(text))
            tokens.Add(text.Substring(match.Index, match.Length));
        return tokens;
    }

    /// <summary>The lower-cased <c>\w+</c> runs of <paramref name="text"/>, counted as a multiset.</summary>
    public static Dictionary<string, int> LowerCaseCounts(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Of(text.ToLowerInvariant()))
            counts[token] = counts.GetValueOrDefault(token) + 1;
        return counts;
    }

    /// <summary>How many <c>\w+</c> runs <paramref name="text"/> holds, and how many of them <paramref name="words"/> holds.</summary>
    public static (int Count, int Known) CountKnown(string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        int count = 0, known = 0;
        foreach (var match in Word().EnumerateMatches(text))
        {
            count++;
            if (words.Contains(text.AsSpan(match.Index, match.Length)))
                known++;
        }
        return (count, known);
    }

    /// <summary>How many <c>\w+</c> runs <paramref name="text"/> holds.</summary>
    public static int Count(string text) => Word().Count(text);
}
