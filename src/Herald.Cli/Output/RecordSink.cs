using Herald.Analysis;
using Herald.Events;
using Herald.Records;

namespace Herald.Cli.Output;

/// <summary>
/// Writes analysed articles in one output format. <see cref="Format"/> is pure and runs on the worker
/// threads; <see cref="Write"/> runs on one thread, in input order.
/// </summary>
internal abstract class RecordSink
{
    public static RecordSink For(string format, bool withTokens, string ontology = "cameo")
    {
        RecordSink sink = format switch
        {
            "jsonl" => new JsonLinesSink(withTokens),
            "json" => new JsonSink(withTokens),
            "text" => new TextSummarySink(),
            "conllu" => new ConlluSink(),
            "gdelt" => new GdeltSink(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
        };
        sink.Plover = ontology == "plover" ? PloverMapping.Default : null;
        return sink;
    }

    /// <summary>The PLOVER mapping events are shown in, when asked for (<c>--ontology plover</c>).</summary>
    protected PloverMapping? Plover { get; private set; }

    public virtual void Begin(Stream output) { }

    /// <summary>The bytes for one analysed article; called from many threads at once.</summary>
    public abstract byte[] Format(AnalysisResult result);

    public abstract void Write(Stream output, byte[] formatted);

    public virtual void End(Stream output) { }

    protected ArticleRecord Record(AnalysisResult result, bool withTokens) =>
        RecordBuilder.Build(result.Document!, result.Origin!, result.Warnings, withTokens, Plover);
}
