namespace Herald.Events;

/// <summary>The 61 column names of GDELT 2.0's event table, in order, as its codebook gives them.</summary>
public static class GdeltColumns
{
    /// <summary>The names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        .. Actor("Actor1"), .. Actor("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. Geo("Actor1Geo"), .. Geo("Actor2Geo"), .. Geo("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    private static IEnumerable<string> Actor(string prefix) =>
        new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }.Select(s => prefix + s);

    private static IEnumerable<string> Geo(string prefix) =>
        new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" }.Select(s => prefix + "_" + s);
}
