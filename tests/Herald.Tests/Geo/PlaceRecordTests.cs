using System.Text.Json;
using Herald.Tests.Support;

namespace Herald.Tests.Geo;

/// <summary>Places in the JSON record and the text summary of <c>herald analyze</c>.</summary>
public sealed class PlaceRecordTests
{
    private const string Article = "Georgian officers of the Tbilisi Police Department trained in Rustavi before flying to Paris, Texas, on Monday.\n";

    [Fact]
    public void Json_record_gives_each_place_its_mentions_names_inside_names_and_nationalities()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["analyze", dir.File("a.txt", Article), "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var places = json.RootElement.GetProperty("places").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(4717560, places["Paris"].GetProperty("geonamesId").GetInt64());
        Assert.Equal(["Georgian"], Spans(places["Georgia"], "demonyms"));
        Assert.Equal(["Tbilisi"], Spans(places["Tbilisi"], "withinNames"));
    }

    [Fact]
    public void Text_summary_lists_the_places_with_their_ids_and_how_the_text_names_them()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["analyze", dir.File("a.txt", Article)]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("   places\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Paris  geonames 4717560  USA  33.661, -95.556  named ×1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Georgia  geonames 614540  GEO", result.Stdout, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Spans(JsonElement place, string property) =>
        place.GetProperty(property).EnumerateArray().Select(s => Article[s[0].GetInt32()..s[1].GetInt32()]);
}
