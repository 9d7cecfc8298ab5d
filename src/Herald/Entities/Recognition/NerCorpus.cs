using System.IO.Compression;
using Herald.Errors;

namespace Herald.Entities.Recognition;

/// <summary>One gold sentence: its tokens and their IOB tags (IOB1, IOB2 or BILOU/BIOES), as written.</summary>
/// <param name="Words">The tokens.</param>
/// <param name="Tags">The tags, one per token.</param>
public sealed record NerSentence(string[] Words, string[] Tags);

/// <summary>One gold document: its sentences, and whether its corpus annotates MISC.</summary>
/// <param name="Sentences">The sentences.</param>
/// <param name="HasMisc">Whether MISC is annotated (UNER has only PER, ORG and LOC).</param>
public sealed record NerDocument(IReadOnlyList<NerSentence> Sentences, bool HasMisc);

/// <summary>
/// Reads gold named-entity files: CoNLL-2003 (space-separated <c>token POS chunk TAG</c>, <c>-DOCSTART-</c>
/// lines between documents, before or after each) and UNER (tab-separated <c>ID FORM TAG ...</c>,
/// <c># newdoc</c> comments), plain or gzipped. A file with no MISC tag is taken to be one that does not annotate it.
/// </summary>
public static class NerCorpus
{
    /// <summary>Reads the documents of <paramref name="path"/>.</summary>
    /// <exception cref="HeraldException">The file is missing, unreadable or malformed.</exception>
    public static IReadOnlyList<NerDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        try
        {
            using var stream = File.OpenRead(path);
            using var inner = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
            using var reader = new StreamReader(inner);
            return Read(reader, path);
        }
        catch (InvalidDataException exception)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.CorruptArchive, path, exception.Message));
        }
        catch (IOException exception) when (exception is not FileNotFoundException)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, path, exception.Message));
        }
    }

    /// <summary>Reads documents from <paramref name="reader"/>; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<NerDocument> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var raw = new List<List<NerSentence>>();
        var document = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var hasMisc = false;
        var lineNumber = 0;
        void EndSentence()
        {
            if (words.Count > 0)
                document.Add(new NerSentence([.. words], [.. tags]));
            words.Clear();
            tags.Clear();
        }
        void EndDocument()
        {
            EndSentence();
            if (document.Count > 0)
                raw.Add(document);
            document = [];
        }
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndDocument();
                continue;
            }
            string word, tag;
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                if (line[0] == '#')
                {
                    if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                        EndDocument();
                    continue;
                }
                var fields = line.Split('\t');
                if (fields.Length < 3)
                    throw Malformed(name, lineNumber, "expected ID, FORM and TAG separated by tabs");
                (word, tag) = (fields[1], fields[2]);
            }
            else
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (line[0] == '#' && (fields.Length < 2 || !IsTag(fields[^1])))
                {
                    if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                        EndDocument();
                    continue;
                }
                if (fields.Length < 2)
                    throw Malformed(name, lineNumber, "expected a token and its tag separated by spaces");
                (word, tag) = (fields[0], fields[^1]);
            }
            if (!IsTag(tag))
                throw Malformed(name, lineNumber, $"'{tag}' is not an entity tag (O, or B-/I-/E-/S-/L-/U- and a type)");
            hasMisc |= tag.EndsWith("-MISC", StringComparison.Ordinal);
            words.Add(word);
            tags.Add(tag);
        }
        EndDocument();
        if (raw.Count == 0)
            throw new HeraldException(new HeraldError(ErrorCatalog.Empty, name, "no tokens"));
        return raw.Select(d => new NerDocument(d, hasMisc)).ToList();
    }

    private static bool IsTag(string tag) =>
        tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U');

    private static HeraldException Malformed(string name, int line, string detail) =>
        new(new HeraldError(ErrorCatalog.MalformedNerFile, $"{name}:{line}", detail));
}
