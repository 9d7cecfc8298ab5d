using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Text;

/// <summary>Fills the token layer with <see cref="NewsTokenizer"/>.</summary>
public sealed class TokenizerStage(NewsTokenizer tokenizer) : IStage
{
    [ThreadStatic] private static List<TokenSpan>? t_scratch;

    /// <summary>A stage over the default tokenizer.</summary>
    public TokenizerStage() : this(NewsTokenizer.Default) { }

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public Layers Requires => Layers.None;

    /// <inheritdoc />
    public Layers Assigns => Layers.Tokens;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = t_scratch ??= new List<TokenSpan>(1024);
        spans.Clear();
        tokenizer.Tokenize(document.Text, spans);
        var tokens = new TokenData[spans.Count];
        for (var i = 0; i < tokens.Length; i++)
            tokens[i] = new TokenData(spans[i].Start, spans[i].Length);
        document.SetTokens(tokens);
    }
}
