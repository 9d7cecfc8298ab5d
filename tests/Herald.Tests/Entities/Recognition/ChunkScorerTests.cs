using Herald.Entities.Recognition;
using Herald.Errors;

namespace Herald.Tests.Entities.Recognition;

public sealed class ChunkScorerTests
{
    private static List<Chunk> Chunks(string tags) => ChunkScorer.Chunks(tags.Split(' '));

    [Fact]
    public void Reads_IOB1_chunks_where_B_only_separates_neighbours()
    {
        Assert.Equal([new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(4, 5, "LOC")], Chunks("I-PER I-PER O I-LOC B-LOC"));
    }

    [Fact]
    public void Reads_IOB2_chunks()
    {
        Assert.Equal([new Chunk(0, 2, "ORG"), new Chunk(3, 4, "PER"), new Chunk(4, 6, "PER")], Chunks("B-ORG I-ORG O B-PER B-PER I-PER"));
    }

    [Fact]
    public void Starts_a_chunk_at_a_stray_I_and_at_a_type_change_as_conlleval_does()
    {
        Assert.Equal([new Chunk(1, 3, "MISC")], Chunks("O I-MISC I-MISC"));
        Assert.Equal([new Chunk(0, 1, "PER"), new Chunk(1, 2, "ORG")], Chunks("B-PER I-ORG"));
        Assert.Equal([new Chunk(0, 2, "LOC"), new Chunk(2, 3, "LOC")], Chunks("B-LOC L-LOC U-LOC"));
    }

    [Fact]
    public void Counts_only_exact_spans_of_the_right_type_as_correct()
    {
        var scorer = new ChunkScorer();
        var gold = Chunks("B-PER I-PER O B-LOC O B-ORG");
        var predicted = Chunks("B-PER O O B-ORG O B-ORG"); // boundary error, type error, one right
        scorer.Add(gold, predicted);
        var scores = scorer.Scores();
        Assert.Equal(3, scores.Overall.Gold);
        Assert.Equal(3, scores.Overall.Found);
        Assert.Equal(1, scores.Overall.Correct);
        Assert.Equal(100.0 / 3, scores.Overall.F1, 6);
        var org = scores.Types.Single(t => t.Type == "ORG");
        Assert.Equal((1, 2, 1), (org.Gold, org.Found, org.Correct));
        Assert.Equal(50, org.Precision, 6);
        Assert.Equal(100, org.Recall, 6);
        Assert.Equal(0, scores.Types.Single(t => t.Type == "PER").F1);
        Assert.Equal(0, scores.Types.Single(t => t.Type == "LOC").Recall);
    }

    [Fact]
    public void Reads_CoNLL_with_document_markers_after_each_document_and_no_final_newline()
    {
        const string text = "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBRUSSELS NNP I-NP I-LOC\n\n-DOCSTART- -X- O O";
        var documents = NerCorpus.Read(new StringReader(text), "test");
        Assert.Equal(2, documents.Count);
        Assert.Equal(2, documents[0].Sentences.Count);
        Assert.Equal(["Peter", "Blackburn"], documents[0].Sentences[1].Words);
        Assert.Equal(["I-LOC"], documents[1].Sentences[0].Tags);
        Assert.False(documents[0].HasMisc);
    }

    [Fact]
    public void Reads_UNER_IOB2_with_comments_and_documents()
    {
        const string text = "# newdoc id = a\n# sent_id = a-1\n# text = Where is Iguazu?\n1\tWhere\tO\t-\t-\n2\tis\tO\t-\t-\n3\tIguazu\tB-LOC\t-\tx\n4\t?\tO\t-\t-\n\n# newdoc id = b\n1\tBob\tB-PER\t-\tx\n\n";
        var documents = NerCorpus.Read(new StringReader(text), "test");
        Assert.Equal(2, documents.Count);
        Assert.Equal([new Chunk(2, 3, "LOC")], ChunkScorer.Chunks(documents[0].Sentences[0].Tags));
    }

    [Fact]
    public void A_malformed_tag_names_the_file_and_line()
    {
        var error = Assert.Throws<HeraldException>(() => NerCorpus.Read(new StringReader("EU NNP I-NP I-ORG\nrejects VBZ I-VP XX\n"), "bad.txt"));
        Assert.Contains("bad.txt:2", error.Error.Input, StringComparison.Ordinal);
        Assert.Equal(ErrorCatalog.NotFound, Assert.Throws<HeraldException>(() => NerCorpus.Read("/no/such/file.conll")).Error.Kind);
    }

    [Fact]
    public void BILOU_classes_round_trip_and_only_legal_transitions_are_allowed()
    {
        var labels = new int[6];
        NerLabels.Encode([(0, 3, 0), (4, 5, 2)], labels);
        var spans = new List<(int, int, int)>();
        NerLabels.Spans(labels, spans);
        Assert.Equal([(0, 3, 0), (4, 5, 2)], spans);
        var afterBegin = NerLabels.Allowed(NerLabels.Of(0, NerLabels.Begin), last: false);
        Assert.Equal(UInt128.One << NerLabels.Of(0, NerLabels.Inside) | UInt128.One << NerLabels.Of(0, NerLabels.Last), afterBegin);
        var atEnd = NerLabels.Allowed(-1, last: true);
        Assert.Equal(UInt128.Zero, atEnd & (UInt128.One << NerLabels.Of(1, NerLabels.Begin)));
        Assert.NotEqual(UInt128.Zero, atEnd & (UInt128.One << NerLabels.Of(1, NerLabels.Unit)));
    }
}
