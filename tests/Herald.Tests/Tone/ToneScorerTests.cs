using Herald.Tests.Support;

namespace Herald.Tests.Tone;

/// <summary>The context rules of the tone scorer, on one-sentence documents through the default pipeline.</summary>
public sealed class ToneScorerTests
{
    private static double Score(string sentence)
    {
        var tone = DefaultEngine.Analyze(sentence).Tone;
        Assert.NotNull(tone);
        return Assert.Single(tone.Sentences).Score;
    }

    [Theory]
    [InlineData("The plan is good.", "The plan is not good.")]
    [InlineData("The plan is good.", "The plan isn't good.")]
    [InlineData("The talks were a success.", "The talks were never a success.")]
    public void Negation_turns_a_positive_word_negative(string plain, string negated)
    {
        Assert.True(Score(plain) > 0, $"'{plain}' scored {Score(plain)}");
        Assert.True(Score(negated) < 0, $"'{negated}' scored {Score(negated)}");
    }

    [Fact]
    public void Negation_weakens_as_well_as_flips()
    {
        Assert.True(Math.Abs(Score("The result is not bad.")) < Math.Abs(Score("The result is bad.")));
        Assert.True(Score("The result is not bad.") > 0);
    }

    [Fact]
    public void An_intensifier_strengthens_and_a_downtoner_weakens()
    {
        var bad = Score("The harvest was bad.");
        Assert.True(bad < 0);
        Assert.True(Score("The harvest was very bad.") < bad);
        Assert.True(Score("The harvest was slightly bad.") > bad);
    }

    [Fact]
    public void After_but_the_second_clause_outweighs_the_first()
    {
        Assert.True(Score("The food was good, but the service was terrible.") < 0);
        Assert.True(Score("The service was terrible, but the food was good.") > 0);
    }

    [Fact]
    public void Capitals_and_exclamation_marks_add_emphasis()
    {
        var plain = Score("The deal is good.");
        Assert.True(Score("The deal is GOOD.") > plain);
        Assert.True(Score("The deal is good!") > plain);
    }

    [Fact]
    public void A_preposition_carries_no_sentiment_where_the_verb_would()
    {
        Assert.Equal(0, Score("He looks like his father."));
        Assert.True(Score("I like the new mayor.") > 0);
    }

    [Fact]
    public void News_vocabulary_reaches_inflected_forms_through_the_lemma() =>
        Assert.True(Score("Officials said Moscow meddled in the vote.") < 0);
}
