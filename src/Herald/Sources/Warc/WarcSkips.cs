using System.Globalization;

namespace Herald.Sources.Warc;

/// <summary>Counts the response and resource records of one WARC file that held no article, by reason, for one notice.</summary>
internal sealed class WarcSkips
{
    private readonly SortedDictionary<string, int> _reasons = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public void Add(string reason)
    {
        _reasons[reason] = _reasons.GetValueOrDefault(reason) + 1;
        Total++;
    }

    /// <summary>Such as <c>12 records skipped: 9 image/jpeg, 3 status 404</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Total} response or resource records without an article skipped: ")
        + string.Join(", ", _reasons.OrderByDescending(r => r.Value).Take(8).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value} {r.Key}")))
        + (_reasons.Count > 8 ? ", ..." : "");
}
