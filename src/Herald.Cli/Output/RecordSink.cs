using Herald.Analysis;
using Herald.Records;

namespace Herald.Cli.Output;

/// <summary>
/// Writes analysed articles in one output format. <see cref="Format"/> is pure and runs on the worker
/// threads; <see cref="Write"/> runs on one thread, in input order.
/// </summary>
internal abstract class RecordSink
{
    public static RecordSink For(string format, bool withTokens) => format switch
    {
        "jsonl" => new JsonLinesSink(withTokens),
        "json" => new JsonSink(withTokens),
        "text" => new TextSummarySink(),
        "conllu" => new ConlluSink(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };

    public virtual void Begin(Stream output) { }

    /// <summary>The bytes for one analysed article; called from many threads at once.</summary>
    public abstract byte[] Format(AnalysisResult result);

    public abstract void Write(Stream output, byte[] formatted);

    public virtual void End(Stream output) { }

    protected static ArticleRecord Record(AnalysisResult result, bool withTokens) =>
        RecordBuilder.Build(result.Document!, result.Origin!, result.Warnings, withTokens);
}
