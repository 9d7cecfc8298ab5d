using System.Globalization;
using System.Text;

namespace Herald.Quotes.Evaluation;

/// <summary>One gold attribution: its content, cue and source, each a list of char spans (brat fragments).</summary>
public sealed record GoldAttribution(IReadOnlyList<(int Start, int End)> Content, IReadOnlyList<(int Start, int End)> Cue, IReadOnlyList<(int Start, int End)> Source);

/// <summary>
/// Reads PolNeAR's brat stand-off files: text-bound annotations (<c>T1	Content 120 211;215 230	...</c>) joined by
/// event lines (<c>E1	Attribution:T4 Content:T3 Cue:T2 Source:T1</c>). Brat counts offsets in Unicode code points;
/// they are turned into the UTF-16 offsets of .NET strings.
/// </summary>
public static class BratAttributions
{
    /// <summary>The attributions of <paramref name="annPath"/> over <paramref name="text"/>.</summary>
    /// <exception cref="InvalidDataException">A line is not valid brat; the message names the file and line.</exception>
    public static List<GoldAttribution> Read(string annPath, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var toUtf16 = CodePointOffsets(text);
        var spans = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        var number = 0;
        foreach (var line in File.ReadLines(annPath))
        {
            number++;
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 2)
                continue; // the covered text of a span that runs over a line break goes on here
            if (line[0] == 'T')
                spans[fields[0]] = Fragments(fields[1], toUtf16, annPath, number);
            else if (line[0] == 'E')
                events.Add(Roles(fields[1]));
        }
        var result = new List<GoldAttribution>();
        foreach (var roles in events)
        {
            if (!roles.TryGetValue("Content", out var content) || !spans.TryGetValue(content, out var contentSpans))
                continue;
            result.Add(new GoldAttribution(contentSpans, Lookup(roles, "Cue", spans), Lookup(roles, "Source", spans)));
        }
        return result;
    }

    private static List<(int, int)> Lookup(Dictionary<string, string> roles, string role, Dictionary<string, List<(int, int)>> spans) =>
        roles.TryGetValue(role, out var id) && spans.TryGetValue(id, out var found) ? found : [];

    // "Attribution:T4 Content:T3 Cue:T2 Source:T1" -> role -> annotation id (the first of each role)
    private static Dictionary<string, string> Roles(string field)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in field.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            var role = part[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            roles.TryAdd(role, part[(colon + 1)..]);
        }
        return roles;
    }

    // "Content 2103 2168;2170 2425" -> UTF-16 spans
    private static List<(int, int)> Fragments(string field, int[] toUtf16, string path, int line)
    {
        var space = field.IndexOf(' ', StringComparison.Ordinal);
        var result = new List<(int, int)>();
        if (space < 0)
            return result;
        foreach (var fragment in field[(space + 1)..].Split(';'))
        {
            var numbers = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (numbers.Length != 2 || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || start > end || end >= toUtf16.Length)
                throw new InvalidDataException($"{path}:{line}: bad span '{fragment}'");
            result.Add((toUtf16[start], toUtf16[end]));
        }
        return result;
    }

    // For each code point index, the UTF-16 index where it starts (plus one past the end).
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            offsets.Add(i);
            i += rune.Utf16SequenceLength;
        }
        offsets.Add(i);
        return [.. offsets];
    }
}
