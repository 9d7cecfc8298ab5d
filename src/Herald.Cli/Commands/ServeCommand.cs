using System.CommandLine;
using Herald.Errors;
using Herald.Web;
using Microsoft.Extensions.Hosting;

namespace Herald.Cli.Commands;

/// <summary><c>herald serve</c>: the read-only HTTP API and the explorer page over an archive.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = ArchiveOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (several separated by ;). Loopback by default: put a reverse proxy in front to serve others.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var maxBody = new Option<long>("--max-body")
        {
            Description = "The largest request body accepted, in bytes (larger: 413).",
            DefaultValueFactory = _ => 1024 * 1024,
            Validators = { r => { if (r.GetValueOrDefault<long>() < 1) r.AddError("--max-body must be at least 1."); } },
        };
        var timeout = Seconds("--timeout", "How long a request may run before it is answered with 504, in seconds.", 30, 1);
        var cache = Seconds("--cache", "How long an API answer is reused for the same request, in seconds (0: no cache). Answers are dropped within 2 s of an ingest adding articles.", 600, 0);
        var command = new Command("serve", $"Serve the archive read-only: an HTTP API (/api, OpenAPI at /openapi/v1.json, reference at /scalar) and a page to explore it. POST /api/analyze is on only when {ServerOptions.ApiKeyVariable} holds a key.")
        {
            db, urls, maxBody, timeout, cache,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetRequiredValue(db);
            // Brings an older archive's schema up to date once; from then on every connection is read-only.
            var description = "";
            ArchiveOptions.Run(target, create: false, archive =>
            {
                description = archive.Description;
                return ExitCodes.Success;
            });
            var options = new ServerOptions
            {
                Db = target,
                Urls = parse.GetRequiredValue(urls),
                ApiKey = Environment.GetEnvironmentVariable(ServerOptions.ApiKeyVariable),
                MaxBodyBytes = parse.GetValue(maxBody),
                RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                CacheFor = TimeSpan.FromSeconds(parse.GetValue(cache)),
            };
            await using var app = HeraldServer.Create(options);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                throw new HeraldException(new HeraldError(ErrorCatalog.BadOption, "--urls", exception.Message), exception);
            }
            var analysis = options.ApiKey is { Length: > 0 } ? "analysis on (key set)" : $"analysis off (no {ServerOptions.ApiKeyVariable})";
            Console.Error.WriteLine($"herald: serving {description} read-only at {string.Join(", ", app.Urls)}; {analysis}; Ctrl-C stops");
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<int> Seconds(string name, string description, int defaultValue, int least) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        Validators = { r => { if (r.GetValueOrDefault<int>() < least) r.AddError($"{name} must be at least {least}."); } },
    };
}
