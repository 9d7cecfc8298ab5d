using System.Text.Json;
using Herald.Tests.Support;
using Herald.Tone.Evaluation;

namespace Herald.Tests.Tone;

/// <summary><c>herald eval tone</c> and the figures behind it.</summary>
public sealed class EvalToneTests
{
    private const string Gold = "1\t2.5\tThe rescue was a wonderful success.\r\n2\t-3.0\tThe attack killed dozens of people.\r\n3\t0.1\tThe committee meets on Tuesday.\r\n4\t-1.8\tCritics called the plan a failure.\r\n";

    [Fact]
    public void Pearson_is_one_for_a_linear_relation_and_minus_one_for_a_falling_one()
    {
        Assert.Equal(1, ToneEvaluator.Pearson([(1, 2), (2, 4), (3, 6)]), 9);
        Assert.Equal(-1, ToneEvaluator.Pearson([(1, 3), (2, 2), (3, 1)]), 9);
        Assert.Equal(0, ToneEvaluator.Pearson([(1, 1), (2, 1)]));
    }

    [Fact]
    public void Macro_f1_averages_the_three_classes()
    {
        var scores = ToneEvaluator.Score([(2.0, 0.8), (-2.0, -0.8), (0.0, 0.0), (2.0, 0.0)]);
        Assert.Equal(2.0 / 3, scores.PositiveF1, 9);
        Assert.Equal(1, scores.NegativeF1, 9);
        Assert.Equal(2.0 / 3, scores.NeutralF1, 9);
        Assert.Equal((2.0 / 3 + 1 + 2.0 / 3) / 3, scores.MacroF1, 9);
    }

    [Fact]
    public void The_command_prints_the_figures_as_json()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["eval", "tone", "--gold", dir.File("gold.txt", Gold), "--json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(4, json.RootElement.GetProperty("items").GetInt32());
        Assert.True(json.RootElement.GetProperty("pearson").GetDouble() > 0.5);
    }

    [Fact]
    public void A_malformed_gold_line_names_the_file_and_line_without_a_stack_trace()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["eval", "tone", "--gold", dir.File("gold.txt", "1\tpositive\tGreat.\n")]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("gold.txt:1", result.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(result);
    }
}
