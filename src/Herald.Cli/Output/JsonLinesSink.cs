using Herald.Analysis;
using Herald.Records;

namespace Herald.Cli.Output;

/// <summary>One compact JSON record per line.</summary>
internal sealed class JsonLinesSink(bool withTokens) : RecordSink
{
    public override byte[] Format(AnalysisResult result) => RecordWriter.ToUtf8(Record(result, withTokens), indented: false);

    public override void Write(Stream output, byte[] formatted)
    {
        output.Write(formatted);
        output.WriteByte((byte)'\n');
    }
}
