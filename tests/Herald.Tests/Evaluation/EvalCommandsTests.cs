using System.Text.Json;
using Herald.Tests.Support;

namespace Herald.Tests.Evaluation;

/// <summary><c>herald eval conllu</c> and <c>herald eval segment</c> end to end, in a child process.</summary>
public sealed class EvalCommandsTests
{
    private const string Gold =
        "# newdoc id = d1\n" +
        "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n" +
        "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "1\tWell\twell\tINTJ\tUH\t_\t3\tdiscourse\t_\tSpaceAfter=No\n" +
        "2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No\n" +
        "3\tknown\tknow\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" +
        "\n";

    // The same text; "He" tagged NOUN, "left" attached to "He".
    private const string System =
        "1\tHe\the\tNOUN\tPRP\t_\t0\troot\t_\t_\n" +
        "2\tleft\tleave\tVERB\tVBD\t_\t1\tacl\t_\tSpaceAfter=No\n" +
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "1\tWell\twell\tINTJ\tUH\t_\t3\tdiscourse\t_\tSpaceAfter=No\n" +
        "2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No\n" +
        "3\tknown\tknow\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" +
        "\n";

    [Fact]
    public void Conllu_prints_the_shared_task_table()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["eval", "conllu", "--gold", dir.File("g.conllu", Gold), "--system", dir.File("s.conllu", System)]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("UPOS       |       7 |       7 |       6 |     85.71 |   85.71 |   85.71", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tokens     |       7 |       7 |       7 |    100.00", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Conllu_json_has_every_metric()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["eval", "conllu", "--gold", dir.File("g.conllu", Gold), "--system", dir.File("s.conllu", System), "--json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(["Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(6, root.GetProperty("UPOS").GetProperty("correct").GetInt32());
        Assert.Equal(5, root.GetProperty("UAS").GetProperty("correct").GetInt32()); // "He" and "left" have wrong heads
        Assert.Equal(1.0, root.GetProperty("XPOS").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void Segment_scores_herald_on_the_raw_text_and_lists_disagreements()
    {
        using var dir = new TempDir();
        var gold = dir.File("g.conllu", Gold);
        var result = HeraldProcess.Run(["eval", "segment", "--gold", gold, "--json", "--errors", "3"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var file = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(gold, file.GetProperty("gold").GetString());
        Assert.Equal(1.0, file.GetProperty("scores").GetProperty("Tokens").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, file.GetProperty("scores").GetProperty("Sentences").GetProperty("f1").GetDouble());
        Assert.Equal(0, file.GetProperty("errors").GetArrayLength());

        var text = HeraldProcess.Run(["eval", "segment", "--gold", gold]);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Sentences  |       2 |       2 |       2 |    100.00", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_message_and_exit_1()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["eval", "conllu", "--gold", dir.PathOf("none.conllu"), "--system", dir.File("s.conllu", System)]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("H100", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("none.conllu", result.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(result);

        var segment = HeraldProcess.Run(["eval", "segment", "--gold", dir.PathOf("none.conllu")]);
        Assert.Equal(1, segment.ExitCode);
        Assert.Contains("H100", segment.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(segment);
    }

    [Fact]
    public void Malformed_or_mismatched_conllu_is_a_message_and_exit_1()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.conllu", "1\tHe\the\n\n");
        var result = HeraldProcess.Run(["eval", "conllu", "--gold", dir.File("g.conllu", Gold), "--system", bad]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("H114", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("bad.conllu:1", result.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(result);

        var other = dir.File("other.conllu", System.Replace("known", "knows", StringComparison.Ordinal));
        var mismatch = HeraldProcess.Run(["eval", "conllu", "--gold", dir.File("g2.conllu", Gold), "--system", other]);
        Assert.Equal(1, mismatch.ExitCode);
        Assert.Contains("differs from the gold text", mismatch.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(mismatch);
    }
}
