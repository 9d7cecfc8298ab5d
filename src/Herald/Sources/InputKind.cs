namespace Herald.Sources;

/// <summary>How an input is read.</summary>
internal enum InputKind
{
    /// <summary>Not known from the name: sniffed from the content when the user named the file.</summary>
    Unknown,

    /// <summary>A plain-text article.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>JSON Lines, one article per line.</summary>
    Jsonl,

    /// <summary>A WARC web archive.</summary>
    Warc,

    /// <summary>An RSS or Atom feed.</summary>
    Feed,
}

/// <summary>What a file name says about the input: its kind, whether it is gzip-compressed, and the article id.</summary>
internal readonly record struct InputName(InputKind Kind, bool IsGzip, string Id)
{
    /// <summary>Classifies <paramref name="path"/> by its extension, ignoring case; <c>.gz</c> is looked through.</summary>
    public static InputName Of(string path)
    {
        var name = Path.GetFileName(path);
        if (path == ArticleSources.StandardInput)
        {
            return new InputName(InputKind.Unknown, false, "stdin");
        }

        var gzip = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        if (gzip)
        {
            name = name[..^3];
        }

        var extension = Path.GetExtension(name);
        var kind = extension.ToUpperInvariant() switch
        {
            ".TXT" or ".TEXT" or ".MD" => InputKind.Text,
            ".HTML" or ".HTM" or ".XHTML" => InputKind.Html,
            ".JSONL" or ".NDJSON" => InputKind.Jsonl,
            ".WARC" => InputKind.Warc,
            ".RSS" or ".ATOM" => InputKind.Feed,
            _ => InputKind.Unknown,
        };
        var id = Path.GetFileNameWithoutExtension(name);
        return new InputName(kind, gzip, id.Length > 0 ? id : name);
    }
}
