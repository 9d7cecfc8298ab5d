using System.Text;
using Herald.Documents;
using Herald.Syntax.Conllu;

namespace Herald.Syntax.Tagging;

/// <summary>
/// Scores a model on gold-tokenised CoNLL-U: each sentence becomes a document with the gold words as its
/// tokens and goes through <see cref="TaggerStage"/>, the code path the pipeline uses.
/// </summary>
public static class TaggerEvaluator
{
    /// <summary>Scores <paramref name="model"/> on <paramref name="sentences"/>; <paramref name="onWord"/> sees each gold word with its tagged token.</summary>
    public static TaggerScores Evaluate(TaggerModel model, IEnumerable<ConlluSentence> sentences, Action<ConlluWord, Token>? onWord = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        var stage = new TaggerStage(model);
        var scores = new TaggerScores();
        foreach (var sentence in sentences)
        {
            var document = ToDocument(sentence);
            stage.Process(document);
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var gold = sentence.Words[i];
                var token = document.Token(i);
                scores.Add(token.Upos == gold.Upos, token.Xpos == gold.Xpos, token.Lemma == gold.Lemma, !model.IsKnown(gold.Form));
                onWord?.Invoke(gold, token);
            }
        }
        return scores;
    }

    /// <summary>A document whose tokens are the sentence's words, separated by spaces, as one sentence.</summary>
    public static Document ToDocument(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return ToDocument([sentence]);
    }

    /// <summary>One document of the gold words of <paramref name="sentences"/>, a sentence each, separated by spaces.</summary>
    public static Document ToDocument(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var tokens = new List<TokenData>();
        var records = new SentenceData[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var first = tokens.Count;
            foreach (var word in sentences[s].Words)
            {
                if (text.Length > 0)
                    text.Append(' ');
                tokens.Add(new TokenData(text.Length, word.Form.Length));
                text.Append(word.Form);
            }
            records[s] = new SentenceData(first, tokens.Count);
        }
        var document = new Document(text.ToString());
        document.SetTokens([.. tokens]);
        document.SetSentences(records);
        return document;
    }
}
