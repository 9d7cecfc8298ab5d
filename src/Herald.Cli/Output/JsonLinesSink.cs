using Herald.Analysis;
using Herald.Records;

namespace Herald.Cli.Output;

/// <summary>One compact JSON record per line.</summary>
internal sealed class JsonLinesSink(bool withTokens) : RecordSink
{
    public override void Write(Stream output, AnalysisResult result)
    {
        RecordWriter.Write(output, Record(result, withTokens), indented: false);
        output.WriteByte((byte)'\n');
    }
}
