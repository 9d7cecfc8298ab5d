using System.Text;
using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Entities.Recognition;

/// <summary>
/// A gold document made ready for training and scoring: a <see cref="Document"/> over the gold tokens (joined
/// by spaces, one sentence per line) tagged by Herald's own tagger, and the gold chunks and BILOU classes.
/// </summary>
public sealed class NerExample
{
    private NerExample(Document document, int[] labels, IReadOnlyList<Chunk>[] chunks, bool hasMisc)
    {
        Document = document;
        Labels = labels;
        Chunks = chunks;
        HasMisc = hasMisc;
    }

    /// <summary>The document over the gold tokens, with sentences and tags.</summary>
    public Document Document { get; }

    /// <summary>The gold BILOU class of every token (types other than PER, ORG, LOC and MISC are outside).</summary>
    public int[] Labels { get; }

    /// <summary>The gold chunks of each sentence, as conlleval reads them.</summary>
    public IReadOnlyList<Chunk>[] Chunks { get; }

    /// <summary>Whether the corpus annotates MISC.</summary>
    public bool HasMisc { get; }

    /// <summary>A document over the gold tokens of <paramref name="gold"/>, with its sentences set but no tags.</summary>
    public static Document BuildDocument(NerDocument gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var text = new StringBuilder();
        var tokens = new List<TokenData>();
        var sentences = new List<SentenceData>();
        foreach (var sentence in gold.Sentences)
        {
            var start = tokens.Count;
            foreach (var word in sentence.Words)
            {
                if (text.Length > 0)
                    text.Append(tokens.Count == start ? '\n' : ' ');
                tokens.Add(new TokenData(text.Length, word.Length));
                text.Append(word);
            }
            sentences.Add(new SentenceData(start, tokens.Count));
        }
        var document = new Document(text.ToString());
        document.SetTokens([.. tokens]);
        document.SetSentences([.. sentences]);
        return document;
    }

    /// <summary>Prepares <paramref name="gold"/>, tagging it with <paramref name="tagger"/>.</summary>
    public static NerExample Prepare(NerDocument gold, IStage tagger)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(tagger);
        var document = BuildDocument(gold);
        tagger.Process(document);
        var labels = new int[document.TokenCount];
        var chunks = new IReadOnlyList<Chunk>[gold.Sentences.Count];
        var offset = 0;
        var spans = new List<(int, int, int)>();
        for (var s = 0; s < gold.Sentences.Count; s++)
        {
            var sentence = gold.Sentences[s];
            chunks[s] = ChunkScorer.Chunks(sentence.Tags);
            spans.Clear();
            foreach (var chunk in chunks[s])
            {
                var type = NerLabels.TypeIndex(chunk.Type);
                if (type >= 0)
                    spans.Add((chunk.Start, chunk.End, type));
            }
            NerLabels.Encode(spans.ToArray(), labels.AsSpan(offset, sentence.Words.Length));
            offset += sentence.Words.Length;
        }
        return new NerExample(document, labels, chunks, gold.HasMisc);
    }
}
