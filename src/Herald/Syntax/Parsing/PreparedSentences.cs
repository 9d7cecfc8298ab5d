using System.IO.Compression;
using Herald.Learning;

namespace Herald.Syntax.Parsing;

/// <summary>
/// Tagged training and dev sentences with the jackknifed supertagger, kept in a file between training runs on
/// the same data (tagging by jackknife is most of a run's preparation). The file names what it was made from,
/// and is ignored when that differs or when it cannot be read whole (a run stopped while writing it).
/// </summary>
internal sealed record PreparedSentences(IReadOnlyList<ParserSentence> Train, IReadOnlyList<ParserSentence>? Dev, Supertagger? Supertagger)
{
    /// <summary>
    /// Names the layout of <see cref="ParserSentence.Write"/>; it starts every file's key, so that a file kept before
    /// that layout changed is ignored. Change it with the layout.
    /// </summary>
    public const string Layout = "suffixes";

    public static PreparedSentences? TryRead(string path, string key)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            return Read(path, key);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return null;
        }
    }

    private static PreparedSentences? Read(string path, string key)
    {
        using var stream = new ZLibStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(stream, 1 << 16));
        if (reader.ReadString() != key)
            return null;
        var train = ReadList(reader);
        var dev = reader.ReadBoolean() ? ReadList(reader) : null;
        var supertagger = reader.ReadBoolean() ? new Supertagger(LinearModel.Read(reader)) : null;
        return new PreparedSentences(train, dev, supertagger);
    }

    public static void Write(string path, string key, PreparedSentences prepared)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            Directory.CreateDirectory(directory);
        var partial = path + ".partial";
        using (var writer = new BinaryWriter(new ZLibStream(File.Create(partial), CompressionLevel.Fastest)))
        {
            writer.Write(key);
            WriteList(writer, prepared.Train);
            writer.Write(prepared.Dev is not null);
            if (prepared.Dev is not null)
                WriteList(writer, prepared.Dev);
            writer.Write(prepared.Supertagger is not null);
            prepared.Supertagger?.Model.Write(writer);
        }
        File.Move(partial, path, overwrite: true); // a run stopped while writing leaves the last whole file
    }

    private static List<ParserSentence> ReadList(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var list = new List<ParserSentence>(count);
        for (var i = 0; i < count; i++)
            list.Add(ParserSentence.Read(reader));
        return list;
    }

    private static void WriteList(BinaryWriter writer, IReadOnlyList<ParserSentence> sentences)
    {
        writer.Write(sentences.Count);
        foreach (var sentence in sentences)
            sentence.Write(writer);
    }
}
