using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Herald.Errors;

namespace Herald.Time.Evaluation;

/// <summary>
/// Reads TimeML (<c>.tml</c>) files: the TEXT element's text with its tags stripped, the TIMEX3 elements in
/// it as spans, and the creation date from the TIMEX3 whose <c>functionInDocument</c> is CREATION_TIME.
/// </summary>
public static class TimeMlReader
{
    /// <summary>The <c>.tml</c> files under <paramref name="directory"/>, in name order, read.</summary>
    /// <exception cref="HeraldException">The directory is missing or a file is not TimeML.</exception>
    public static IReadOnlyList<TimeMlDocument> ReadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, directory));
        return [.. Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Read)];
    }

    /// <summary>Reads one TimeML file.</summary>
    /// <exception cref="HeraldException">The file is not well-formed XML or has no TEXT element.</exception>
    public static TimeMlDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.MalformedTimeMl, path, exception.Message));
        }
        var text = xml.Descendants("TEXT").FirstOrDefault()
            ?? throw new HeraldException(new HeraldError(ErrorCatalog.MalformedTimeMl, path, "no TEXT element"));
        var plain = new StringBuilder();
        var times = new List<GoldTime>();
        Flatten(text, plain, times);
        return new TimeMlDocument(path, plain.ToString(), CreationDate(xml), times);
    }

    private static void Flatten(XElement element, StringBuilder plain, List<GoldTime> times)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText run)
            {
                plain.Append(run.Value);
            }
            else if (node is XElement child)
            {
                var start = plain.Length;
                Flatten(child, plain, times);
                if (child.Name.LocalName == "TIMEX3" && (string?)child.Attribute("functionInDocument") != "CREATION_TIME")
                    times.Add(new GoldTime(start, plain.Length, (string?)child.Attribute("type") ?? "", (string?)child.Attribute("value") ?? ""));
            }
        }
    }

    private static DateTimeOffset? CreationDate(XDocument xml)
    {
        var dct = xml.Descendants("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME");
        var value = (string?)dct?.Attribute("value");
        return value is not null && DateTimeOffset.TryParse(value.Length >= 10 ? value[..10] : value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
    }
}
