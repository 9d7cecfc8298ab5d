using Herald.Documents;
using Herald.Pipeline;
using Herald.Quotes;

namespace Herald.Benchmarks;

/// <summary>
/// What quote extraction adds to the pipeline (see <see cref="StageShareBenchmarks"/>).
/// Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*QuoteBenchmarks*'</c>.
/// </summary>
public class QuoteBenchmarks : StageShareBenchmarks
{
    /// <inheritdoc />
    protected override IStage Measured => QuoteStage.Default;

    /// <inheritdoc />
    protected override int Found(Document document) => document.Quotes.Count;
}
