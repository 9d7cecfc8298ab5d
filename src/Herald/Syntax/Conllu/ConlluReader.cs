using System.Globalization;
using System.IO.Compression;
using Herald.Errors;

namespace Herald.Syntax.Conllu;

/// <summary>Reads CoNLL-U (plain or <c>.gz</c>) sentence by sentence, streaming.</summary>
public static class ConlluReader
{
    /// <summary>Reads the sentences of the file at <paramref name="path"/>; <c>.gz</c> is decompressed.</summary>
    /// <exception cref="HeraldException">A line is malformed: the message names the file and line.</exception>
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        return ReadFileLazily(path);
    }

    private static IEnumerable<ConlluSentence> ReadFileLazily(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream);
        foreach (var sentence in Read(reader, path))
            yield return sentence;
    }

    /// <summary>Reads sentences from <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        long lineNumber = 0;
        ConlluSentence? sentence = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (sentence is { Words.Count: > 0 })
                    yield return sentence;
                sentence = null;
                continue;
            }
            sentence ??= new ConlluSentence { Line = lineNumber };
            if (line[0] == '#')
            {
                sentence.Comments.Add(line[1..].TrimStart());
                continue;
            }
            ParseLine(line, sentence, name, lineNumber);
        }
        if (sentence is { Words.Count: > 0 })
            yield return sentence;
    }

    private static void ParseLine(string line, ConlluSentence sentence, string name, long lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 10)
            throw Malformed(name, lineNumber, $"expected 10 tab-separated fields, found {fields.Length}");
        var id = fields[0];
        if (id.Contains('.', StringComparison.Ordinal))
            return; // an empty node of the enhanced graph: not a surface word
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            sentence.Multiwords.Add(new ConlluMultiword(Int(id[..dash], name, lineNumber), Int(id[(dash + 1)..], name, lineNumber), fields[1], fields[9]));
            return;
        }
        var head = fields[6] == "_" ? -1 : Int(fields[6], name, lineNumber);
        sentence.Words.Add(new ConlluWord(Int(id, name, lineNumber), fields[1], fields[2], fields[3], fields[4], fields[5], head, fields[7], fields[8], fields[9]));
    }

    private static int Int(string text, string name, long lineNumber) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Malformed(name, lineNumber, $"'{text}' is not a word index");

    private static HeraldException Malformed(string name, long lineNumber, string detail) =>
        new(new HeraldError(ErrorCatalog.MalformedConllu, $"{name}:{lineNumber}", detail));
}
