using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Syntax.Tagging;

/// <summary>
/// Fills the tag layer: UPOS and XPOS from <see cref="TaggerModel"/>, sentence by sentence, and the lemma of
/// every token. The model loads on first use, so a missing model is reported per document as an error
/// naming where Herald looked, rather than stopping the program.
/// </summary>
public sealed class TaggerStage : IStage
{
    private static readonly Lazy<TaggerModel> s_default = new(TaggerModel.LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static WordHashes[]? t_words;
    [ThreadStatic] private static int[]? t_classes;
    [ThreadStatic] private static int[]? t_firstPass;
    [ThreadStatic] private static int[]? t_margins;
    [ThreadStatic] private static int[]? t_entries;

    private readonly Lazy<TaggerModel> _model;

    /// <summary>A stage over <paramref name="model"/>.</summary>
    public TaggerStage(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<TaggerModel>(model);
    }

    private TaggerStage(Lazy<TaggerModel> model) => _model = model;

    /// <summary>A stage over the committed model, loaded once per process on first use.</summary>
    public static TaggerStage Default { get; } = new(s_default);

    /// <inheritdoc />
    public string Name => "tagger";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Assigns => Layers.Tags;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = _model.Value;
        var text = document.Text.AsSpan();
        var tokens = document.TokenArray;
        // A cache per document in flight, not per thread: the pipeline moves documents across pool threads.
        var cache = model.RentCache();
        try
        {
            foreach (var sentence in document.SentenceRecords)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TagSentence(model, cache, document, text, tokens.AsSpan(sentence.TokenStart, sentence.Count));
            }
        }
        finally
        {
            model.ReturnCache(cache);
        }
        document.MarkAssigned(Layers.Tags);
    }

    private static void TagSentence(TaggerModel model, TaggerCache cache, Document document, ReadOnlySpan<char> text, Span<TokenData> tokens)
    {
        var words = Scratch(ref t_words, tokens.Length);
        var entries = Scratch(ref t_entries, tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var e = cache.Find(text.Slice(tokens[i].Start, tokens[i].Length), out words[i], out var evicted);
            if (evicted)
                entries[..i].Replace(e, -1); // an earlier word of the sentence lost its entry
            entries[i] = e;
        }
        var classes = Scratch(ref t_classes, tokens.Length);
        model.Predict(words, entries, cache, classes, Scratch(ref t_firstPass, tokens.Length), Scratch(ref t_margins, tokens.Length));

        Span<char> lemma = stackalloc char[256];
        var tags = model.Tags;
        var lemmatizer = model.Lemmatizer;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var token = ref tokens[i];
            token.Upos = tags.Upos(classes[i]);
            token.Xpos = tags.Xpos(classes[i]);
            var form = text.Slice(token.Start, token.Length);
            if (form.Length > 128)
            {
                token.Lemma = document.InternLemma(form);
                continue;
            }
            var edit = entries[i] >= 0 ? cache.Edit(entries[i], form, token.Xpos, lemmatizer) : lemmatizer.EditFor(form, token.Xpos);
            token.Lemma = document.InternLemma(lemma[..lemmatizer.Apply(edit, form, lemma)]);
        }
    }

    private static Span<T> Scratch<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
            buffer = new T[Math.Max(length, Math.Max(256, (buffer?.Length ?? 0) * 2))];
        return buffer.AsSpan(0, length);
    }
}
