using Herald.Documents;

namespace Herald.Entities.Recognition;

/// <summary>Chooses a class for one token from its features and the classes allowed there.</summary>
internal interface ILabelChooser
{
    /// <summary>The class for token <paramref name="token"/> (a document index).</summary>
    int Choose(ReadOnlySpan<ulong> features, UInt128 allowed, int token);
}

/// <summary>
/// Greedy left-to-right BILOU decoding of a document, shared by training and prediction: sentence by
/// sentence, each token's features see the classes given to the two before it and, through the document
/// history, the types given earlier in the document to capitalised tokens of the same (lowercase) word.
/// </summary>
internal static class NerDecoder
{
    // History bits: one per type; OutsideBit for a capitalised token left outside.
    private const int OutsideBit = 1 << 4;

    public static void Decode<TChooser>(Span<NerWord> words, ReadOnlySpan<SentenceData> sentences, Span<int> labels, Dictionary<ulong, int> history, ref TChooser chooser)
        where TChooser : ILabelChooser
    {
        history.Clear();
        Span<ulong> features = stackalloc ulong[NerFeatures.Max];
        foreach (var sentence in sentences)
        {
            var sentenceWords = words[sentence.TokenStart..sentence.TokenEnd];
            foreach (ref var word in sentenceWords)
                word.History = (word.Flags & NerWord.HasUpper) != 0 ? history.GetValueOrDefault(word.Lower) : 0;
            int prev1 = -1, prev2 = -1;
            for (var i = 0; i < sentenceWords.Length; i++)
            {
                var n = NerFeatures.Extract(sentenceWords, i, prev1, prev2, features);
                var label = chooser.Choose(features[..n], NerLabels.Allowed(prev1, i == sentenceWords.Length - 1), sentence.TokenStart + i);
                labels[sentence.TokenStart + i] = label;
                prev2 = prev1;
                prev1 = label;
            }
            for (var i = 0; i < sentenceWords.Length; i++)
            {
                if ((sentenceWords[i].Flags & NerWord.HasUpper) == 0)
                    continue;
                var type = NerLabels.TypeOf(labels[sentence.TokenStart + i]);
                ref var bits = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(history, sentenceWords[i].Lower, out _);
                bits |= type < 0 ? OutsideBit : 1 << type;
            }
        }
    }
}
