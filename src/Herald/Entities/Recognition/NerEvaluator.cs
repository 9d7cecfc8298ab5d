using Herald.Documents;

namespace Herald.Entities.Recognition;

/// <summary>
/// Scores a recognizer on prepared gold documents, as conlleval does (exact spans, micro-averaged). On a corpus
/// that does not annotate MISC (UNER), predicted MISC mentions are left out rather than counted as errors.
/// </summary>
public static class NerEvaluator
{
    /// <summary>Runs <paramref name="model"/> on each example's document (its mentions are replaced) and scores it.</summary>
    public static NerScores Evaluate(NerModel model, IEnumerable<NerExample> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var stage = new NerStage(model);
        var scorer = new ChunkScorer();
        foreach (var example in examples)
        {
            var document = example.Document;
            document.Mentions.Clear();
            stage.Process(document);
            Score(example, scorer);
        }
        return scorer.Scores();
    }

    /// <summary>Adds the mentions already on <paramref name="example"/>'s document to <paramref name="scorer"/>.</summary>
    public static void Score(NerExample example, ChunkScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(scorer);
        var document = example.Document;
        var predicted = new List<Chunk>[document.SentenceCount];
        for (var s = 0; s < predicted.Length; s++)
            predicted[s] = [];
        foreach (var mention in document.Mentions)
        {
            var type = mention.Type switch
            {
                EntityTypes.Person => "PER",
                EntityTypes.Organization => "ORG",
                EntityTypes.Location => "LOC",
                EntityTypes.Miscellaneous => "MISC",
                _ => null,
            };
            if (type is null || (type == "MISC" && !example.HasMisc))
                continue;
            var s = document.TokenRecords[mention.TokenStart].Sentence;
            var start = document.SentenceRecords[s].TokenStart;
            predicted[s].Add(new Chunk(mention.TokenStart - start, mention.TokenEnd - start, type));
        }
        for (var s = 0; s < predicted.Length; s++)
            scorer.Add(example.Chunks[s].ToArray(), predicted[s]);
    }
}
