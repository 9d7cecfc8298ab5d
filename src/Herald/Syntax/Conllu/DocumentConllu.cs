using System.Globalization;
using System.Runtime.InteropServices;
using Herald.Documents;
using Herald.Text;

namespace Herald.Syntax.Conllu;

/// <summary>Turns an analysed <see cref="Document"/> into CoNLL-U sentences, one per document sentence.</summary>
public static class DocumentConllu
{
    /// <summary>
    /// The document's sentences as CoNLL-U: words with lemma, tags and (once parsed) heads; clitics joined
    /// into multi-word tokens as UD writes them ("don't" over "do" + "n't"); <c>SpaceAfter=No</c> where the
    /// text has no space. The first sentence carries <c># newdoc id</c>.
    /// </summary>
    public static List<ConlluSentence> From(Document document, string documentId)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(documentId);
        var spans = new TokenSpan[document.TokenCount];
        for (var t = 0; t < spans.Length; t++)
            spans[t] = new TokenSpan(document.TokenRecords[t].Start, document.TokenRecords[t].Length);
        var sentences = new List<ConlluSentence>(document.SentenceCount);
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var sentence = new ConlluSentence();
            if (s == 0)
                sentence.Comments.Add($"newdoc id = {documentId}");
            sentence.Comments.Add(string.Create(CultureInfo.InvariantCulture, $"sent_id = {documentId}-{s + 1}"));
            sentence.Comments.Add($"text = {document.Sentence(s).Text.ReplaceLineEndings(" ")}");
            AddWords(document, spans, document.Sentence(s).Data, sentence);
            sentences.Add(sentence);
        }
        return sentences;
    }

    private static void AddWords(Document document, TokenSpan[] spans, SentenceData range, ConlluSentence sentence)
    {
        var text = document.Text.AsSpan();
        var t = range.TokenStart;
        while (t < range.TokenEnd)
        {
            // A surface token: this token and the ones that continue it.
            var last = t;
            while (last + 1 < range.TokenEnd && SurfaceTokens.ContinuesPrevious(text, spans, last + 1))
                last++;
            var spaceAfter = last + 1 >= spans.Length || spans[last + 1].Start > spans[last].End;
            var misc = spaceAfter ? "_" : "SpaceAfter=No";
            if (last > t)
            {
                var form = document.Text[spans[t].Start..spans[last].End];
                sentence.Multiwords.Add(new ConlluMultiword(t - range.TokenStart + 1, last - range.TokenStart + 1, form, misc));
            }
            for (var w = t; w <= last; w++)
                sentence.Words.Add(Word(document, range, w, last > t ? "_" : misc));
            t = last + 1;
        }
    }

    private static ConlluWord Word(Document document, SentenceData range, int index, string misc)
    {
        var token = document.Token(index);
        var data = token.Data;
        var head = data.Head == TokenData.Unset ? (document.Layers.HasFlag(Layers.Dependencies) ? 0 : -1) : data.Head - range.TokenStart + 1;
        return new ConlluWord(index - range.TokenStart + 1, token.Text, token.Lemma ?? "_", token.Upos ?? "_", token.Xpos ?? "_", "_", head, token.Deprel ?? "_", "_", misc);
    }
}
