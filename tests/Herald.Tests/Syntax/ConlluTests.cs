using Herald.Errors;
using Herald.Syntax.Conllu;
using Herald.Tests.Support;

namespace Herald.Tests.Syntax;

public sealed class ConlluTests
{
    private const string Sample =
        "# newdoc id = d1\n" +
        "# sent_id = s1\n" +
        "# text = It hasn't, Bob.\n" +
        "1\tIt\tit\tPRON\tPRP\tCase=Nom\t3\tnsubj\t3:nsubj\t_\n" +
        "2-3\thasn't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
        "2\thas\thave\tAUX\tVBZ\t_\t0\troot\t0:root\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t2:advmod\t_\n" +
        "3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t2:orphan\t_\n" +
        "4\t,\t,\tPUNCT\t,\t_\t5\tpunct\t5:punct\t_\n" +
        "5\tBob\tBob\tPROPN\tNNP\t_\t2\tvocative\t2:vocative\tSpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_\n" +
        "\n" +
        "# sent_id = s2\n" +
        "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_\n" +
        "\n";

    private static List<ConlluSentence> Parse(string text) => [.. ConlluReader.Read(new StringReader(text), "sample.conllu")];

    [Fact]
    public void Reads_words_multiword_tokens_and_comments()
    {
        var sentences = Parse(Sample);
        Assert.Equal(2, sentences.Count);
        var first = sentences[0];
        Assert.Equal("s1", first.SentenceId);
        Assert.Equal("It hasn't, Bob.", first.Text);
        Assert.True(first.StartsDocument);
        Assert.False(sentences[1].StartsDocument);
        Assert.Equal(["It", "has", "n't", ",", "Bob", "."], first.Words.Select(w => w.Form));
        Assert.Equal("have", first.Words[1].Lemma);
        Assert.Equal("VBZ", first.Words[1].Xpos);
        Assert.Equal(0, first.Words[1].Head);
        var multiword = Assert.Single(first.Multiwords);
        Assert.Equal((2, 3, "hasn't"), (multiword.First, multiword.Last, multiword.Form));
        Assert.Equal(4, sentences[1].Line - 9);
    }

    [Fact]
    public void Rebuilds_the_raw_text_from_surface_tokens_and_spacing()
    {
        var first = Parse(Sample)[0];
        Assert.Equal(["It", "hasn't", ",", "Bob", "."], first.SurfaceTokens().Select(t => t.Form));
        Assert.Equal(first.Text, first.RebuildText());
    }

    [Fact]
    public void Writes_what_it_read()
    {
        var writer = new StringWriter();
        foreach (var sentence in Parse(Sample))
            ConlluWriter.Write(writer, sentence);
        var expected = string.Join('\n', Sample.Split('\n').Where(l => !l.StartsWith("3.1", StringComparison.Ordinal)));
        Assert.Equal(expected, writer.ToString());
    }

    [Fact]
    public void Malformed_line_names_the_file_and_line()
    {
        var error = Assert.Throws<HeraldException>(() => Parse("# text = x\n1\tx\tx\n\n"));
        Assert.Equal("H114", error.Error.Kind.Code);
        Assert.Equal("sample.conllu:2", error.Error.Input);
    }

    [SkippableTheory]
    [InlineData("ud/en_ewt-ud-dev.conllu.gz", 2001, 25147)]
    [InlineData("ud/en_gum-ud-dev.conllu.gz", 925, 16184)]
    public void Reads_the_ud_dev_treebanks_whole(string treebank, int sentences, int words)
    {
        var read = ConlluReader.ReadFile(SharedData.Require(treebank)).ToList();
        Assert.Equal(sentences, read.Count);
        Assert.Equal(words, read.Sum(s => s.Words.Count));
        Assert.All(read, s => Assert.Equal(s.Text, s.RebuildText()));
    }
}
