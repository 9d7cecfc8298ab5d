using System.Globalization;

namespace Herald.Storage.Export;

/// <summary>CSV as RFC 4180 has it: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.</summary>
public static class Csv
{
    /// <summary>Writes one record of <paramref name="values"/>.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<object?> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        var first = true;
        foreach (var value in values)
        {
            if (!first)
                writer.Write(',');
            first = false;
            var text = Format(value);
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                writer.Write("\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            else
                writer.Write(text);
        }
        writer.Write("\r\n");
    }

    /// <summary>A value as text: numbers in invariant culture (round-trip for doubles), null as empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
