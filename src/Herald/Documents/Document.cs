namespace Herald.Documents;

/// <summary>
/// One article under analysis: the clean text, its metadata, flat token and sentence arrays, and the
/// annotation layers the pipeline stages add. Offsets are half-open, in chars of <see cref="Text"/>.
/// A document is filled by one pipeline run on one thread, then read.
/// </summary>
public sealed class Document
{
    private TokenData[] _tokens = [];
    private SentenceData[] _sentences = [];
    private List<string>? _lemmas;
    private Dictionary<string, int>? _lemmaIds;

    /// <summary>Creates a document over clean text.</summary>
    public Document(string text, ArticleInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Info = info ?? new ArticleInfo();
    }

    /// <summary>The clean article text.</summary>
    public string Text { get; }

    /// <summary>The article's metadata.</summary>
    public ArticleInfo Info { get; }

    /// <summary>The layers that stages have assigned so far.</summary>
    public Layers Layers { get; private set; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _tokens.Length;

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>The flat token records.</summary>
    public ReadOnlySpan<TokenData> TokenRecords => _tokens;

    /// <summary>The flat sentence records.</summary>
    public ReadOnlySpan<SentenceData> SentenceRecords => _sentences;

    internal TokenData[] TokenArray => _tokens;

    internal SentenceData[] SentenceArray => _sentences;

    /// <summary>The token at <paramref name="index"/>.</summary>
    public Token Token(int index) => (uint)index < (uint)_tokens.Length
        ? new Token(this, index)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The sentence at <paramref name="index"/>.</summary>
    public Sentence Sentence(int index) => (uint)index < (uint)_sentences.Length
        ? new Sentence(this, index)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The distinct lemmas of the document; <see cref="TokenData.Lemma"/> indexes this list.</summary>
    public IReadOnlyList<string> Lemmas => (IReadOnlyList<string>?)_lemmas ?? [];

    /// <summary>The index of <paramref name="lemma"/> in <see cref="Lemmas"/>, adding it if new (allocates only then).</summary>
    public int InternLemma(ReadOnlySpan<char> lemma)
    {
        _lemmas ??= [];
        _lemmaIds ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = _lemmaIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lemma, out var id))
            return id;
        id = _lemmas.Count;
        var text = lemma.ToString();
        _lemmas.Add(text);
        _lemmaIds.Add(text, id);
        return id;
    }

    /// <summary>What extraction removed from the original input.</summary>
    public List<Boilerplate> Boilerplate { get; } = [];

    /// <summary>Named-entity mentions.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>Canonical entities, each grouping its mentions.</summary>
    public List<Entity> Entities { get; } = [];

    /// <summary>Time expressions.</summary>
    public List<TimeExpression> Times { get; } = [];

    /// <summary>Places in the world.</summary>
    public List<Place> Places { get; } = [];

    /// <summary>Spans coded as CAMEO actors, in text order.</summary>
    public List<ActorMention> Actors { get; } = [];

    /// <summary>Quotes and reported speech.</summary>
    public List<Quote> Quotes { get; } = [];

    /// <summary>CAMEO-coded events.</summary>
    public List<Event> Events { get; } = [];

    /// <summary>Document tone, once the tone stage has run.</summary>
    public Tone? Tone { get; set; }

    /// <summary>Sets the tokens. Each must lie inside <see cref="Text"/>, in order, without overlap.</summary>
    public void SetTokens(TokenData[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var previousEnd = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Length <= 0 || token.Start < previousEnd || token.End > Text.Length)
                throw new ArgumentException($"token {i} [{token.Start}, {token.End}) is empty, overlaps its predecessor or leaves the text", nameof(tokens));
            previousEnd = token.End;
        }
        _tokens = tokens;
        _sentences = [];
        _lemmas = null;
        _lemmaIds = null;
        Layers = (Layers | Layers.Tokens) & ~(Layers.Sentences | Layers.Tags);
    }

    /// <summary>
    /// Sets the sentences. They must cover the tokens in order with no gap or overlap; each token's
    /// <see cref="TokenData.Sentence"/> is set to match.
    /// </summary>
    public void SetSentences(SentenceData[] sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var next = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (sentence.TokenStart != next || sentence.TokenEnd <= sentence.TokenStart)
                throw new ArgumentException($"sentence {s} [{sentence.TokenStart}, {sentence.TokenEnd}) does not continue at token {next}", nameof(sentences));
            for (var t = sentence.TokenStart; t < sentence.TokenEnd; t++)
                _tokens[t].Sentence = s;
            next = sentence.TokenEnd;
        }
        if (next != _tokens.Length)
            throw new ArgumentException($"sentences end at token {next} but there are {_tokens.Length}", nameof(sentences));
        _sentences = sentences;
        Layers |= Layers.Sentences;
    }

    /// <summary>Counts the tokens that hold a letter or a digit: the words, as the benchmarks and tone count them.</summary>
    public int CountWords()
    {
        var words = 0;
        foreach (ref readonly var token in TokenRecords)
        {
            foreach (var c in Text.AsSpan(token.Start, token.Length))
            {
                if (char.IsLetterOrDigit(c))
                {
                    words++;
                    break;
                }
            }
        }
        return words;
    }

    /// <summary>Records that a stage has assigned <paramref name="layers"/>.</summary>
    public void MarkAssigned(Layers layers) => Layers |= layers;
}
