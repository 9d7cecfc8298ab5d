using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Quotes;

/// <summary>Fills <see cref="Document.Quotes"/>: direct quotes and reported speech with their cues and speakers (see <see cref="QuoteFinder"/>).</summary>
public sealed class QuoteStage : IStage
{
    /// <summary>The shared instance (the stage has no state).</summary>
    public static QuoteStage Default { get; } = new();

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags | Layers.Dependencies | Layers.Entities;

    /// <inheritdoc />
    public Layers Assigns => Layers.Quotes;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes.Clear();
        if (document.TokenCount > 0)
            document.Quotes.AddRange(new QuoteFinder(document).Find());
        document.MarkAssigned(Layers.Quotes);
    }
}
