using Herald.Errors;

namespace Herald.Events;

/// <summary>
/// Reads a PETRARCH discard list (<c>PETR.Validate.discards.txt</c>): one phrase a line, words separated by spaces or
/// '_', an optional leading '+' (PETRARCH's mark for a phrase that discards the whole story), '#' comments. A sentence
/// that holds one of the phrases (sports results, storms) is not coded; see <see cref="EventLexicon.Discards"/>.
/// </summary>
public static class PetrarchDiscards
{
    /// <summary>The phrases of <paramref name="path"/>, each as lower-case words.</summary>
    /// <exception cref="HeraldException">The file is missing.</exception>
    public static IReadOnlyList<string[]> Load(string path)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        var phrases = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            var words = PetrarchVerbDictionary.StripComment(line).Split(';')[0].TrimStart().TrimStart('+')
                .ToLowerInvariant().Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
                phrases.Add(words);
        }
        return phrases;
    }
}
