using System.Globalization;
using Herald.Events;

namespace Herald.Storage.Export;

/// <summary>
/// Events in the layout of GDELT 2.0's event table: 61 tab-separated columns, no header, one row per event
/// with its NumMentions, NumSources and NumArticles. Columns Herald does not produce (actor attributes,
/// Goldstein scale, geo feature ids, ADM codes, DATEADDED) are empty; countries are Herald's codes, not FIPS.
/// </summary>
public static class GdeltExport
{
    /// <summary>Writes the archive's events to <paramref name="writer"/>.</summary>
    public static void Write(IArchive archive, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(writer);
        long id = 0;
        foreach (var e in archive.EventTable())
        {
            var values = Row(++id, e);
            writer.Write(string.Join('\t', values.Select(v => Csv.Format(v).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '))));
            writer.Write('\n');
        }
    }

    // e: first_article, day, source_actor, target_actor, code, root_code, place, country, lat, lon, mentions, sources, articles, tone, url
    private static object?[] Row(long id, object?[] e)
    {
        var row = new object?[GdeltColumns.Names.Count];
        row[0] = id;
        if (e[1] is string day && DateTime.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            row[1] = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            row[2] = date.ToString("yyyyMM", CultureInfo.InvariantCulture);
            row[3] = date.Year;
            row[4] = Math.Round(date.Year + (date.DayOfYear - 1) / 365.0, 4);
        }
        row[5] = e[2];
        row[15] = e[3];
        var code = (string)e[4]!;
        row[26] = code;
        row[27] = code.Length > 3 ? code[..3] : code;
        row[28] = e[5];
        row[29] = QuadClass(e[5] as string);
        (row[31], row[32], row[33], row[34]) = (e[10], e[11], e[12], e[13]);
        var action = GdeltColumns.Names.ToList().IndexOf("ActionGeo_FullName");
        (row[action], row[action + 1], row[action + 4], row[action + 5]) = (e[6], e[7], e[8], e[9]);
        row[^1] = e[14];
        return row;
    }

    // CAMEO's four classes: verbal and material cooperation, verbal and material conflict.
    private static int? QuadClass(string? root) => int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r switch
    {
        >= 1 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 13 => 3,
        >= 14 and <= 20 => 4,
        _ => null,
    } : null;
}
