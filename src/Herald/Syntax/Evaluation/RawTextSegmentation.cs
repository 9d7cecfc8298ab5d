using System.Runtime.InteropServices;
using System.Text;
using Herald.Syntax.Conllu;
using Herald.Text;

namespace Herald.Syntax.Evaluation;

/// <summary>
/// Segments raw text with Herald's tokenizer and sentence splitter into CoNLL-U sentences without tags, and
/// rebuilds the raw text of a gold file, so that segmentation can be scored as in the CoNLL 2018 shared task.
/// </summary>
/// <remarks>
/// Herald's tokens are syntactic words ("do" + "n't"); the output groups the ones that UD writes as one
/// multi-word token ("don't") with <see cref="SurfaceTokens"/>, so the token metric compares surface tokens
/// and the word metric compares words. Sentences get <c># text</c>; the first sentence of a text gets
/// <c># newdoc</c> and a sentence after a blank line <c># newpar</c>.
/// </remarks>
public static class RawTextSegmentation
{
    /// <summary>
    /// The raw documents of a gold file: each sentence's text rebuilt from its tokens and spacing, sentences
    /// joined by a space, paragraphs (<c># newpar</c>) by a blank line; <c># newdoc</c> starts a new document.
    /// </summary>
    public static IReadOnlyList<string> Documents(IEnumerable<ConlluSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var documents = new List<string>();
        var text = new StringBuilder();
        foreach (var sentence in gold)
        {
            if (sentence.StartsDocument && text.Length > 0)
            {
                documents.Add(text.ToString());
                text.Clear();
            }
            if (text.Length > 0)
                text.Append(sentence.StartsParagraph ? "\n\n" : " ");
            text.Append(sentence.RebuildText());
        }
        if (text.Length > 0)
            documents.Add(text.ToString());
        return documents;
    }

    /// <summary>Segments each document (see <see cref="Segment(string)"/>) and concatenates the sentences.</summary>
    public static List<ConlluSentence> Segment(IEnumerable<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sentences = new List<ConlluSentence>();
        foreach (var document in documents)
            sentences.AddRange(Segment(document));
        return sentences;
    }

    /// <summary>Tokenizes and splits <paramref name="text"/>: one sentence per split, one word per token, no tags.</summary>
    public static List<ConlluSentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TokenSpan>();
        NewsTokenizer.Default.Tokenize(text, tokens);
        var starts = new List<int>();
        var spans = CollectionsMarshal.AsSpan(tokens);
        SentenceSplitter.Default.Split(text, spans, starts);
        var sentences = new List<ConlluSentence>(starts.Count);
        for (var s = 0; s < starts.Count; s++)
        {
            var first = starts[s];
            var end = s + 1 < starts.Count ? starts[s + 1] : tokens.Count;
            sentences.Add(Sentence(text, spans, first, end, s == 0));
        }
        return sentences;
    }

    private static ConlluSentence Sentence(string text, ReadOnlySpan<TokenSpan> tokens, int first, int end, bool startsDocument)
    {
        var sentence = new ConlluSentence();
        if (startsDocument)
            sentence.Comments.Add("newdoc");
        else if (BlankLineBefore(text, tokens[first - 1].End, tokens[first].Start))
            sentence.Comments.Add("newpar");
        var raw = text[tokens[first].Start..tokens[end - 1].End];
        sentence.Comments.Add("text = " + string.Join(' ', raw.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        for (var k = first; k < end;)
        {
            var last = k;
            while (last + 1 < end && SurfaceTokens.ContinuesPrevious(text, tokens, last + 1)) last++;
            var spaceAfter = last + 1 >= tokens.Length || tokens[last].End < tokens[last + 1].Start;
            var misc = spaceAfter ? "_" : "SpaceAfter=No";
            var id = k - first + 1;
            if (last > k)
            {
                var form = text[tokens[k].Start..tokens[last].End];
                sentence.Multiwords.Add(new ConlluMultiword(id, id + last - k, form, misc));
            }
            for (var w = k; w <= last; w++)
            {
                var form = text.Substring(tokens[w].Start, tokens[w].Length);
                sentence.Words.Add(new ConlluWord(w - first + 1, form, "_", "_", "_", "_", -1, "_", "_", last > k ? "_" : misc));
            }
            k = last + 1;
        }
        return sentence;
    }

    private static bool BlankLineBefore(string text, int from, int to)
    {
        var breaks = 0;
        foreach (var c in text.AsSpan(from, to - from))
        {
            if (c == '\n' || c == '\u2029') breaks++;
        }
        return breaks >= 2;
    }
}
