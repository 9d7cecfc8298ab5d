using System.Globalization;
using System.Text;
using Herald.Errors;

namespace Herald.Events;

/// <summary>
/// Compiles the CAMEO code table from a CSV with <c>code</c>, <c>name</c> and <c>goldstein</c> columns (such as
/// the <c>cameo-codes.csv</c> of the icews package) into the compact TSV <see cref="CameoTable"/> reads. Only the
/// codes, short labels and scores are kept; descriptions and examples are not.
/// </summary>
public static class CameoTableCompiler
{
    /// <summary>The compiled lines, header first, in code order.</summary>
    public static IReadOnlyList<string> Compile(string csvPath)
    {
        if (!File.Exists(csvPath))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, csvPath));
        using var reader = new StreamReader(csvPath);
        var header = reader.ReadLine() is { } first ? SplitCsv(first) : [];
        int code = header.IndexOf("code"), name = header.IndexOf("name"), goldstein = header.IndexOf("goldstein");
        if (code < 0 || name < 0 || goldstein < 0)
            throw Bad(csvPath, 1, "the header needs the columns code, name and goldstein");
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
                continue;
            var fields = SplitCsv(line);
            if (fields.Count <= Math.Max(code, Math.Max(name, goldstein)) || fields[code].Length < 2 || !fields[code].All(char.IsAsciiDigit)
                || !double.TryParse(fields[goldstein], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
                throw Bad(csvPath, number, "expected a numeric CAMEO code and a Goldstein score");
            rows[fields[code]] = $"{fields[code]}\t{score.ToString(CultureInfo.InvariantCulture)}\t{Label(fields[name])}";
        }
        return
        [
            "# Herald CAMEO table: code <TAB> Goldstein score <TAB> short label. Compiled by 'herald compile cameo'",
            "# from the CAMEO code list (Schrodt et al.; via the icews package's cameo-codes.csv). Codes, labels and scores only.",
            .. rows.Values,
        ];
    }

    // Root names are written in capitals in the source ("MAKE PUBLIC STATEMENT"); labels read as sentences.
    private static string Label(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Any(char.IsLower) ? trimmed : string.Concat(trimmed[..1], trimmed[1..].ToLowerInvariant());
    }

    /// <summary>Splits one CSV line: comma-separated fields, double quotes around fields that hold commas, "" for a quote.</summary>
    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static HeraldException Bad(string path, int line, string message) =>
        new(new HeraldError(ErrorCatalog.MalformedEventData, $"{path}:{line}", message));
}
