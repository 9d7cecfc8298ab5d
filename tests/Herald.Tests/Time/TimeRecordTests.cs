using System.Text.Json;
using Herald.Tests.Support;

namespace Herald.Tests.Time;

/// <summary>Time expressions in the JSON record and the text summary of <c>herald analyze</c>.</summary>
public sealed class TimeRecordTests
{
    private const string Article = "Officials said on Tuesday that the leaders will meet next month.\n";

    [Fact]
    public void Json_record_has_text_span_type_value_and_reference()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["analyze", dir.File("a.txt", Article), "--format", "json", "--published", "2018-10-23"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var times = json.RootElement.GetProperty("times").EnumerateArray().ToList();
        Assert.Equal(["Tuesday", "next month"], times.Select(t => t.GetProperty("text").GetString()));
        var month = times[1];
        Assert.Equal("DATE", month.GetProperty("type").GetString());
        Assert.Equal("2018-11", month.GetProperty("value").GetString());
        Assert.Equal("2018-10-23", month.GetProperty("reference").GetString());
        Assert.Equal("next month", Article[month.GetProperty("start").GetInt32()..month.GetProperty("end").GetInt32()]);
        Assert.Contains("times", json.RootElement.GetProperty("layers").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public void Text_summary_lists_the_times_with_their_reference()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["analyze", dir.File("a.txt", Article), "--published", "2018-10-23"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("times (resolved against 2018-10-23)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("DATE     2018-11          next month", result.Stdout, StringComparison.Ordinal);
    }
}
