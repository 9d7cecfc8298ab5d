using Herald.Documents;
using Herald.Entities.Recognition;
using Herald.Syntax.Tagging;
using Herald.Tests.Support;

namespace Herald.Tests.Entities.Recognition;

public sealed class CommittedNerModelTests
{
    private static readonly Lazy<NerModel> s_model = new(NerModel.LoadDefault);

    [Fact]
    public void Finds_the_people_places_and_organisations_of_a_news_sentence()
    {
        var found = TaggedText.Mentions("U.S. President Donald Trump met Russia's Vladimir Putin in Helsinki, the Kremlin said.");
        Assert.Contains(("Donald Trump", EntityTypes.Person), found);
        Assert.Contains(("Russia", EntityTypes.Location), found);
        Assert.Contains(("Vladimir Putin", EntityTypes.Person), found);
        Assert.Contains(("Helsinki", EntityTypes.Location), found);
        Assert.Contains(("Kremlin", EntityTypes.Organization), found);
    }

    [Fact]
    public void Mentions_come_in_text_order_from_the_model()
    {
        var document = TaggedText.Analyze("Angela Merkel flew to Paris. She met Emmanuel Macron at the Elysee.", new NerStage(s_model.Value));
        Assert.NotEmpty(document.Mentions);
        Assert.All(document.Mentions, m => Assert.Equal(("model", -1), (m.Source, m.Entity)));
        Assert.Equal(document.Mentions.OrderBy(m => m.TokenStart).ToList(), document.Mentions);
    }

    [SkippableFact]
    public void The_committed_model_reaches_F1_89_on_CoNLL_testa()
    {
        var path = SharedData.Require("ner/conll2003/eng.testa");
        var examples = NerCorpus.Read(path).Select(d => NerExample.Prepare(d, TaggerStage.Default)).ToList();
        var scores = NerEvaluator.Evaluate(s_model.Value, examples);
        Assert.True(scores.Overall.F1 >= 89, $"F1 {scores.Overall.F1:F2}");
    }
}
