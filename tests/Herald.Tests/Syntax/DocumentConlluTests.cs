using Herald.Analysis;
using Herald.Syntax.Conllu;
using Herald.Tests.Support;

namespace Herald.Tests.Syntax;

public sealed class DocumentConlluTests
{
    private static List<ConlluSentence> Convert(string text)
    {
        var document = HeraldEngine.CreateDefault().Analyze(text);
        var writer = new StringWriter { NewLine = "\n" };
        foreach (var sentence in DocumentConllu.From(document, "doc"))
            ConlluWriter.Write(writer, sentence);
        return [.. ConlluReader.Read(new StringReader(writer.ToString()), "doc.conllu")];
    }

    [Fact]
    public void Clitics_become_multiword_tokens_and_spacing_rebuilds_the_text()
    {
        var sentences = Convert("It hasn't been set up yet, but the presidents' aides cannot say. We may.");
        Assert.Equal(2, sentences.Count);
        Assert.Equal("doc-1", sentences[0].SentenceId);
        Assert.Equal(["hasn't", "presidents'", "cannot"], sentences[0].Multiwords.Select(m => m.Form));
        Assert.Equal(["has", "n't"], sentences[0].Words.Skip(1).Take(2).Select(w => w.Form));
        Assert.All(sentences, s => Assert.Equal(s.Text, s.RebuildText()));
    }

    [Fact]
    public void Words_carry_tags_lemmas_heads_and_relations()
    {
        var words = Convert("The ministers were meeting in Oslo.")[0].Words;
        Assert.Equal(["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], words.Select(w => w.Upos));
        Assert.Equal(["the", "minister", "be", "meet", "in", "Oslo", "."], words.Select(w => w.Lemma));
        Assert.Equal([2, 4, 4, 0, 6, 4, 4], words.Select(w => w.Head));
        Assert.Equal(["det", "nsubj", "aux", "root", "case", "obl", "punct"], words.Select(w => w.Deprel));
    }

    [SkippableFact]
    public void Example_article_round_trips_through_conllu()
    {
        var path = SharedData.Require("examples/paris-summit-2018.txt");
        var result = HeraldProcess.Run(["analyze", path, "--format", "conllu"]);
        Assert.Equal(0, result.ExitCode);
        var sentences = ConlluReader.Read(new StringReader(result.Stdout), "out.conllu").ToList();
        Assert.True(sentences.Count > 12);
        Assert.All(sentences, s => Assert.Equal(s.Text, s.RebuildText()));
        Assert.Contains(sentences.SelectMany(s => s.Words), w => w.Form == "Putin" && w.Upos == "PROPN");
    }
}
