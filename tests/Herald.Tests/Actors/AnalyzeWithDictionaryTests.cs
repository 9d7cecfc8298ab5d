using System.Text.Json;
using Herald.Tests.Support;

namespace Herald.Tests.Actors;

/// <summary><c>herald analyze --actors --agents</c>: a user's PETRARCH dictionaries added to Herald's, in a child process.</summary>
public sealed class AnalyzeWithDictionaryTests
{
    [Fact]
    public void A_user_dictionary_codes_names_herald_does_not_know_and_bad_entries_are_reported()
    {
        using var dir = new TempDir();
        var actors = dir.File("mine.actors.txt", "QUENDI_REALM [QND]\n+QUENDIAN\nBROKEN [QND 1999]\n");
        var agents = dir.File("mine.agents.txt", "LOREMASTER [~EDU]\n");
        var article = dir.File("story.txt", "Quendian loremasters met Russian diplomats in Geneva on Monday to discuss the archive.");

        var result = HeraldProcess.Run(["analyze", article, "--format", "json", "--published", "2020-03-02", "--actors", actors, "--agents", agents]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("mine.actors.txt:3", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        var codes = json.RootElement.GetProperty("actors").EnumerateArray().Select(a => $"{a.GetProperty("text").GetString()}={a.GetProperty("code").GetString()}").ToList();
        Assert.Contains("Quendian loremasters=QNDEDU", codes);
        Assert.Contains("Russian diplomats=RUSGOV", codes);
    }

    [Fact]
    public void A_missing_dictionary_is_a_clear_error()
    {
        using var dir = new TempDir();
        var article = dir.File("story.txt", "Talks went on.");
        var result = HeraldProcess.Run(["analyze", article, "--actors", dir.PathOf("none.actors.txt")]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("none.actors.txt", result.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(result);
    }
}
