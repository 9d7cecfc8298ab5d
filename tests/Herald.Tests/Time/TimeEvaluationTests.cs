using System.Text.Json;
using Herald.Analysis;
using Herald.Tests.Support;
using Herald.Time;
using Herald.Time.Evaluation;

namespace Herald.Tests.Time;

/// <summary>The TimeML reader, the TempEval-3 figures and <c>herald eval time</c>.</summary>
public sealed class TimeEvaluationTests
{
    // Gold: "Tuesday" (found, right value), "next month" (found as "next month", gold extent "month": relaxed only,
    // wrong value), "2016" (missed). Found but not gold: nothing else in the text is a time.
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>test</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2018-10-23" functionInDocument="CREATION_TIME">2018-10-23</TIMEX3></DCT>
        <TEXT>
        Officials <EVENT eid="e1">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2018-10-23">Tuesday</TIMEX3> they meet next <TIMEX3 tid="t2" type="DATE" value="2018-12">month</TIMEX3>. The vote in two-oh-one-six was <TIMEX3 tid="t3" type="DATE" value="2016">long ago</TIMEX3> &amp; gone.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_strips_tags_keeps_spans_and_takes_the_creation_date()
    {
        using var dir = new TempDir();
        var document = TimeMlReader.Read(dir.File("a.tml", Tml));
        Assert.Equal(new DateTimeOffset(2018, 10, 23, 0, 0, 0, TimeSpan.Zero), document.Created);
        Assert.Equal(3, document.Times.Count);
        Assert.Equal(["Tuesday", "month", "long ago"], document.Times.Select(t => document.Text[t.Start..t.End]));
        Assert.Contains("& gone", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_count_strict_and_relaxed_extents_and_values()
    {
        using var dir = new TempDir();
        dir.File("a.tml", Tml);
        var scores = TimeEvaluator.Evaluate(TimeMlReader.ReadDirectory(dir.Path), HeraldEngine.CreateDefault(TimeStage.Default.Name).Pipeline);
        Assert.Equal((3, 2, 1, 2, 2, 1), (scores.Gold, scores.System, scores.StrictMatches, scores.RelaxedMatches, scores.TypeCorrect, scores.ValueCorrect));
        Assert.Equal(0.5, scores.StrictPrecision, 6);
        Assert.Equal(1.0, scores.RelaxedPrecision, 6);
        Assert.Equal(0.8, scores.RelaxedF1, 6);
        Assert.Equal(0.5, scores.ValueAccuracy, 6);
        Assert.Equal(0.4, scores.ValueF1, 6);
    }

    [Fact]
    public void Eval_time_prints_json_figures()
    {
        using var dir = new TempDir();
        dir.File("a.tml", Tml);
        var result = HeraldProcess.Run(["eval", "time", "--gold", dir.Path, "--json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var scores = json.RootElement.GetProperty("scores");
        Assert.Equal(3, scores.GetProperty("gold").GetInt32());
        Assert.Equal(0.8, scores.GetProperty("relaxedF1").GetDouble(), 6);
    }

    [Fact]
    public void Eval_time_on_a_broken_file_names_it_without_a_stack_trace()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.tml", "<TimeML><TEXT>unclosed");
        var result = HeraldProcess.Run(["eval", "time", "--gold", dir.Path]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("H119", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(bad, result.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(result);
    }
}
