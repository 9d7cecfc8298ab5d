namespace Herald.Web;

/// <summary>How <c>herald serve</c> runs: which archive, where it listens, and its limits.</summary>
public sealed record ServerOptions
{
    /// <summary>The environment variable that holds the key enabling <c>POST /api/analyze</c>.</summary>
    public const string ApiKeyVariable = "HERALD_API_KEY";

    /// <summary>The archive: a SQLite path or a PostgreSQL URL, opened read-only.</summary>
    public required string Db { get; init; }

    /// <summary>Where to listen, separated by <c>;</c>; loopback by default.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The key a client must send in <c>X-Api-Key</c> to analyse; without one, analysis is off.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted, in bytes; a larger one is refused with 413.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>How long a request may run before it is answered with 504.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an answer of the API is reused for the same request; zero turns the cache off. Answers are
    /// dropped sooner when the archive gains articles (see <see cref="ArchiveWatcher"/>).
    /// </summary>
    public TimeSpan CacheFor { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The folder of the page's files (the bundle the build writes beside the program by default).</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
