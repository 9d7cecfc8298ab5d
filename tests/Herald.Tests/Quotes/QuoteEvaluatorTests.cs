using Herald.Quotes.Evaluation;
using Herald.Tests.Support;

namespace Herald.Tests.Quotes;

/// <summary>The differences the quote evaluator lists for reading its errors.</summary>
public sealed class QuoteEvaluatorTests
{
    [Fact]
    public void Misses_extras_and_wrong_sources_are_listed_with_their_text()
    {
        const string text = "\"The port stays open,\" Maria Lopez said. Prices rose in May.";
        var d = DefaultEngine.Analyze(text);
        var quote = (Start: 0, End: text.IndexOf(" Maria", StringComparison.Ordinal));
        var prices = (Start: text.IndexOf("Prices", StringComparison.Ordinal), End: text.Length - 1);
        var gold = new List<GoldAttribution>
        {
            new([quote], [], [(prices.Start, prices.Start + 6)]), // a source that is not the speaker's: wrong-source
            new([prices], [], []), // no prediction: missed
        };

        var comparison = QuoteEvaluator.Compare(d, gold);

        Assert.Equal(comparison.Scores, QuoteEvaluator.Score(d, gold));
        var wrong = Assert.Single(comparison.Differences, x => x.Kind == "wrong-source");
        Assert.True(wrong.Direct);
        Assert.Equal("Prices", wrong.GoldSource);
        Assert.StartsWith("Maria Lopez\t", wrong.PredictedSource, StringComparison.Ordinal);
        var missed = Assert.Single(comparison.Differences, x => x.Kind == "missed");
        Assert.Equal("Prices rose in May", missed.Content);
        Assert.DoesNotContain(comparison.Differences, x => x.Kind == "extra");
    }
}
