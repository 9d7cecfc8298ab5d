using System.Runtime.InteropServices;
using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Text;

/// <summary>Fills the sentence layer with <see cref="SentenceSplitter"/>.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IStage
{
    [ThreadStatic] private static List<TokenSpan>? t_spans;
    [ThreadStatic] private static List<int>? t_starts;

    /// <summary>A stage over the default splitter.</summary>
    public SentenceStage() : this(SentenceSplitter.Default) { }

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens;

    /// <inheritdoc />
    public Layers Assigns => Layers.Sentences;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = t_spans ??= new List<TokenSpan>(1024);
        var starts = t_starts ??= new List<int>(64);
        spans.Clear();
        starts.Clear();
        foreach (ref readonly var token in document.TokenRecords)
            spans.Add(new TokenSpan(token.Start, token.Length));
        splitter.Split(document.Text, CollectionsMarshal.AsSpan(spans), starts);

        var sentences = new SentenceData[starts.Count];
        for (var s = 0; s < sentences.Length; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : spans.Count;
            sentences[s] = new SentenceData(starts[s], end);
        }
        document.SetSentences(sentences);
    }
}
