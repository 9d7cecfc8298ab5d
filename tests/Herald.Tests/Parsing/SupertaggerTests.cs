using Herald.Syntax.Parsing;

namespace Herald.Tests.Parsing;

public sealed class SupertaggerTests
{
    [Fact]
    public void A_gold_supertag_is_the_relation_and_whether_the_head_comes_later()
    {
        // "She left early": She <-nsubj- left (root) -advmod-> early
        var sentence = ParserSentence.OfTree([-1, 2, 0, 2]);
        var tags = Supertagger.Gold(sentence);
        Assert.Equal(Supertagger.Of(sentence.Labels[1], headAfter: true), tags[1]);
        Assert.Equal(Supertagger.Of(DependencyLabels.Root, headAfter: false), tags[2]);
        Assert.Equal(Supertagger.Of(sentence.Labels[3], headAfter: false), tags[3]);
        Assert.NotEqual(tags[1], Supertagger.Of(sentence.Labels[1], headAfter: false));
    }

    [Fact]
    public void Every_relation_and_direction_has_its_own_class_within_the_model_limit()
    {
        var seen = new HashSet<byte>();
        for (var label = 0; label < DependencyLabels.Count; label++)
        {
            Assert.True(seen.Add(Supertagger.Of(label, headAfter: false)));
            Assert.True(seen.Add(Supertagger.Of(label, headAfter: true)));
        }
        Assert.All(seen, tag => Assert.InRange(tag, 0, Supertagger.Classes - 1));
        Assert.InRange(Supertagger.Classes, 2, Herald.Learning.LinearModel.MaxClasses);
    }
}
