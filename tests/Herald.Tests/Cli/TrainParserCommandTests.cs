using System.Text.Json;
using Herald.Tests.Support;

namespace Herald.Tests.Cli;

/// <summary><c>herald train parser</c> as a user runs it, on a treebank small enough to train in seconds.</summary>
public sealed class TrainParserCommandTests
{
    private const string Treebank = """
        # text = Officials met in Paris.
        1	Officials	official	NOUN	NNS	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	in	in	ADP	IN	_	4	case	_	_
        4	Paris	Paris	PROPN	NNP	_	2	obl	_	_
        5	.	.	PUNCT	.	_	2	punct	_	_

        # text = The talks ended.
        1	The	the	DET	DT	_	2	det	_	_
        2	talks	talk	NOUN	NNS	_	3	nsubj	_	_
        3	ended	end	VERB	VBD	_	0	root	_	_
        4	.	.	PUNCT	.	_	3	punct	_	_


        """;

    [Fact]
    public void The_recorded_command_leaves_out_the_prepared_cache_which_does_not_change_the_model()
    {
        // meta.json gives the command that rebuilds the model; the cache only saves time, and a user rebuilding
        // the model has no such file, so a model trained with it must record the command without it
        using var dir = new TempDir();
        var treebank = Path.Combine(dir.Path, "tiny.conllu");
        File.WriteAllText(treebank, Treebank.Replace("\r\n", "\n", StringComparison.Ordinal));
        string[] common = ["train", "parser", "--train", treebank, "--scorer", "linear", "--iterations", "1", "--jackknife", "0", "--supertag-folds", "0"];

        var withCache = HeraldProcess.Run([.. common, "--prepared", Path.Combine(dir.Path, "prepared.bin"), "--out", Path.Combine(dir.Path, "a")]);
        var without = HeraldProcess.Run([.. common, "--out", Path.Combine(dir.Path, "b")]);

        Assert.True(withCache.ExitCode == 0, withCache.Stderr);
        Assert.True(without.ExitCode == 0, without.Stderr);
        var recorded = RecordedCommand(Path.Combine(dir.Path, "a"));
        var expected = RecordedCommand(Path.Combine(dir.Path, "b")).Replace(Path.Combine(dir.Path, "b"), Path.Combine(dir.Path, "a"), StringComparison.Ordinal);
        Assert.Equal(expected, recorded);
        Assert.DoesNotContain("--prepared", recorded, StringComparison.Ordinal);
        Assert.StartsWith("herald train parser --train ", recorded, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir.Path, "b", "parser.bin")), File.ReadAllBytes(Path.Combine(dir.Path, "a", "parser.bin")));
    }

    private static string RecordedCommand(string modelFolder)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(modelFolder, "meta.json")));
        return meta.RootElement.GetProperty("command").GetString()!;
    }
}
