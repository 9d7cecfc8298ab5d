using Herald.Documents;
using Herald.Pipeline;
using Herald.Syntax.Conllu;
using Herald.Syntax.Evaluation;
using Herald.Syntax.Tagging;
using Herald.Text;

namespace Herald.Syntax.Parsing;

/// <summary>
/// Scores the parser the two ways CoNLL 2018 does: on the gold words (our tagger, then our parser) and from the
/// raw text (our tokenizer, splitter, tagger and parser), both with <see cref="ConlluEvaluator"/>'s aligned
/// UAS and LAS, through the stages the pipeline uses.
/// </summary>
public static class ParserEvaluator
{
    /// <summary>Tags and parses the gold words of each sentence; the system output keeps the gold tokenization.</summary>
    public static List<ConlluSentence> ParseGoldWords(ParserModel parser, TaggerModel tagger, IEnumerable<ConlluSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var tagging = new TaggerStage(tagger);
        var parsing = new ParserStage(parser);
        var system = new List<ConlluSentence>();
        foreach (var sentence in gold)
        {
            var document = TaggerEvaluator.ToDocument(sentence);
            tagging.Process(document);
            parsing.Process(document);
            var output = new ConlluSentence { Line = sentence.Line };
            output.Comments.AddRange(sentence.Comments);
            output.Multiwords.AddRange(sentence.Multiwords);
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var token = document.Token(i);
                var head = token.Data.Head == TokenData.Unset ? 0 : token.Data.Head + 1;
                output.Words.Add(sentence.Words[i] with
                {
                    Lemma = token.Lemma ?? "_",
                    Upos = token.Upos ?? "_",
                    Xpos = token.Xpos ?? "_",
                    Feats = "_",
                    Head = head,
                    Deprel = token.Deprel ?? "dep",
                    Deps = "_",
                });
            }
            system.Add(output);
        }
        return system;
    }

    /// <summary>Analyses the raw text rebuilt from <paramref name="gold"/> with the tokenizer, splitter, tagger and parser.</summary>
    public static List<ConlluSentence> ParseRawText(ParserModel parser, TaggerModel tagger, IEnumerable<ConlluSentence> gold)
    {
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new TaggerStage(tagger))
            .Add(new ParserStage(parser))
            .Build();
        var system = new List<ConlluSentence>();
        var texts = RawTextSegmentation.Documents(gold);
        for (var d = 0; d < texts.Count; d++)
        {
            var document = new Document(texts[d]);
            pipeline.Process(document);
            var sentences = DocumentConllu.From(document, $"doc{d + 1}");
            for (var s = 0; s < sentences.Count; s++)
            {
                var start = document.SentenceRecords[s].TokenStart;
                var words = sentences[s].Words;
                for (var w = 0; w < words.Count; w++)
                    words[w] = words[w] with { Deprel = document.Token(start + words[w].Id - 1).Deprel ?? "dep" };
            }
            system.AddRange(sentences);
        }
        return system;
    }

    /// <summary>
    /// Parser-alone speed in words per second on one thread: the gold words, in the file's documents (<c># newdoc</c>),
    /// are tagged first, untimed, then parsed <paramref name="rounds"/> times (after one warm-up round).
    /// </summary>
    public static double ParserSpeed(ParserModel parser, TaggerModel tagger, IReadOnlyList<ConlluSentence> gold, int rounds = 3)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var tagging = new TaggerStage(tagger);
        var parsing = new ParserStage(parser);
        var documents = new List<Document>();
        long words = 0;
        var start = 0;
        for (var end = 1; end <= gold.Count; end++)
        {
            if (end < gold.Count && !gold[end].StartsDocument)
                continue;
            var document = TaggerEvaluator.ToDocument(gold.Skip(start).Take(end - start).ToList());
            tagging.Process(document);
            documents.Add(document);
            words += document.TokenCount;
            start = end;
        }
        foreach (var document in documents)
            parsing.Process(document);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var document in documents)
                parsing.Process(document);
        }
        return words * rounds / Math.Max(1e-9, clock.Elapsed.TotalSeconds);
    }

    /// <summary>CoNLL 2018 scores of the parser on the gold words (predicted tags).</summary>
    public static ConlluScores EvaluateGoldWords(ParserModel parser, TaggerModel tagger, IReadOnlyList<ConlluSentence> gold, string name = "gold") =>
        ConlluEvaluator.Evaluate(gold, ParseGoldWords(parser, tagger, gold), name, "herald");

    /// <summary>CoNLL 2018 scores of the whole pipeline from the raw text.</summary>
    public static ConlluScores EvaluateRawText(ParserModel parser, TaggerModel tagger, IReadOnlyList<ConlluSentence> gold, string name = "gold") =>
        ConlluEvaluator.Evaluate(gold, ParseRawText(parser, tagger, gold), name, "herald");
}
