using System.Xml;
using System.Xml.Linq;
using Herald.Errors;

namespace Herald.Events.Evaluation;

/// <summary>Reads PETRARCH validation records (<c>PETR.UnitTest.records.xml</c>): <c>Sentence</c> elements with <c>EventCoding</c> and <c>Text</c>.</summary>
public static class PetrarchRecords
{
    /// <summary>The records of <paramref name="path"/>, in file order. The supplied parse is not read.</summary>
    /// <exception cref="HeraldException">The file is missing or not well-formed XML.</exception>
    public static IReadOnlyList<PetrarchRecord> Read(string path)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        XDocument xml;
        try
        {
            xml = XDocument.Load(path);
        }
        catch (XmlException exception)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.MalformedEventData, path, exception.Message));
        }
        var records = new List<PetrarchRecord>();
        foreach (var sentence in xml.Descendants("Sentence"))
        {
            var expected = new List<Coding>();
            var nothing = 0;
            foreach (var coding in sentence.Elements("EventCoding"))
            {
                if (coding.Attribute("eventcode") is { } code)
                    expected.Add(new Coding(Clean(coding.Attribute("sourcecode")?.Value), Clean(coding.Attribute("targetcode")?.Value), code.Value.Trim()));
                else
                    nothing++;
            }
            var text = string.Join(' ', (sentence.Element("Text")?.Value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            records.Add(new PetrarchRecord(
                sentence.Attribute("id")?.Value.Trim() ?? $"record-{records.Count + 1}",
                sentence.Attribute("category")?.Value.Trim() ?? "",
                sentence.Attribute("date")?.Value.Trim() ?? "",
                text, expected, nothing));
        }
        return records;
    }

    // Some records quote a code in its own quotes (targetcode='"GON"').
    private static string Clean(string? code) => (code ?? "").Trim().Trim('"');
}
