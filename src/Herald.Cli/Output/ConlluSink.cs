using System.Text;
using Herald.Analysis;
using Herald.Syntax.Conllu;

namespace Herald.Cli.Output;

/// <summary>CoNLL-U: one block of sentences per article, each article opening with <c># newdoc id</c>.</summary>
internal sealed class ConlluSink : RecordSink
{
    public override byte[] Format(AnalysisResult result)
    {
        var document = result.Document!;
        var writer = new StringWriter { NewLine = "\n" };
        foreach (var sentence in DocumentConllu.From(document, document.Info.Id ?? result.Origin!.ToString()))
            ConlluWriter.Write(writer, sentence);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    public override void Write(Stream output, byte[] formatted) => output.Write(formatted);
}
