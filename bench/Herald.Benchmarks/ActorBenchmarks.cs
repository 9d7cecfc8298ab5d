using Herald.Actors;
using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Benchmarks;

/// <summary>
/// What actor coding adds to the pipeline (see <see cref="StageShareBenchmarks"/>).
/// Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*ActorBenchmarks*'</c>.
/// </summary>
public class ActorBenchmarks : StageShareBenchmarks
{
    /// <inheritdoc />
    protected override IStage Measured => ActorStage.Default;

    /// <inheritdoc />
    protected override int Found(Document document) => document.Actors.Count;
}
