namespace Herald.Errors;

/// <summary>
/// Every error and warning Herald reports, in one place. Codes are stable: scripts may match on them.
/// docs/errors.md lists the same table for users.
/// </summary>
public static class ErrorCatalog
{
    /// <summary>The path does not exist.</summary>
    public static readonly ErrorKind NotFound = new("H100", "no such file or directory", "check the path");

    /// <summary>The input exists but cannot be read.</summary>
    public static readonly ErrorKind Unreadable = new("H101", "cannot read the input", "check permissions and that it is a regular file");

    /// <summary>The input holds no text.</summary>
    public static readonly ErrorKind Empty = new("H102", "empty input", "nothing to analyse; remove the file or give it text");

    /// <summary>The input is binary data, not text.</summary>
    public static readonly ErrorKind Binary = new("H103", "binary data, not text", "give Herald text, HTML or JSONL files");

    /// <summary>The bytes cannot be decoded as text in any known encoding.</summary>
    public static readonly ErrorKind Undecodable = new("H104", "cannot decode the text", "convert the file to UTF-8");

    /// <summary>A compressed input is corrupt or truncated.</summary>
    public static readonly ErrorKind CorruptArchive = new("H105", "corrupt or truncated compressed data", "check the file was copied whole");

    /// <summary>A JSONL line is not valid JSON.</summary>
    public static readonly ErrorKind MalformedJson = new("H110", "malformed JSON", "each line must hold one JSON object");

    /// <summary>A JSONL record has neither <c>text</c> nor <c>html</c>.</summary>
    public static readonly ErrorKind MissingContent = new("H111", "record has no text or html field", "give each record a non-empty \"text\" or \"html\" string");

    /// <summary>A JSONL record field has the wrong type or an unreadable value.</summary>
    public static readonly ErrorKind BadField = new("H112", "record field has a bad value", "see docs/inputs.md for the fields and their types");

    /// <summary>A JSONL line is longer than Herald accepts.</summary>
    public static readonly ErrorKind RecordTooLarge = new("H113", "record too large", "split the record; one JSONL line may hold at most 64 MiB");

    /// <summary>A CoNLL-U line is malformed.</summary>
    public static readonly ErrorKind MalformedConllu = new("H114", "malformed CoNLL-U", "each word line needs 10 tab-separated fields; see universaldependencies.org/format.html");

    /// <summary>A system CoNLL-U file does not hold the same text as the gold file it is scored against.</summary>
    public static readonly ErrorKind TextMismatch = new("H115", "system text differs from the gold text", "score a system output made from the gold file's own text");

    /// <summary>A named-entity training or gold file (CoNLL-2003 or IOB2) has a malformed line.</summary>
    public static readonly ErrorKind MalformedNerFile = new("H116", "malformed named-entity file", "lines hold a token and its tag, CoNLL-2003 (4 columns, IOB1) or IOB2 (token and tag)");

    /// <summary>A TimeML gold file is not well-formed XML or has no TEXT element.</summary>
    public static readonly ErrorKind MalformedTimeMl = new("H119", "malformed TimeML file", "give TimeML .tml files with a TEXT element holding TIMEX3 tags");

    /// <summary>A WARC record is malformed: a bad version line, header, Content-Length or HTTP response.</summary>
    public static readonly ErrorKind MalformedWarc = new("H117", "malformed WARC record", "the record is skipped; check the file against the WARC 1.1 format (iso.org/standard/68004.html)");

    /// <summary>A feed file is not well-formed RSS or Atom.</summary>
    public static readonly ErrorKind MalformedFeed = new("H118", "malformed RSS or Atom feed", "the feed must be well-formed XML with an <rss> or <feed> root");

    /// <summary>A compiled gazetteer of another format version or cut short, or geo-annotated XML that cannot be read.</summary>
    public static readonly ErrorKind MalformedGeoFile = new("H121", "malformed gazetteer or geo-annotated file", "recompile the gazetteer with 'herald compile gazetteer'; give LGL/GeoWebNews XML to 'herald eval geo'");

    /// <summary>A CAMEO table, event lexicon, PETRARCH dictionary or PETRARCH records file has a malformed line.</summary>
    public static readonly ErrorKind MalformedEventData = new("H122", "malformed event lexicon or dictionary", "see docs/events.md for the formats of the CAMEO table, the verb lexicon and PETRARCH dictionaries");

    /// <summary>A model file (tagger, parser, NER) that this Herald cannot use: another format or feature-set version, another kind of model, or damaged.</summary>
    public static readonly ErrorKind UnusableModel = new("H123", "unusable model file", "rebuild it with the command in the meta.json beside it, or restore the committed one; see docs/models.md");

    /// <summary>The <c>--published</c> value or another option is not understood.</summary>
    public static readonly ErrorKind BadOption = new("H120", "bad option value", "see the command's --help");

    /// <summary>A stage failed on an article: a bug in Herald, reported with the record it failed on.</summary>
    public static readonly ErrorKind AnalysisFailed = new("H200", "analysis failed", "please report it with the input that caused it");

    /// <summary>The output cannot be written.</summary>
    public static readonly ErrorKind OutputFailed = new("H300", "cannot write the output", "check the output path and free space");

    /// <summary>The archive cannot be opened, migrated, read or written.</summary>
    public static readonly ErrorKind ArchiveFailed = new("H310", "archive error", "check --db: a writable SQLite path or a reachable postgres:// URL");

    /// <summary>Some bytes were not valid in the detected encoding and were replaced.</summary>
    public static readonly ErrorKind InvalidBytesReplaced = new("W101", "invalid bytes replaced with U+FFFD", "convert the file to UTF-8 to keep every character");

    /// <summary>A text file too large for one article was cut into parts at paragraph breaks.</summary>
    public static readonly ErrorKind SplitIntoParts = new("W102", "large text split into parts", "give one article per file, or use JSONL");

    /// <summary>A file in a directory was skipped because its extension is not one Herald reads.</summary>
    public static readonly ErrorKind SkippedFile = new("W103", "file type not read, skipped", "Herald reads .txt, .text, .md, .html, .htm, .xhtml, .jsonl, .ndjson, .warc, .rss, .atom and their .gz forms");

    /// <summary>A WARC file's responses that held no article (images, scripts, errors) were passed over.</summary>
    public static readonly ErrorKind WarcRecordsSkipped = new("W104", "WARC records without an article skipped", "only HTML and plain-text responses with status 2xx are articles");

    /// <summary>An HTML page nested deeper than browsers build was flattened below that depth.</summary>
    public static readonly ErrorKind NestingFlattened = new("W105", "deeply nested HTML flattened", "the page's text is kept; its structure below 512 levels is not");

    /// <summary>An article whose content hash the archive already holds was not stored again.</summary>
    public static readonly ErrorKind AlreadyArchived = new("W106", "already in the archive, skipped", "nothing to do: ingest stores each article once");

    /// <summary>A source record's publication date lies in the future; it was dropped rather than used as the reference date.</summary>
    public static readonly ErrorKind FutureDateDropped = new("W107", "publication date in the future dropped", "check the record's date field; dates are resolved against the publication date");

    /// <summary>The message broker of a fleet (<c>--broker</c>) cannot be reached, or refused an operation.</summary>
    public static readonly ErrorKind BrokerFailed = new("H320", "message broker error", "check --broker: an amqp://user:password@host:port/vhost URL of a running RabbitMQ");

    /// <summary>All entries, in code order.</summary>
    public static IReadOnlyList<ErrorKind> All { get; } =
    [
        NotFound, Unreadable, Empty, Binary, Undecodable, CorruptArchive,
        MalformedJson, MissingContent, BadField, RecordTooLarge, MalformedConllu, TextMismatch, MalformedNerFile, MalformedWarc, MalformedFeed, MalformedTimeMl, BadOption, MalformedGeoFile, MalformedEventData, UnusableModel,
        AnalysisFailed, OutputFailed, ArchiveFailed, BrokerFailed, InvalidBytesReplaced, SplitIntoParts, SkippedFile, WarcRecordsSkipped, NestingFlattened, AlreadyArchived, FutureDateDropped,
    ];
}
