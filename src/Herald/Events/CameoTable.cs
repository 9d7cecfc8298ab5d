using System.Globalization;
using Herald.Entities.Lexicons;

namespace Herald.Events;

/// <summary>
/// The CAMEO event codes with their labels and Goldstein scores, from the compiled <c>data/lexicons/cameo.tsv</c>
/// (<c>code TAB goldstein TAB label</c>; see <see cref="CameoTableCompiler"/>). Immutable; shared by all threads.
/// </summary>
public sealed class CameoTable
{
    /// <summary>The path of the compiled table under the data folder.</summary>
    public const string RelativePath = "lexicons/cameo.tsv";

    private static readonly Lazy<CameoTable> s_default = new(() => Load(DataLocator.Find(RelativePath)));

    private readonly Dictionary<string, CameoCode> _codes;

    private CameoTable(Dictionary<string, CameoCode> codes) => _codes = codes;

    /// <summary>The table found by <see cref="DataLocator"/>, loaded once.</summary>
    public static CameoTable Default => s_default.Value;

    /// <summary>The number of codes.</summary>
    public int Count => _codes.Count;

    /// <summary>Every code, in code order.</summary>
    public IEnumerable<CameoCode> Codes => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>The entry for <paramref name="code"/>, or null when the table does not hold it.</summary>
    public CameoCode? Find(string code) => _codes.GetValueOrDefault(code);

    /// <summary>Whether <paramref name="code"/> is in the table.</summary>
    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>Loads a compiled table.</summary>
    /// <exception cref="Herald.Errors.HeraldException">The file is missing or a line is malformed.</exception>
    public static CameoTable Load(string path)
    {
        const string expected = "'code TAB goldstein TAB label'";
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var (fields, number) in TabLines.Read(path, 3, expected))
        {
            if (fields[0].Length < 2 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein))
                throw TabLines.Malformed(path, number, expected);
            codes[fields[0]] = new CameoCode(fields[0], fields[2], goldstein);
        }
        return new CameoTable(codes);
    }
}
