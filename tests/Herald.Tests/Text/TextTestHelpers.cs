using System.Runtime.InteropServices;
using Herald.Text;

namespace Herald.Tests.Text;

/// <summary>Runs the tokenizer and the splitter over a string and returns token / sentence texts.</summary>
internal static class TextTestHelpers
{
    public static List<TokenSpan> Spans(string text)
    {
        var spans = new List<TokenSpan>();
        NewsTokenizer.Default.Tokenize(text, spans);
        return spans;
    }

    public static string[] Tokens(string text) =>
        [.. Spans(text).Select(t => text.Substring(t.Start, t.Length))];

    /// <summary>The sentences as text, from the first token's start to the last token's end.</summary>
    public static string[] Sentences(string text)
    {
        var spans = Spans(text);
        var starts = new List<int>();
        SentenceSplitter.Default.Split(text, CollectionsMarshal.AsSpan(spans), starts);
        var result = new string[starts.Count];
        for (var s = 0; s < starts.Count; s++)
        {
            var last = (s + 1 < starts.Count ? starts[s + 1] : spans.Count) - 1;
            result[s] = text[spans[starts[s]].Start..spans[last].End];
        }
        return result;
    }
}
