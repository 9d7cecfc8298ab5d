using Herald.Errors;
using Herald.Syntax.Conllu;
using Herald.Syntax.Evaluation;

namespace Herald.Tests.Evaluation;

/// <summary>The CoNLL 2018 metrics on small hand-written gold / system pairs, with the figures worked out by hand.</summary>
public sealed class ConlluEvaluatorTests
{
    // "I can't go. Yes!" in two sentences; "can't" is a multi-word token over "ca" + "n't".
    private const string Gold =
        "# text = I can't go.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
        "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
        "\n" +
        "# text = Yes!\n" +
        "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n" +
        "\n";

    private static List<ConlluSentence> Parse(string text) => [.. ConlluReader.Read(new StringReader(text), "test.conllu")];

    private static ConlluScores Score(string gold, string system) => ConlluEvaluator.Evaluate(Parse(gold), Parse(system));

    [Fact]
    public void A_file_against_itself_scores_100_everywhere()
    {
        var scores = Score(Gold, Gold);
        foreach (var (name, score) in scores.Metrics())
            Assert.True(score.F1 == 1.0 && score.Precision == 1.0 && score.Recall == 1.0, $"{name}: {score}");
        Assert.Equal(new Score(6, 6, 6), scores.Tokens);
        Assert.Equal(new Score(2, 2, 2), scores.Sentences);
        Assert.Equal(7, scores.Words.Gold);
    }

    [Fact]
    public void Spans_that_differ_count_against_tokens_sentences_words_and_tags()
    {
        // One sentence; "can't" a single word; "go." a single token; "Yes" tagged NOUN.
        const string system =
            "1\tI\t_\tPRON\t_\t_\t_\t_\t_\t_\n" +
            "2\tcan't\t_\tAUX\t_\t_\t_\t_\t_\t_\n" +
            "3\tgo.\t_\tVERB\t_\t_\t_\t_\t_\t_\n" +
            "4\tYes\t_\tNOUN\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
            "5\t!\t_\tPUNCT\t_\t_\t_\t_\t_\t_\n" +
            "\n";
        var scores = Score(Gold, system);

        // Tokens: I, can't, Yes, ! match; "go." does not match "go" or ".".
        Assert.Equal(new Score(6, 5, 4), scores.Tokens);
        Assert.Equal(0.8, scores.Tokens.Precision, 6);
        Assert.Equal(4.0 / 6, scores.Tokens.Recall, 6);
        Assert.Equal(8.0 / 11, scores.Tokens.F1, 6);
        // Sentences: one system sentence over both gold sentences matches neither.
        Assert.Equal(new Score(2, 1, 0), scores.Sentences);
        Assert.Equal(0, scores.Sentences.F1);
        // Words: I, Yes, ! align; "can't" shares no form with "ca" + "n't"; "go." is neither "go" nor ".".
        Assert.Equal(new Score(7, 5, 3, 3), scores.Words);
        Assert.Equal(0.5, scores.Words.F1, 6);
        // UPOS: "Yes" is wrong, so 2 of the aligned words are right: 2 * 2 / (7 + 5).
        Assert.Equal(2, scores.Upos.Correct);
        Assert.Equal(1.0 / 3, scores.Upos.F1, 6);
        Assert.Equal(2.0 / 3, scores.Upos.AlignedAccuracy, 6);
        // Lemmas: the system gives none ("_"), the gold has them all: none is right.
        Assert.Equal(0, scores.Lemmas.Correct);
        // No heads: no attachment is right.
        Assert.Equal(0, scores.Uas.Correct);
    }

    [Fact]
    public void Words_of_multiword_tokens_align_by_common_subsequence_of_lowercased_forms()
    {
        const string gold =
            "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n" +
            "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n" +
            "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n" +
            "\n";
        // The system splits the same token into "do" + "not": "do" aligns with "Do" whatever the case; "not" with nothing.
        const string system =
            "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n" +
            "2\tnot\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n" +
            "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n" +
            "\n";
        var scores = Score(gold, system);
        Assert.Equal(new Score(2, 2, 2), scores.Tokens);
        Assert.Equal(new Score(3, 3, 2, 2), scores.Words);
        Assert.Equal(2, scores.Upos.Correct);
        Assert.Equal(2, scores.Lemmas.Correct);
        // "do" -> "go" is right (its head "go" is aligned to the gold head); the root is right.
        Assert.Equal(2, scores.Uas.Correct);
    }

    [Fact]
    public void A_multiword_token_in_one_file_only_aligns_the_words_it_shares()
    {
        // Herald's output for "don't": a multi-word token "don't" = "do" + "n't"; the gold has it as one word.
        const string gold =
            "1\tdon't\t_\tAUX\t_\t_\t2\taux\t_\t_\n" +
            "2\tgo\t_\tVERB\t_\t_\t0\troot\t_\t_\n" +
            "\n";
        const string system =
            "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "1\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "2\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "3\tgo\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "\n";
        var scores = Score(gold, system);
        Assert.Equal(new Score(2, 2, 2), scores.Tokens);
        Assert.Equal(new Score(2, 3, 1, 1), scores.Words); // only "go"
        Assert.Equal(0.4, scores.Words.F1, 6);
    }

    [Fact]
    public void Attachment_scores_follow_heads_through_the_alignment_and_ignore_relation_subtypes()
    {
        const string gold =
            "1\tMy\tmy\tPRON\tPRP$\t_\t2\tnmod:poss\t_\t_\n" +
            "2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n" +
            "3\tbarks\tbark\tVERB\tVBZ\t_\t0\troot\t_\t_\n" +
            "\n";
        const string system =
            "1\tMy\tmy\tPRON\tPRP$\t_\t2\tnmod\t_\t_\n" +      // right head, relation right in its universal part
            "2\tdog\tdog\tNOUN\tNN\t_\t3\tobj\t_\t_\n" +         // right head, wrong relation
            "3\tbarks\tbarks\tVERB\tVBZ\t_\t2\troot\t_\t_\n" +   // wrong head, wrong lemma
            "\n";
        var scores = Score(gold, system);
        Assert.Equal(2, scores.Uas.Correct);
        Assert.Equal(1, scores.Las.Correct);
        Assert.Equal(2, scores.Lemmas.Correct);
        Assert.Equal(3, scores.Xpos.Correct);
        Assert.Equal(2.0 / 3, scores.Uas.F1, 6);
        Assert.Equal(1.0 / 3, scores.Las.F1, 6);
    }

    [Fact]
    public void A_system_that_changed_the_text_is_an_error_naming_the_place()
    {
        var changed = Gold.Replace("1\tYes\tyes", "1\tYep\tyes", StringComparison.Ordinal);
        var error = Assert.Throws<HeraldException>(() => ConlluEvaluator.Evaluate(Parse(Gold), Parse(changed), "gold.conllu", "system.conllu"));
        Assert.Equal(ErrorCatalog.TextMismatch, error.Error.Kind);
        Assert.Equal("system.conllu", error.Error.Input);
        Assert.Contains("character 11", error.Error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_inside_forms_is_ignored()
    {
        const string gold = "1\t1 000\t_\tNUM\t_\t_\t0\troot\t_\t_\n\n";
        const string system = "1\t1000\t_\tNUM\t_\t_\t0\troot\t_\t_\n\n";
        Assert.Equal(1.0, Score(gold, system).Upos.F1);
    }
}
