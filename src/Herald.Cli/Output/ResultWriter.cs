using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Herald.Storage;
using Herald.Storage.Export;

namespace Herald.Cli.Output;

/// <summary>Prints a query's answer: an aligned table for people, or JSON, JSON Lines or CSV for programs.</summary>
internal static class ResultWriter
{
    public static readonly string[] Formats = ["table", "json", "jsonl", "csv"];
    private const int Widest = 60;

    public static void Write(QueryResult result, string format, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                writer.WriteLine(Json(result, indented: true));
                break;
            case "jsonl":
                foreach (var row in result.Rows)
                    writer.WriteLine(Json(new QueryResult(result.Columns, [row]), indented: false).Trim('[', ']'));
                break;
            case "csv":
                Csv.WriteRow(writer, result.Columns);
                foreach (var row in result.Rows)
                    Csv.WriteRow(writer, row);
                break;
            default:
                Table(result, writer);
                break;
        }
    }

    private static void Table(QueryResult result, TextWriter writer)
    {
        var cells = result.Rows.Select(r => r.Select(Cell).ToArray()).ToList();
        var widths = result.Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Line(result.Columns, widths, result.Rows.FirstOrDefault()));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        for (var r = 0; r < cells.Count; r++)
            writer.WriteLine(Line(cells[r], widths, result.Rows[r]));
        if (cells.Count == 0)
            writer.WriteLine("(nothing found)");
    }

    // Numbers align right, text left; the last column is not padded.
    private static string Line(IReadOnlyList<string> cells, int[] widths, object?[]? sample)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                line.Append("  ");
            var numeric = sample is not null && sample[i] is long or int or double;
            line.Append(numeric ? cells[i].PadLeft(widths[i]) : i == cells.Count - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }
        return line.ToString();
    }

    private static string Cell(object? value)
    {
        var text = value is double d ? d.ToString("0.###", CultureInfo.InvariantCulture) : Csv.Format(value);
        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= Widest ? text : text[..(Widest - 1)] + "…";
    }

    private static string Json(QueryResult result, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in result.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < row.Length; i++)
                {
                    json.WritePropertyName(result.Columns[i]);
                    switch (row[i])
                    {
                        case null: json.WriteNullValue(); break;
                        case long l: json.WriteNumberValue(l); break;
                        case int n: json.WriteNumberValue(n); break;
                        case double d: json.WriteNumberValue(d); break;
                        case decimal m: json.WriteNumberValue(m); break;
                        default: json.WriteStringValue(Csv.Format(row[i])); break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
