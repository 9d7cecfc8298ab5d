using Herald.Syntax.Conllu;
using Herald.Syntax.Evaluation;
using Herald.Tests.Support;
using Xunit.Abstractions;

namespace Herald.Tests.Evaluation;

/// <summary>Herald's tokenizer and splitter scored on raw text rebuilt from gold CoNLL-U.</summary>
public sealed class RawTextSegmentationTests(ITestOutputHelper output)
{
    private const string Gold =
        "# newdoc id = d1\n" +
        "# newpar\n" +
        "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "1\tDo\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "3\tgo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
        "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "\n" +
        "1\tStay\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
        "2\t!\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "\n" +
        "# newpar\n" +
        "1\tBye\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "\n" +
        "# newdoc id = d2\n" +
        "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "\n";

    private static List<ConlluSentence> Parse(string text) => [.. ConlluReader.Read(new StringReader(text), "test.conllu")];

    [Fact]
    public void Rebuilds_documents_with_spaces_between_sentences_and_blank_lines_between_paragraphs()
    {
        Assert.Equal(["Don't go. Stay!\n\nBye", "Hi"], RawTextSegmentation.Documents(Parse(Gold)));
    }

    [Fact]
    public void Segments_raw_text_into_sentences_with_clitics_as_multiword_tokens()
    {
        var sentences = RawTextSegmentation.Segment("I don't know. He left.");
        Assert.Equal(2, sentences.Count);
        var first = sentences[0];
        Assert.Equal(["I", "do", "n't", "know", "."], first.Words.Select(w => w.Form));
        var multiword = Assert.Single(first.Multiwords);
        Assert.Equal((2, 3, "don't"), (multiword.First, multiword.Last, multiword.Form));
        Assert.Equal(["I", "don't", "know", "."], first.SurfaceTokens().Select(t => t.Form));
        Assert.Equal("I don't know.", first.RebuildText());
        Assert.Equal("I don't know.", first.Text);
        Assert.True(first.StartsDocument);
    }

    [Fact]
    public void Perfect_segmentation_of_a_small_gold_file_scores_100()
    {
        var gold = Parse(Gold);
        var system = RawTextSegmentation.Segment(RawTextSegmentation.Documents(gold));
        var scores = ConlluEvaluator.Evaluate(gold, system);
        Assert.Equal(new Score(7, 7, 7), scores.Tokens);
        Assert.Equal(new Score(4, 4, 4), scores.Sentences);
        Assert.Equal(new Score(8, 8, 8, 8), scores.Words);
        Assert.Empty(SegmentationDiff.Find(gold, system, 10));
    }

    [Fact]
    public void Lists_disagreements_in_context()
    {
        var gold = Parse(
            "1\ta\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t-\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\tb\t_\t_\t_\t_\t_\t_\t_\t_\n4\tc\t_\t_\t_\t_\t_\t_\t_\t_\n\n" +
            "1\tD\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
        var system = Parse("1\ta-b\t_\t_\t_\t_\t_\t_\t_\t_\n2\tc\t_\t_\t_\t_\t_\t_\t_\t_\n3\tD\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
        var found = SegmentationDiff.Find(gold, system, 5);
        Assert.Equal(2, found.Count);
        Assert.Equal(new SegmentationDisagreement(DisagreementKind.Token, 0, "[a - b] c ‖ D", "[a-b] c D"), found[0]);
        Assert.Equal(DisagreementKind.MissedSentenceBoundary, found[1].Kind);
        Assert.Equal(4, found[1].Offset);
    }

    [SkippableFact]
    public void Ewt_dev_raw_text_token_f1_is_at_least_99_and_sentence_f1_at_least_85()
    {
        var path = SharedData.Require("ud/en_ewt-ud-dev.conllu.gz");
        var gold = ConlluReader.ReadFile(path).ToList();
        var scores = ConlluEvaluator.Evaluate(gold, RawTextSegmentation.Segment(RawTextSegmentation.Documents(gold)));
        output.WriteLine($"tokens F1 {scores.Tokens.F1:P2}, sentences F1 {scores.Sentences.F1:P2}, words F1 {scores.Words.F1:P2}");
        Assert.True(scores.Tokens.F1 >= 0.99, $"token F1 {scores.Tokens.F1:P2} < 99%");
        Assert.True(scores.Sentences.F1 >= 0.85, $"sentence F1 {scores.Sentences.F1:P2} < 85%");
    }
}
