using System.Globalization;
using Herald.Errors;

namespace Herald.Tone.Evaluation;

/// <summary>One gold snippet: its id, the mean human rating (from -4 to 4 in the VADER sets) and its text.</summary>
public sealed record ToneGoldItem(string Id, double Rating, string Text);

/// <summary>Reads sentiment ground truth in the VADER data sets' layout: <c>id TAB rating TAB text</c> a line.</summary>
public static class ToneGold
{
    /// <summary>Reads every snippet of <paramref name="path"/>; blank lines are skipped.</summary>
    /// <exception cref="HeraldException">The file is missing or a line is not <c>id TAB rating TAB text</c>.</exception>
    public static IReadOnlyList<ToneGoldItem> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        var items = new List<ToneGoldItem>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var fields = line.Split('\t', 3);
            if (fields.Length < 3 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rating))
                throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, $"{path}:{number.ToString(CultureInfo.InvariantCulture)}", "expected 'id TAB rating TAB text', the layout of the VADER ground-truth files"));
            items.Add(new ToneGoldItem(fields[0], rating, fields[2].Trim()));
        }
        return items;
    }
}
