using Herald.Analysis;
using Herald.Records;

namespace Herald.Cli.Output;

/// <summary>
/// Indented JSON: a single record as one object, several as an array. The first record is held back
/// until the second arrives (or the end), so the output still streams.
/// </summary>
internal sealed class JsonSink(bool withTokens) : RecordSink
{
    private byte[]? _first;
    private int _count;

    public override byte[] Format(AnalysisResult result) => RecordWriter.ToUtf8(Record(result, withTokens), indented: true);

    public override void Write(Stream output, byte[] formatted)
    {
        _count++;
        if (_count == 1)
        {
            _first = formatted;
            return;
        }
        if (_count == 2)
        {
            output.Write("[\n"u8);
            output.Write(_first);
            _first = null;
        }
        output.Write(",\n"u8);
        output.Write(formatted);
    }

    public override void End(Stream output)
    {
        if (_count == 0)
            output.Write("[]\n"u8);
        else if (_count == 1)
        {
            output.Write(_first);
            output.Write("\n"u8);
        }
        else
            output.Write("\n]\n"u8);
    }
}
