using Herald.Documents;
using Herald.Entities.Lexicons;
using Herald.Pipeline;

namespace Herald.Entities.Rules;

/// <summary>
/// The rule layer of entity mentions: NORP (nationalities, religious and political groups), NUMBER, ORDINAL,
/// MONEY, PERCENT and QUANTITY. It adds <c>rule</c> mentions where no model mention overlaps and keeps
/// <see cref="Document.Mentions"/> in text order. It runs after the statistical recogniser, or without it.
/// </summary>
public sealed class EntityRulesStage : IStage
{
    /// <summary>The <see cref="Mention.Source"/> of the mentions this stage adds.</summary>
    public const string RuleSource = "rule";

    private readonly DemonymLexicon? _lexicon;

    /// <summary>A stage over the default demonym lexicon, loaded on first use.</summary>
    public EntityRulesStage() { }

    /// <summary>A stage over <paramref name="lexicon"/>.</summary>
    public EntityRulesStage(DemonymLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The shared default instance.</summary>
    public static EntityRulesStage Default { get; } = new();

    /// <inheritdoc />
    public string Name => "entity-rules";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags;

    /// <inheritdoc />
    public Layers Assigns => Layers.None;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = document.Mentions;
        mentions.RemoveAll(m => m.Source == RuleSource);
        var context = new RuleContext(document);
        var found = new List<Mention>();
        NumericRules.Find(context, found);
        cancellationToken.ThrowIfCancellationRequested();
        NorpRule.Find(context, _lexicon ?? DemonymLexicon.Default, found);
        if (found.Count == 0)
            return;
        mentions.AddRange(found);
        // Stable: a model mention keeps its place before a rule mention at the same start.
        var ordered = mentions.Select((m, i) => (m, i)).OrderBy(p => p.m.TokenStart).ThenBy(p => p.i).Select(p => p.m).ToList();
        mentions.Clear();
        mentions.AddRange(ordered);
    }
}
