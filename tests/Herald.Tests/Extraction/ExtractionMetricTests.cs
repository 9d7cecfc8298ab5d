using Herald.Extraction.Evaluation;

namespace Herald.Tests.Extraction;

/// <summary>The three extraction metrics, on hand-computed cases.</summary>
public sealed class ExtractionMetricTests
{
    [Fact]
    public void Shingle_metric_counts_four_token_shingles_normalised_per_page()
    {
        // truth: a b c d e -> shingles abcd, bcde; prediction: a b c d x -> abcd, bcdx
        var score = ShingleMetric.Score("a b c d e", "a b c d x");
        Assert.Equal(1 / 3.0, score.TruePositives, 9);
        Assert.Equal(1 / 3.0, score.FalsePositives, 9);
        Assert.Equal(1 / 3.0, score.FalseNegatives, 9);
        Assert.False(score.Exact);
    }

    [Fact]
    public void Shingle_metric_averages_precision_and_recall_over_pages_and_takes_f1_of_the_means()
    {
        var exact = ShingleMetric.Score("one two three four five", "one, two; three four five!");
        var half = ShingleMetric.Score("a b c d e", "a b c d x");
        var empty = ShingleMetric.Score("a b c d e", "");
        Assert.True(exact.Exact);
        var (precision, recall, f1, accuracy) = ShingleMetric.Summarise([exact, half, empty]);
        Assert.Equal((1 + 0.5) / 2, precision, 9); // the empty prediction has no precision
        Assert.Equal((1 + 0.5 + 0) / 3, recall, 9);
        Assert.Equal(2 * precision * recall / (precision + recall), f1, 9);
        Assert.Equal(1 / 3.0, accuracy, 9);
    }

    [Fact]
    public void A_text_shorter_than_four_tokens_is_one_shingle()
    {
        Assert.True(ShingleMetric.Score("two words", "two words").Exact);
        Assert.Equal(1, ShingleMetric.Score("two words", "two words").TruePositives);
    }

    [Fact]
    public void Snippet_metric_sums_counts_over_pages()
    {
        var metric = new SnippetMetric();
        Assert.Equal(2, metric.Add("The article text. Share this", ["article text", "missing part"], ["Share this", "Subscribe"]));
        metric.Add("Another page", ["Another"], ["Cookie"]);
        Assert.Equal((2, 1, 1, 2), (metric.TruePositives, metric.FalseNegatives, metric.FalsePositives, metric.TrueNegatives));
        Assert.Equal(2 / 3.0, metric.Precision, 9);
        Assert.Equal(2 / 3.0, metric.Recall, 9);
        Assert.Equal(4 / 6.0, metric.F, 9);
    }

    [Fact]
    public void Word_overlap_is_case_insensitive_and_counts_repeats()
    {
        var (precision, recall, f1) = WordOverlap.Score("The cat the cat sat", "the cat sat on the mat");
        Assert.Equal(4 / 5.0, precision, 9); // the x2, cat x1, sat x1 overlap
        Assert.Equal(4 / 6.0, recall, 9);
        Assert.Equal(2 * 0.8 * (4 / 6.0) / (0.8 + 4 / 6.0), f1, 9);
        Assert.Equal((1.0, 1.0, 1.0), WordOverlap.Score("", ""));
        Assert.Equal((0.0, 0.0, 0.0), WordOverlap.Score("", "words"));
    }

    [Theory]
    [InlineData(new[] { "Jane Smith" }, "Jane Smith", true)]
    [InlineData(new[] { "Jane Smith", "John Doe" }, "Jane Smith and John Doe", true)]
    [InlineData(new[] { "Jane Smith" }, "Jane Smith and John Doe", true)]
    [InlineData(new[] { "By Jane Smith" }, "jane smith", true)]
    [InlineData(new[] { "Jane" }, "Janet Smith", false)]
    [InlineData(new string[0], "Jane Smith", false)]
    public void Author_matches_when_contained(string[] predicted, string gold, bool expected) =>
        Assert.Equal(expected, MetadataMatch.Author(predicted, gold));

    [Fact]
    public void Date_matches_on_the_day_as_written()
    {
        var late = new DateTimeOffset(2024, 3, 2, 23, 30, 0, TimeSpan.FromHours(-5));
        Assert.True(MetadataMatch.Date(late, "2024-03-02"));
        Assert.False(MetadataMatch.Date(late, "2024-03-03"));
        Assert.False(MetadataMatch.Date(null, "2024-03-02"));
        Assert.True(MetadataMatch.Title("  A  title ", "A title"));
        Assert.False(MetadataMatch.Title("A Title", "A title"));
    }
}
