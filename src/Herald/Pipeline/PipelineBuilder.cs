using Herald.Documents;

namespace Herald.Pipeline;

/// <summary>Assembles stages in order and checks that each one's requirements are met before it runs.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    /// <summary>Appends <paramref name="stage"/>.</summary>
    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Puts <paramref name="stage"/> in place of the stage with its name ("actors" with another dictionary, say).</summary>
    /// <exception cref="ArgumentException">No stage has that name.</exception>
    public PipelineBuilder Replace(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var index = _stages.FindIndex(s => s.Name == stage.Name);
        if (index < 0)
            throw new ArgumentException($"no stage is named '{stage.Name}'; the stages are {string.Join(", ", _stages.Select(s => s.Name))}", nameof(stage));
        _stages[index] = stage;
        return this;
    }

    /// <summary>Freezes the stages into an immutable pipeline.</summary>
    /// <exception cref="InvalidOperationException">A stage requires a layer no earlier stage assigns.</exception>
    public AnalysisPipeline Build()
    {
        var available = Layers.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
                throw new InvalidOperationException(
                    $"stage '{stage.Name}' requires {missing}, which no earlier stage assigns; order: {string.Join(" -> ", _stages.Select(s => s.Name))}");
            available |= stage.Assigns;
        }
        return new AnalysisPipeline([.. _stages], available);
    }
}
