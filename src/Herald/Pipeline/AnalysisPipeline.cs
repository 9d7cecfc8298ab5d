using System.Collections.Immutable;
using Herald.Documents;

namespace Herald.Pipeline;

/// <summary>
/// An immutable, ordered list of stages, built by <see cref="PipelineBuilder"/>. It holds no
/// per-document state, so one instance serves every thread.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IStage> stages, Layers assigns)
    {
        Stages = stages;
        Assigns = assigns;
    }

    /// <summary>The stages in run order.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Every layer the pipeline adds.</summary>
    public Layers Assigns { get; }

    /// <summary>Runs every stage over <paramref name="document"/>, in order.</summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
            document.MarkAssigned(stage.Assigns);
        }
    }
}
