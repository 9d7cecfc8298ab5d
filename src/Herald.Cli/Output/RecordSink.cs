using Herald.Analysis;
using Herald.Records;

namespace Herald.Cli.Output;

/// <summary>Writes analysed articles in one output format.</summary>
internal abstract class RecordSink
{
    public static RecordSink For(string format, bool withTokens) => format switch
    {
        "jsonl" => new JsonLinesSink(withTokens),
        "json" => new JsonSink(withTokens),
        "text" => new TextSummarySink(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };

    public virtual void Begin(Stream output) { }

    public abstract void Write(Stream output, AnalysisResult result);

    public virtual void End(Stream output) { }

    protected static ArticleRecord Record(AnalysisResult result, bool withTokens) =>
        RecordBuilder.Build(result.Document!, result.Origin!, result.Warnings, withTokens);
}
