using Herald.Errors;
using Herald.Tests.Support;
using Herald.Tone;

namespace Herald.Tests.Tone;

/// <summary>Compiling the VADER lexicon and loading it with the news vocabulary.</summary>
public sealed class ToneLexiconTests
{
    [Fact]
    public void The_compiler_keeps_words_lowercased_and_sorted_and_drops_emoticons()
    {
        using var dir = new TempDir();
        dir.File("vader_lexicon.txt", ":-)\t2.0\t0.5\t[2, 2]\nWorse\t-2.1\t0.3\t[-2, -2]\n(:o\t1.5\t1.0\t[1, 2]\nbetter\t1.9\t0.7\t[2, 2]\ncover-up\t-1.2\t0.9\t[-1, -1]\n");
        var lines = ToneLexiconCompiler.Compile(dir.Path).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["better\t1.9", "cover-up\t-1.2", "worse\t-2.1"], lines);
    }

    [Fact]
    public void The_compile_command_writes_the_lexicon_and_says_how_many_words()
    {
        using var dir = new TempDir();
        dir.File("vader/vader_lexicon.txt", "good\t1.9\t0.9\t[2, 2]\n:(\t-1.9\t0.7\t[-2, -2]\n");
        var output = dir.PathOf("out/tone.tsv");
        var result = HeraldProcess.Run(["compile", "tone", "--vader", dir.PathOf("vader"), "--out", output]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("wrote 1 words", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("good\t1.9", File.ReadLines(output).Last());
    }

    [Fact]
    public void A_later_file_overrides_an_earlier_one_and_lookups_ignore_case()
    {
        using var dir = new TempDir();
        var general = dir.File("tone.tsv", "# general\nparty\t1.7\nwar\t-2.9\n");
        var news = dir.File("tone-news.tsv", "# news\nparty\t0.0\n");
        var lexicon = ToneLexicon.Load(general, news);
        Assert.Equal(2, lexicon.Count);
        Assert.True(lexicon.TryGet("Party", out var party));
        Assert.Equal(0f, party);
        Assert.True(lexicon.TryGet("WAR", out var war));
        Assert.Equal(-2.9f, war);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_file_and_line()
    {
        using var dir = new TempDir();
        var path = dir.File("bad.tsv", "good\t1.9\nbad line\n");
        var error = Assert.Throws<HeraldException>(() => ToneLexicon.Load(path));
        Assert.Contains("bad.tsv:2", error.Error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_committed_lexicon_is_what_the_compiler_makes_of_the_vader_lexicon()
    {
        var vader = SharedData.PathTo("tone/vader");
        Skip.IfNot(Directory.Exists(vader), "../shared/data/tone/vader is absent");
        var committed = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "data", "lexicons", "tone.tsv"));
        Assert.Equal(ToneLexiconCompiler.Compile(vader), committed);
    }
}
