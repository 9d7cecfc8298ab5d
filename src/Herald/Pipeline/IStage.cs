using Herald.Documents;

namespace Herald.Pipeline;

/// <summary>
/// One step of analysis. A stage reads the layers it <see cref="Requires"/> and adds the layers it
/// <see cref="Assigns"/>. It keeps no per-document state: one instance serves every thread at once.
/// </summary>
public interface IStage
{
    /// <summary>A short name for messages, such as <c>tokenizer</c>.</summary>
    string Name { get; }

    /// <summary>The layers that must exist before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>The layers this stage adds.</summary>
    Layers Assigns { get; }

    /// <summary>Adds this stage's layers to <paramref name="document"/>.</summary>
    void Process(Document document, CancellationToken cancellationToken = default);
}
