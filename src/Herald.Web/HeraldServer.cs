using Herald.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace Herald.Web;

/// <summary>
/// <c>herald serve</c>: the read-only HTTP API over an archive, its OpenAPI document and reference page, and
/// the explorer page, in one process. Limits: body size (413), request time (504); errors are problem-details JSON.
/// </summary>
public static class HeraldServer
{
    /// <summary>Builds the server for <paramref name="options"/>; start it with <c>RunAsync</c> or <c>StartAsync</c>.</summary>
    public static WebApplication Create(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Services.AddSingleton(new ArchivePool(options.Db));
        builder.Services.AddProblemDetails();
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy { Timeout = options.RequestTimeout });
        if (options.CacheFor > TimeSpan.Zero)
        {
            builder.Services.AddOutputCache(cache => cache.AddBasePolicy(policy => policy.Expire(options.CacheFor).Tag(ArchiveWatcher.Tag)));
            builder.Services.AddHostedService<ArchiveWatcher>();
        }
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Herald archive API";
            document.Info.Description = "Read-only questions to a Herald archive; POST /api/analyze with the operator's key.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        // A request the server refuses (too large a body: 413) keeps its status; anything else unexpected is a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError });
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.UseRequestTimeouts();
        if (options.CacheFor > TimeSpan.Zero)
            app.UseOutputCache();
        if (Directory.Exists(options.WebRoot))
        {
            var files = new PhysicalFileProvider(options.WebRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.MapOpenApi();
        app.MapScalarApiReference();
        QueryEndpoints.Map(app);
        AnalyzeEndpoint.Map(app, new ApiKey(options.ApiKey));
        return app;
    }

    // The page runs only its own script: article text that slipped into markup could not run (defence in depth;
    // the page puts article text in text nodes). The reference page (/scalar) needs its inline set-up script.
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.Ordinal))
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        return next(context);
    }
}
