using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Syntax.Parsing;

/// <summary>
/// Fills the dependency layer: for each token the document index of its head (<see cref="TokenData.Unset"/> for
/// the sentence root) and its relation (an id in <see cref="DependencyLabels"/>), sentence by sentence. The
/// model loads on first use, so a missing model is reported per document as an error naming where Herald looked.
/// </summary>
public sealed class ParserStage : IStage
{
    private static readonly Lazy<ParserModel> s_default = new(ParserModel.LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static ParseState? t_state;

    private readonly Lazy<ParserModel> _model;

    /// <summary>A stage over <paramref name="model"/>.</summary>
    public ParserStage(ParserModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<ParserModel>(model);
    }

    private ParserStage(Lazy<ParserModel> model) => _model = model;

    /// <summary>A stage over the committed model, loaded once per process on first use.</summary>
    public static ParserStage Default { get; } = new(s_default);

    /// <inheritdoc />
    public string Name => "parser";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags;

    /// <inheritdoc />
    public Layers Assigns => Layers.Dependencies;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = _model.Value;
        var state = t_state ??= new ParseState();
        var text = document.Text.AsSpan();
        var tokens = document.TokenArray;
        foreach (var sentence in document.SentenceRecords)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParseSentence(model, state, text, tokens.AsSpan(sentence.TokenStart, sentence.Count), sentence.TokenStart);
        }
        document.MarkAssigned(Layers.Dependencies);
    }

    /// <summary>Parses one sentence of tagged tokens in place; <paramref name="offset"/> is the document index of its first token.</summary>
    internal static void ParseSentence(ParserModel model, ParseState state, ReadOnlySpan<char> text, Span<TokenData> tokens, int offset)
    {
        if (tokens.IsEmpty)
            return;
        state.Reset(tokens.Length);
        var clusters = model.Clusters;
        for (var i = 0; i < tokens.Length; i++)
        {
            var form = text.Slice(tokens[i].Start, tokens[i].Length);
            state.SetWord(i + 1, form, tokens[i], clusters.Of(form));
        }
        model.Parse(state);
        for (var i = 0; i < tokens.Length; i++)
        {
            var head = state.Heads[i + 1];
            tokens[i].Head = head <= 0 ? TokenData.Unset : offset + head - 1;
            tokens[i].Dependency = (short)state.Labels[i + 1];
        }
    }
}
