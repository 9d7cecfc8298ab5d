using Herald.Entities.Lexicons;
using Herald.Errors;

namespace Herald.Events;

/// <summary>
/// Maps CAMEO codes to PLOVER event types with their mode and context, from the compiled
/// <c>data/lexicons/cameo-plover.tsv</c> (<c>code TAB event TAB mode TAB context</c>), which
/// <see cref="Compile"/> makes from the PLOVER project's CAMEO2PLOVER table (CC BY-SA 4.0, Open Event Data Alliance).
/// A code without its own row takes the row of its nearest parent ("0211" takes "021", then "02").
/// </summary>
public sealed class PloverMapping
{
    /// <summary>The path of the compiled mapping under the data folder.</summary>
    public const string RelativePath = "lexicons/cameo-plover.tsv";

    private static readonly Lazy<PloverMapping> s_default = new(() => Load(DataLocator.Find(RelativePath)));

    private readonly Dictionary<string, PloverEvent> _rows;

    private PloverMapping(Dictionary<string, PloverEvent> rows) => _rows = rows;

    /// <summary>The mapping found by <see cref="DataLocator"/>, loaded once.</summary>
    public static PloverMapping Default => s_default.Value;

    /// <summary>The PLOVER event of a CAMEO code, or null when neither it nor a parent is mapped.</summary>
    public PloverEvent? Map(string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (_rows.TryGetValue(code[..length], out var found))
                return found;
        }
        return null;
    }

    /// <summary>Loads a compiled mapping.</summary>
    public static PloverMapping Load(string path)
    {
        var rows = new Dictionary<string, PloverEvent>(StringComparer.Ordinal);
        foreach (var (fields, _) in TabLines.Read(path, 4, "'code TAB event TAB mode TAB context'"))
            rows[fields[0]] = new PloverEvent(fields[1], fields[2], fields[3]);
        return new PloverMapping(rows);
    }

    /// <summary>Compiles the lines of the mapping, header first, from a CAMEO2PLOVER table (<c>CODE: EVENT, MODE, CONTEXT # note</c>).</summary>
    public static IReadOnlyList<string> Compile(string tablePath)
    {
        if (!File.Exists(tablePath))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, tablePath));
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(tablePath))
        {
            var line = raw.Split('#', 2)[0];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 2 || !line[..colon].Trim().All(char.IsAsciiDigit))
                continue;
            var fields = line[(colon + 1)..].Split(',').Select(f => f.Trim()).ToArray();
            if (fields[0].Length == 0)
                continue;
            rows[line[..colon].Trim()] = $"{line[..colon].Trim()}\t{fields[0]}\t{(fields.Length > 1 ? fields[1] : "")}\t{(fields.Length > 2 ? string.Join("; ", fields[2..].Where(f => f.Length > 0)) : "")}";
        }
        return
        [
            "# Herald CAMEO -> PLOVER mapping: code <TAB> PLOVER event <TAB> mode <TAB> context. Compiled by 'herald compile cameo'",
            "# from CAMEO2PLOVER (PLOVER draft 0.8, 2021-09-17), (c) Open Event Data Alliance, CC BY-SA 4.0; this file is CC BY-SA 4.0.",
            .. rows.Values,
        ];
    }
}

/// <summary>A PLOVER event type with its mode and context (either may be empty).</summary>
public sealed record PloverEvent(string Event, string Mode, string Context);
