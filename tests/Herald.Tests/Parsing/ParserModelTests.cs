using Herald.Syntax.Conllu;
using Herald.Syntax.Parsing;
using Herald.Tests.Support;

namespace Herald.Tests.Parsing;

public sealed class ParserModelTests
{
    private static List<ConlluSentence> Slice(int count) =>
        ConlluReader.ReadFile(SharedData.Require("ud/en_ewt-ud-dev.conllu.gz")).Take(count).ToList();

    private static ParserModel TrainTiny(List<ConlluSentence> sentences) =>
        ParserTrainer.Train(sentences, null, ParserTestModel.Tagger, new ParserTrainingOptions { Scorer = ParserScorer.Linear, Iterations = 2, Seed = 7 }, null);

    [SkippableFact]
    public void Training_is_deterministic_and_the_model_survives_a_save_and_load()
    {
        var sentences = Slice(150);
        using var first = new TempDir();
        using var second = new TempDir();
        var model = TrainTiny(sentences);
        model.Save(first.Path);
        TrainTiny(sentences).Save(second.Path);
        var bytes = File.ReadAllBytes(Path.Combine(first.Path, ParserModel.FileName));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second.Path, ParserModel.FileName)));

        var loaded = ParserModel.Load(first.Path);
        Assert.Equal(model.WeightCount, loaded.WeightCount);
        var before = ParserEvaluator.ParseGoldWords(model, ParserTestModel.Tagger, sentences);
        var after = ParserEvaluator.ParseGoldWords(loaded, ParserTestModel.Tagger, sentences);
        Assert.Equal(before.SelectMany(s => s.Words.Select(w => (w.Head, w.Deprel))), after.SelectMany(s => s.Words.Select(w => (w.Head, w.Deprel))));
    }

    [SkippableFact]
    public void Parsers_trained_side_by_side_mix_into_one_model_deterministically()
    {
        var sentences = Slice(150);
        var options = new ParserTrainingOptions { Scorer = ParserScorer.Linear, Iterations = 2, Seed = 7, Members = 2 };
        using var first = new TempDir();
        using var second = new TempDir();
        var mixed = ParserTrainer.Train(sentences, null, ParserTestModel.Tagger, options, null);
        mixed.Save(first.Path);
        ParserTrainer.Train(sentences, null, ParserTestModel.Tagger, options, null).Save(second.Path);
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, ParserModel.FileName)), File.ReadAllBytes(Path.Combine(second.Path, ParserModel.FileName)));
        Assert.NotEqual(TrainTiny(sentences).TransitionFeatureCount, mixed.TransitionFeatureCount);
        var parsed = ParserEvaluator.ParseGoldWords(mixed, ParserTestModel.Tagger, sentences);
        Assert.All(parsed.SelectMany(s => s.Words), w => Assert.InRange(w.Head, 0, 200));
    }

    [Fact]
    public void A_missing_model_is_a_clear_error()
    {
        using var empty = new TempDir();
        var error = Assert.Throws<Herald.Errors.HeraldException>(() => ParserModel.Load(empty.Path));
        Assert.Contains("herald train parser", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relation_ids_fit_a_64_bit_label_set()
    {
        Assert.InRange(DependencyLabels.Count, 38, 64);
        Assert.Equal("nsubj:pass", DependencyLabels.NameOf(DependencyLabels.IdOf("nsubj:pass")));
        Assert.Equal("obl", DependencyLabels.NameOf(DependencyLabels.IdOf("obl:made-up")));
        Assert.Equal("dep", DependencyLabels.NameOf(DependencyLabels.IdOf("nonsense")));
    }
}
