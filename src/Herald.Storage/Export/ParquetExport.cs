using Herald.Storage.Schema;
using Parquet;
using Parquet.Schema;

namespace Herald.Storage.Export;

/// <summary>One archive table as a Parquet file: int64, double and UTF-8 string columns, all nullable, as in the archive.</summary>
public static class ParquetExport
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 50_000;

    /// <summary>The Parquet schema of <paramref name="table"/>'s exported columns.</summary>
    public static ParquetSchema SchemaOf(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new ParquetSchema(table.Columns.Where(c => c.Exported).Select(c => (Field)(c.Type switch
        {
            ColumnType.Integer => new DataField<long?>(c.Name),
            ColumnType.Real => new DataField<double?>(c.Name),
            _ => new DataField<string>(c.Name, true),
        })));
    }

    /// <summary>Writes <paramref name="rows"/> (values in the exported columns' order) to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Table table, IEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var schema = SchemaOf(table);
        var fields = schema.GetDataFields();
        var columns = table.Columns.Where(c => c.Exported).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        var group = new List<object?[]>(RowGroupSize);
        foreach (var row in rows)
        {
            group.Add(row);
            if (group.Count == RowGroupSize)
            {
                await WriteGroupAsync(writer, fields, columns, group).ConfigureAwait(false);
                group.Clear();
            }
        }
        if (group.Count > 0)
            await WriteGroupAsync(writer, fields, columns, group).ConfigureAwait(false);
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, DataField[] fields, Column[] columns, List<object?[]> rows)
    {
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var index = c;
            switch (columns[c].Type)
            {
                case ColumnType.Integer:
                    await group.WriteAsync<long>(fields[c], rows.Select(r => r[index] is { } v ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : (long?)null).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.Real:
                    await group.WriteAsync<double>(fields[c], rows.Select(r => r[index] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : (double?)null).ToArray()).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(fields[c], rows.Select(r => r[index] as string).ToArray()!).ConfigureAwait(false);
                    break;
            }
        }
    }
}
