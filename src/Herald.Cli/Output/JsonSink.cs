using System.Text;
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

    public override void Write(Stream output, AnalysisResult result)
    {
        var json = RecordWriter.ToUtf8(Record(result, withTokens), indented: true);
        _count++;
        if (_count == 1)
        {
            _first = json;
            return;
        }
        if (_count == 2)
        {
            output.Write("[\n"u8);
            output.Write(_first);
            _first = null;
        }
        output.Write(",\n"u8);
        output.Write(json);
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
            output.Write(Encoding.UTF8.GetBytes("\n]\n"));
    }
}
