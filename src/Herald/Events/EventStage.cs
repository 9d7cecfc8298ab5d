using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Events;

/// <summary>
/// Fills <see cref="Document.Events"/> with CAMEO-coded events between the actors of <see cref="Document.Actors"/>
/// (see <see cref="EventCoder"/>). Without actors it codes nothing.
/// </summary>
public sealed class EventStage : IStage
{
    private static readonly Lazy<EventStage> s_default = new(() => new EventStage(EventLexicon.Default, CameoTable.Default));

    private readonly EventLexicon _lexicon;
    private readonly CameoTable _table;

    /// <summary>A stage that codes with <paramref name="lexicon"/> and labels codes from <paramref name="table"/>.</summary>
    public EventStage(EventLexicon lexicon, CameoTable table)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(table);
        _lexicon = lexicon;
        _table = table;
    }

    /// <summary>The stage over Herald's own lexicon and CAMEO table, loaded once.</summary>
    public static EventStage Default => s_default.Value;

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags | Layers.Dependencies;

    /// <inheritdoc />
    public Layers Assigns => Layers.Events;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Events.Clear();
        if (document.TokenCount > 0 && document.Actors.Count > 0)
            document.Events.AddRange(new EventCoder(document, _lexicon, _table).Code());
        document.MarkAssigned(Layers.Events);
    }
}
