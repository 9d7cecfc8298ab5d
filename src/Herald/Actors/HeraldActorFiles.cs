using System.Globalization;

namespace Herald.Actors;

/// <summary>
/// Reads Herald's own dictionary files (see docs/actors.md). Actors, one code per line:
/// <c>names TAB code TAB from TAB to [TAB note]</c>, where names are '|'-separated (the first names the entry and
/// lines with the same first name make one entry), dates are ISO 8601 days, inclusive, and '-' leaves an end open.
/// Agents: <c>phrases TAB code [TAB note]</c>; each phrase also matches its regular plural. '#' starts a comment line.
/// </summary>
internal static class HeraldActorFiles
{
    public static void ReadActors(TextReader reader, string name, ActorDictionaryBuilder builder)
    {
        var entries = new Dictionary<string, (List<string> Names, List<DatedCode> Codes)>(StringComparer.OrdinalIgnoreCase);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, fields) in Lines(reader))
        {
            var where = $"{name}:{number.ToString(CultureInfo.InvariantCulture)}";
            if (fields.Length < 4 || !TryDate(fields[2], out var from) || !TryDate(fields[3], out var to) || !IsCode(fields[1]))
            {
                builder.Warn(where, "expected 'names TAB CODE TAB from TAB to' with dates as yyyy-mm-dd or '-'");
                continue;
            }
            var names = fields[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0)
                continue;
            var key = names[0];
            if (!entries.TryGetValue(key, out var entry))
                entries[key] = entry = ([], []);
            entry.Codes.Add(new DatedCode(fields[1], from, to));
            foreach (var form in names)
            {
                if (owners.TryGetValue(form, out var owner) && !owner.Equals(key, StringComparison.OrdinalIgnoreCase))
                    builder.Warn(where, $"'{form}' already names '{owner}'");
                else if (owners.TryAdd(form, key))
                    entry.Names.Add(form);
            }
        }
        foreach (var (key, (names, codes)) in entries)
        {
            var actor = new ActorEntry(key, codes);
            foreach (var form in names)
                builder.AddActor(form, actor);
        }
    }

    public static void ReadAgents(TextReader reader, string name, ActorDictionaryBuilder builder)
    {
        foreach (var (number, fields) in Lines(reader))
        {
            if (fields.Length < 2 || !IsCode(fields[1]))
            {
                builder.Warn($"{name}:{number.ToString(CultureInfo.InvariantCulture)}", "expected 'phrases TAB CODE'");
                continue;
            }
            var agent = new AgentEntry(fields[1], IsPrefix: false);
            foreach (var phrase in fields[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                builder.AddAgent(phrase, agent);
                builder.AddAgent(EnglishPlural.Of(phrase), agent);
            }
        }
    }

    private static IEnumerable<(int Number, string[] Fields)> Lines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
                yield return (number, line.Split('\t', StringSplitOptions.TrimEntries));
        }
    }

    private static bool IsCode(string code) => code.Length >= 3 && code.All(c => c is (>= 'A' and <= 'Z') or '-');

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text == "-")
            return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return false;
        date = day;
        return true;
    }
}
