using Herald.Syntax.Lemmas;
using Herald.Syntax.Tagging;

namespace Herald.Tests.Tagging;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("was", "VBD", "be")]
    [InlineData("n't", "RB", "not")]
    [InlineData("presidents", "NNS", "president")]
    [InlineData("better", "JJR", "good")]
    [InlineData("meetings", "NNS", "meeting")]
    [InlineData("met", "VBD", "meet")]
    [InlineData("The", "DT", "the")]
    [InlineData("Obama", "NNP", "Obama")]
    [InlineData("2018", "CD", "2018")]
    [InlineData("'s", "POS", "'s")]
    [InlineData("'s", "VBZ", "be")]
    [InlineData("running", "VBG", "run")]
    public void The_committed_model_lemmatizes(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, TestModel.Tagger.Lemmatizer.Lemmatize(form, xpos));

    [Fact]
    public void Learns_suffix_rules_and_exceptions_from_examples()
    {
        var trainer = new LemmatizerTrainer();
        foreach (var (form, lemma) in new[] { ("cats", "cat"), ("dogs", "dog"), ("houses", "house"), ("mice", "mouse") })
            trainer.Add(form, "NNS", lemma);
        var lemmatizer = trainer.Build();
        Assert.Equal("bird", lemmatizer.Lemmatize("birds", "NNS"));
        Assert.Equal("mouse", lemmatizer.Lemmatize("mice", "NNS"));
        Assert.Equal("mouse", lemmatizer.Lemmatize("Mice", "NNS"));
        Assert.Equal("bird", lemmatizer.Lemmatize("bird", "NN"));
    }

    [Fact]
    public void Edits_record_case_strip_and_append()
    {
        Assert.Equal(new LemmaEdit(true, 3, "be"), LemmaEdit.Between("was", "be"));
        Assert.Equal(new LemmaEdit(true, 1, ""), LemmaEdit.Between("Presidents", "president"));
        Assert.Equal(LemmaEdit.Identity, LemmaEdit.Between("Obama", "Obama"));
    }

    [Fact]
    public void Tag_tables_round_trip()
    {
        Assert.Equal(17, UniversalTags.Names.Count);
        Assert.Equal("PROPN", UniversalTags.NameOf(UniversalTags.IdOf("PROPN")));
        Assert.Equal("PRP$", PennTags.NameOf(PennTags.IdOf("PRP$")));
        Assert.Null(PennTags.NameOf(-1));
        Assert.Equal(-1, PennTags.IdOf("NOPE"));
    }
}
