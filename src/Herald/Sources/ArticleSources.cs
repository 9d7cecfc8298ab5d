using Herald.Errors;
using Herald.Sources.Feeds;
using Herald.Sources.Warc;

namespace Herald.Sources;

/// <summary>
/// Reads the inputs Herald analyses: text, HTML and JSONL files (and their <c>.gz</c> forms), directories of
/// them, and standard input. Everything streams lazily; problems come out as error items, never as exceptions,
/// and reading goes on with the next record or file.
/// </summary>
public static class ArticleSources
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// The most characters one text article holds; a longer text file is cut into parts of at most this. Fifty
    /// times a long news article, and small enough that a few parts in flight per core keep memory low.
    /// </summary>
    public const int PartLimit = 200_000;

    /// <summary>The longest JSONL line read, in bytes (64 MiB); a longer one is reported and skipped.</summary>
    public const int MaxRecordBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Reads one input: a file (of any extension: an unknown one is sniffed), a directory (recursively, in ordinal
    /// path order, skipping hidden entries and reporting files of other types), or <c>-</c> for standard input.
    /// </summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <returns>The articles and errors, lazily.</returns>
    public static IEnumerable<SourceItem> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadPath(path);
    }

    /// <summary>
    /// Reads articles from a stream. The kind comes from <paramref name="name"/>'s extension when it is one Herald
    /// reads (<c>.gz</c> is decompressed); otherwise from the content: JSONL if the first non-space character is
    /// <c>{</c>, HTML if it starts like markup, else text. The stream is not disposed.
    /// </summary>
    /// <param name="stream">A readable stream.</param>
    /// <param name="name">The name to report, such as <c>-</c> for standard input.</param>
    /// <returns>The articles and errors, lazily.</returns>
    public static IEnumerable<SourceItem> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        if (!stream.CanRead)
        {
            throw new ArgumentException("the stream must be readable", nameof(stream));
        }

        return ReadNamedStream(stream, name, InputName.Of(name));
    }

    /// <summary>Reads each input in turn, as <see cref="Read(string)"/> does.</summary>
    /// <param name="paths">The paths as the user gave them.</param>
    /// <returns>The articles and errors, lazily.</returns>
    public static IEnumerable<SourceItem> ReadAll(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadPaths(paths);
    }

    /// <summary>Whether a file in a directory is read: its extension is one Herald reads (possibly with <c>.gz</c>).</summary>
    /// <param name="path">A file path or name.</param>
    /// <returns>True for .txt, .text, .md, .html, .htm, .xhtml, .jsonl, .ndjson, .warc, .rss, .atom and their .gz forms.</returns>
    public static bool IsReadableExtension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return InputName.Of(path).Kind != InputKind.Unknown;
    }

    private static IEnumerable<SourceItem> ReadPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var item in Read(path))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<SourceItem> ReadPath(string path)
    {
        // An iterator, so that nothing touches the file system before enumeration.
        var items = path == StandardInput
            ? ReadStandardInput()
            : Directory.Exists(path) ? DirectoryWalker.Read(path) : ReadFile(path, explicitlyNamed: true);
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static IEnumerable<SourceItem> ReadStandardInput()
    {
        using var stdin = Console.OpenStandardInput();
        foreach (var item in ReadNamedStream(stdin, StandardInput, InputName.Of(StandardInput)))
        {
            yield return item;
        }
    }

    /// <summary>Reads one file; in a directory (<paramref name="explicitlyNamed"/> false) unknown types are skipped with W103.</summary>
    internal static IEnumerable<SourceItem> ReadFile(string path, bool explicitlyNamed)
    {
        var name = InputName.Of(path);
        if (name.Kind == InputKind.Unknown && !explicitlyNamed)
        {
            var extension = Path.GetExtension(path);
            var what = extension.Length > 0 ? $"extension {extension}" : "no extension";
            yield return SourceItem.Failed(new HeraldError(ErrorCatalog.SkippedFile, path, what));
            yield break;
        }

        var stream = Open(path, out var error);
        if (stream is null)
        {
            yield return SourceItem.Failed(error!);
            yield break;
        }

        using (stream)
        {
            foreach (var item in ReadNamedStream(stream, path, name))
            {
                yield return item;
            }
        }
    }

    private static FileStream? Open(string path, out HeraldError? error)
    {
        error = null;
        try
        {
            return new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.ReadWrite | FileShare.Delete,
                Options = FileOptions.SequentialScan,
                BufferSize = 0,
            });
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            var link = BrokenLinkTarget(path);
            error = new HeraldError(ErrorCatalog.NotFound, path, link is null ? null : $"a symbolic link to {link}, which does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = new HeraldError(ErrorCatalog.Unreadable, path, e.Message);
        }

        return null;
    }

    private static string? BrokenLinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reads a stream of the given kind (or sniffs it), turning read failures into one error item.</summary>
    private static IEnumerable<SourceItem> ReadNamedStream(Stream stream, string input, InputName name)
    {
        // A WARC reader handles gzip itself, one member per record, so that a bad member costs one record.
        var items = name.Kind == InputKind.Warc
            ? Guard(() => WarcArticleReader.Read(stream, input, name.IsGzip), input, name.IsGzip)
            : ReadDecompressed(stream, input, name);
        return items.Select(LimitNesting);
    }

    /// <summary>Bounds the nesting of an HTML article (<see cref="HtmlNesting"/>), with a W105 warning when it had to.</summary>
    private static SourceItem LimitNesting(SourceItem item)
    {
        if (item.Article is not { Type: ContentType.Html } article)
        {
            return item;
        }

        var limited = HtmlNesting.Limit(article.Content, out var removed);
        if (removed == 0)
        {
            return item;
        }

        var warning = new HeraldError(
            ErrorCatalog.NestingFlattened,
            article.Origin.ToString(),
            $"{removed} tags deeper than {HtmlNesting.MaxDepth} levels removed, their text kept");
        return SourceItem.Of(article with { Content = limited, Warnings = [.. article.Warnings, warning] });
    }

    private static IEnumerable<SourceItem> ReadDecompressed(Stream stream, string input, InputName name)
    {
        var content = name.IsGzip ? new GzipReader(stream, leaveOpen: true) : stream;
        try
        {
            foreach (var item in Guard(() => ReadContent(content, input, name), input, name.IsGzip))
            {
                yield return item;
            }
        }
        finally
        {
            if (name.IsGzip)
            {
                content.Dispose();
            }
        }
    }

    private static IEnumerable<SourceItem> ReadContent(Stream stream, string input, InputName name)
    {
        var head = new byte[TextDecoder.SniffBytes];
        var length = 0;
        InvalidDataException? failure = null;
        try
        {
            int n;
            while (length < head.Length && (n = stream.Read(head, length, head.Length - length)) > 0)
            {
                length += n;
            }
        }
        catch (InvalidDataException e) when (length > 0)
        {
            // Corrupt compressed data after some good bytes: deliver those first, then report it.
            failure = e;
        }

        var complete = length < head.Length;
        if (length == 0)
        {
            return [SourceItem.Failed(new HeraldError(ErrorCatalog.Empty, input, "the file is empty"))];
        }

        var kind = name.Kind == InputKind.Unknown ? Sniff(head.AsSpan(0, length), complete) : name.Kind;
        var replay = new ReplayStream(head, length, stream, failure);
        return kind switch
        {
            InputKind.Jsonl => JsonlArticleReader.Read(replay, head.AsSpan(0, length), input),
            InputKind.Warc => WarcArticleReader.Read(replay, input, gzip: false),
            InputKind.Feed => FeedArticleReader.Read(replay, input),
            InputKind.Html => HtmlArticleReader.Read(replay, head, length, complete, input, name.Id),
            _ => TextArticleReader.Read(replay, head, length, complete, input, name.Id),
        };
    }

    /// <summary>
    /// WARC if it starts with a WARC version line; JSONL if the first non-space byte is <c>{</c>; a feed if its first
    /// element is <c>rss</c>, <c>feed</c> or <c>rdf:RDF</c>; HTML if the text starts with markup; else text.
    /// </summary>
    internal static InputKind Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith(WarcRecordParser.Magic))
        {
            return InputKind.Warc;
        }

        var (bom, bomLength, _) = TextDecoder.DetectBom(head);
        if ((bom is null && TextDecoder.DetectUtf16WithoutBom(head) is null) || bom?.CodePage == 65001)
        {
            var rest = head[bomLength..];
            var first = rest.IndexOfAnyExcept(" \t\r\n\f"u8);
            if (first >= 0 && rest[first] == (byte)'{')
            {
                return InputKind.Jsonl;
            }
        }

        var planned = TextDecoder.Plan(head, complete, isHtml: false);
        if (planned.Plan is null)
        {
            return InputKind.Text; // the text reader reports the problem
        }

        var sample = head[planned.Plan.BomLength..];
        sample = sample[..Math.Min(sample.Length, 1024)];
        var text = planned.Plan.Encoding.GetString(sample).AsSpan().TrimStart();
        if (IsFeed(text))
        {
            return InputKind.Feed;
        }

        if (text.Length >= 2 && text[0] == '<' && (char.IsAsciiLetter(text[1]) || text[1] is '!' or '?'))
        {
            return InputKind.Html;
        }

        return InputKind.Text;
    }

    /// <summary>Whether markup starts as a feed: its first element, before any <c>html</c>, is <c>rss</c>, <c>feed</c> or <c>rdf:RDF</c>.</summary>
    private static bool IsFeed(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('<');
        while (at >= 0 && at + 1 < text.Length)
        {
            var rest = text[(at + 1)..];
            if (char.IsAsciiLetter(rest[0]))
            {
                return rest.StartsWith("rss", StringComparison.Ordinal) || rest.StartsWith("feed", StringComparison.Ordinal) || rest.StartsWith("rdf:RDF", StringComparison.Ordinal);
            }

            var next = rest.IndexOf('<');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Runs what <paramref name="read"/> returns, turning an I/O failure into one error item (H105 for bad compressed data,
    /// H101 otherwise) that ends the input. Items read before the failure are kept.
    /// </summary>
    private static IEnumerable<SourceItem> Guard(Func<IEnumerable<SourceItem>> read, string input, bool compressed)
    {
        IEnumerator<SourceItem>? e = null;
        try
        {
            while (true)
            {
                HeraldError? failure = null;
                try
                {
                    e ??= read().GetEnumerator();
                    if (!e.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (InvalidDataException x)
                {
                    failure = new HeraldError(compressed ? ErrorCatalog.CorruptArchive : ErrorCatalog.Unreadable, input, x.Message);
                }
                catch (Exception x) when (x is IOException or UnauthorizedAccessException or NotSupportedException)
                {
                    failure = new HeraldError(ErrorCatalog.Unreadable, input, x.Message);
                }

                if (failure is not null)
                {
                    yield return SourceItem.Failed(failure);
                    yield break;
                }

                yield return e!.Current;
            }
        }
        finally
        {
            e?.Dispose();
        }
    }
}
