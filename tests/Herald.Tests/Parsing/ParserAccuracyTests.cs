using Herald.Syntax.Conllu;
using Herald.Syntax.Parsing;
using Herald.Tests.Support;

namespace Herald.Tests.Parsing;

/// <summary>The committed parser must keep the attachment scores recorded in docs/models.md on EWT dev.</summary>
public sealed class ParserAccuracyTests
{
    [SkippableFact]
    public void The_committed_model_keeps_its_EWT_dev_scores()
    {
        var path = SharedData.Require("ud/en_ewt-ud-dev.conllu.gz");
        var sentences = ConlluReader.ReadFile(path).ToList();
        var scores = ParserEvaluator.EvaluateGoldWords(ParserTestModel.Parser, ParserTestModel.Tagger, sentences, path);
        Assert.InRange(100 * scores.Uas.F1, 86.0, 100);
        Assert.InRange(100 * scores.Las.F1, 82.8, 100);
    }
}
