using Herald.Analysis;
using Herald.Errors;
using Herald.Records;
using Herald.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Herald.Web.Api;

/// <summary>
/// <c>POST /api/analyze</c>: text, HTML or a JSON article in, its herald/1 record out. Off unless the operator
/// set a key; a request must carry it in <c>X-Api-Key</c>. The models load on the first request.
/// </summary>
internal static class AnalyzeEndpoint
{
    public const string KeyHeader = "X-Api-Key";

    public static void Map(IEndpointRouteBuilder app, ApiKey key)
    {
        var engine = new Lazy<HeraldEngine>(HeraldEngine.CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);
        app.MapPost("/api/analyze", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (HttpRequest request, CancellationToken cancel) =>
            {
                if (!key.Configured)
                    return Problem(StatusCodes.Status403Forbidden, "Analysis is off", $"the operator has not set {ServerOptions.ApiKeyVariable}; this server only reads its archive");
                if (!key.Matches(request.Headers[KeyHeader]))
                    return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", $"send the operator's key in the {KeyHeader} header");
                using var body = new MemoryStream();
                // Past the size limit: 413. A client that sends too slowly is cut off by Kestrel's minimum data rate;
                // the time limit (504) is for the analysis.
                await request.Body.CopyToAsync(body, CancellationToken.None).ConfigureAwait(false);
                body.Position = 0;
                var item = ArticleSources.Read(body, InputName(request.ContentType)).FirstOrDefault();
                if (item.Article is not { } article)
                    return Problem(StatusCodes.Status400BadRequest, "Bad input", item.Error?.Message ?? "the request has no article");
                try
                {
                    var document = engine.Value.Analyze(article, null, cancel);
                    var record = RecordBuilder.Build(document, article.Origin, article.Warnings, withTokens: false);
                    return TypedResults.Bytes(RecordWriter.ToUtf8(record, indented: false), "application/json");
                }
                catch (HeraldException exception)
                {
                    return Problem(StatusCodes.Status422UnprocessableEntity, "Not analysable", exception.Error.Message);
                }
            })
            .Accepts<string>("text/plain", "text/html", "application/json")
            .WithSummary($"Analyse one article (text/plain, text/html, or application/json with a text field) into its herald/1 record. Needs the operator's key in {KeyHeader}.");
    }

    // The name tells the reader what the body is, as a file's extension does.
    private static string InputName(string? contentType) => contentType switch
    {
        { } type when type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) => "request.jsonl",
        { } type when type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) => "request.html",
        _ => "request.txt",
    };

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
