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

    /// <summary>How many sentences of a document are parsed together (their BiLSTMs share each step's weight reads).</summary>
    private const int BatchSentences = 8;

    [ThreadStatic] private static ParseState[]? t_states;

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
        var states = t_states ??= [.. Enumerable.Range(0, BatchSentences).Select(_ => new ParseState())];
        var text = document.Text.AsSpan();
        var tokens = document.TokenArray;
        var records = document.SentenceRecords; // each has a token at least (Document.SetSentences checks)
        for (var first = 0; first < records.Length; first += BatchSentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = records.Slice(first, Math.Min(BatchSentences, records.Length - first));
            for (var b = 0; b < batch.Length; b++)
                Load(model, states[b], text, tokens.AsSpan(batch[b].TokenStart, batch[b].Count));
            model.Parse(states.AsSpan(0, batch.Length));
            for (var b = 0; b < batch.Length; b++)
                Store(states[b], tokens.AsSpan(batch[b].TokenStart, batch[b].Count), batch[b].TokenStart);
        }
        document.MarkAssigned(Layers.Dependencies);
    }

    /// <summary>Loads one sentence of tagged tokens into <paramref name="state"/>.</summary>
    private static void Load(ParserModel model, ParseState state, ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens)
    {
        state.Reset(tokens.Length);
        var clusters = model.Clusters;
        for (var i = 0; i < tokens.Length; i++)
        {
            var form = text.Slice(tokens[i].Start, tokens[i].Length);
            state.SetWord(i + 1, form, tokens[i], clusters.Of(form));
        }
    }

    /// <summary>Writes the parse in <paramref name="state"/> into its tokens; <paramref name="offset"/> is the document index of the first.</summary>
    private static void Store(ParseState state, Span<TokenData> tokens, int offset)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var head = state.Heads[i + 1];
            tokens[i].Head = head <= 0 ? TokenData.Unset : offset + head - 1;
            tokens[i].Dependency = (short)state.Labels[i + 1];
        }
    }
}
