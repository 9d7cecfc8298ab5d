using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Entities.Recognition;

/// <summary>
/// Finds named-entity mentions (PERSON, ORG, LOC, MISC) with <see cref="NerModel"/> and adds them to
/// <see cref="Document.Mentions"/> in text order, ungrouped (<c>Entity = -1</c>, <c>Source = "model"</c>).
/// The model loads on first use, once per process.
/// </summary>
public sealed class NerStage : IStage
{
    private static readonly Lazy<NerModel> s_default = new(NerModel.LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static NerWord[]? t_words;
    [ThreadStatic] private static int[]? t_labels;
    [ThreadStatic] private static Dictionary<ulong, int>? t_case;
    [ThreadStatic] private static Dictionary<ulong, int>? t_history;
    [ThreadStatic] private static List<(int Start, int End, int Type)>? t_spans;

    private const int Organization = 1, Location = 2;

    private readonly Lazy<NerModel> _model;

    /// <summary>A stage over <paramref name="model"/>.</summary>
    public NerStage(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<NerModel>(model);
    }

    private NerStage(Lazy<NerModel> model) => _model = model;

    /// <summary>A stage over the committed model, loaded once per process on first use.</summary>
    public static NerStage Default { get; } = new(s_default);

    /// <inheritdoc />
    public string Name => "ner";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags;

    /// <inheritdoc />
    public Layers Assigns => Layers.Entities;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var model = _model.Value;
        var count = document.TokenCount;
        var words = Scratch(ref t_words, count);
        var labels = Scratch(ref t_labels, count);
        NerWord.Build(document, model.Lexicon, words, t_case ??= []);
        var chooser = new ModelChooser(model);
        NerDecoder.Decode(words, document.SentenceRecords, labels, t_history ??= [], ref chooser);
        var spans = t_spans ??= [];
        var tokens = document.TokenArray;
        for (var t = 0; t < count; t++)
            tokens[t].EntityTag = (short)labels[t];
        foreach (var sentence in document.SentenceRecords)
        {
            spans.Clear();
            NerLabels.Spans(labels[sentence.TokenStart..sentence.TokenEnd], spans);
            foreach (var (start, end, type) in spans)
            {
                var first = sentence.TokenStart + start;
                var last = MentionEdges.End(document.Text, tokens, first, sentence.TokenStart + end, sentence.TokenEnd, NerLabels.MentionTypes[type] == EntityTypes.Person);
                var mentionType = type == Location && SeatsOfGovernment.IsMatch(document.Text, tokens, first, last) ? Organization : type;
                var name = NerLabels.MentionTypes[mentionType] == EntityTypes.Person ? -1 : TitledNames.NameStart(document.Text, tokens, first, last);
                document.Mentions.Add(name < 0
                    ? new Mention(first, last, NerLabels.MentionTypes[mentionType], -1) { Source = "model" }
                    : new Mention(name, last, EntityTypes.Person, -1) { Source = "model" });
            }
        }
        document.MarkAssigned(Layers.Entities);
    }

    private static Span<T> Scratch<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
            buffer = new T[Math.Max(length, Math.Max(1024, (buffer?.Length ?? 0) * 2))];
        return buffer.AsSpan(0, length);
    }

    private readonly struct ModelChooser(NerModel model) : ILabelChooser
    {
        public int Choose(ReadOnlySpan<ulong> features, UInt128 allowed, int token)
        {
            var weights = model.Weights;
            Span<int> scores = stackalloc int[weights.Stride];
            weights.Score(features, scores);
            return Learning.LinearModel.ArgMax(scores[..weights.Classes], allowed, out _);
        }
    }
}
