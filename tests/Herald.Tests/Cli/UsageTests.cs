using Herald.Tests.Support;

namespace Herald.Tests.Cli;

/// <summary>Exit codes, help and version, as docs/cli.md documents them.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("analyze --help")]
    [InlineData("bench --help")]
    public void Help_is_there_for_every_command(string commandLine)
    {
        var result = HeraldProcess.Run(commandLine.Split(' '));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = HeraldProcess.Run(["--version"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze x.txt --format xml")]
    [InlineData("analyze x.txt --published yesterday-ish")]
    [InlineData("analyze x.txt --parallel 0")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2_with_a_message_and_no_stack_trace(string commandLine)
    {
        var result = HeraldProcess.Run(commandLine.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("herald:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public void Bench_names_the_stages_when_until_is_wrong()
    {
        var result = HeraldProcess.Run(["bench", Path.Combine(SharedData.RepoRoot, "samples", "harbour-accord.txt"), "--until", "nope"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tokenizer, sentences, tagger", result.Stderr, StringComparison.Ordinal);
    }
}
