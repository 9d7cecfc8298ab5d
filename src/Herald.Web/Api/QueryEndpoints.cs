using Herald.Storage;
using Herald.Storage.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Herald.Web.Api;

/// <summary>The read-only endpoints: each asks the archive one question, with filters as on the command line.</summary>
internal static class QueryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/articles", (ArchivePool pool, string? q, string? from, string? to, string? source, string? entity, string? code, int? offset, int? limit) =>
                Paged(pool, new Paging(offset, limit), p => archive => archive.Search(new SearchQuery(q, Days.Checked(from, "from"), Days.Checked(to, "to"),
                    source, p.Take + 1, entity, code, p.Skip))))
            .WithSummary("Articles: full-text search (q: words, \"phrases\", OR, -word) ranked best first, or without q newest first; filtered by publication day, source, entity name and CAMEO code prefix.");
        api.MapGet("/articles/{id}", Results<ContentHttpResult, ProblemHttpResult> (ArchivePool pool, string id) =>
                pool.Use(archive => archive.FindRecord(id)) is { } record
                    ? TypedResults.Text(record, "application/json")
                    : NotFound($"no article with id '{id}'"))
            .WithSummary("One article's herald/1 record with all its layers: text, sentences, mentions, entities, times, places, actors, quotes, events, tone.");
        api.MapGet("/events", (ArchivePool pool, string? actor, [FromQuery(Name = "source_actor")] string? sourceActor, [FromQuery(Name = "target_actor")] string? targetActor,
                string? code, string? root, string? country, string? place, string? from, string? to, int? offset, int? limit) =>
                Paged(pool, new Paging(offset, limit), p => archive => archive.Events(new EventQuery
                {
                    Actor = actor, SourceActor = sourceActor, TargetActor = targetActor, Code = code, Root = root, Country = country, Place = place,
                    From = Days.Checked(from, "from"), To = Days.Checked(to, "to"), Limit = p.Take + 1, Offset = p.Skip,
                })))
            .WithSummary("Events, each counted once with its mentions, sources, articles and stories; most mentioned first.");
        api.MapGet("/quotes", (ArchivePool pool, string? speaker, string? contains, int? offset, int? limit) =>
                Paged(pool, new Paging(offset, limit), p => archive => archive.Quotes(new QuoteQuery(speaker, contains, p.Take + 1, p.Skip))))
            .WithSummary("Quotes with their speakers, newest articles first.");
        api.MapGet("/entities", (ArchivePool pool, string? type, int? offset, int? limit) =>
                Paged(pool, new Paging(offset, limit), p => archive => archive.Entities(new EntityQuery(type, p.Take + 1, Offset: p.Skip))))
            .WithSummary("Entities by the number of articles naming them, with mentions and average tone.");
        api.MapGet("/entities/{name}", Results<Ok<EntityProfile>, ProblemHttpResult> (ArchivePool pool, string name, string? type) =>
                pool.Use(archive => EntityProfile.Find(archive, name, type)) is { } profile ? TypedResults.Ok(profile) : NotFound($"no entity named '{name}'"))
            .WithSummary("One entity (by exact name, optionally type): its totals, and per day its articles, mentions, own tone and the tone of the articles naming it.");
        api.MapGet("/stats", (ArchivePool pool) => Rows.Objects(pool.Use(archive => archive.Stats())))
            .WithSummary("What the archive holds: articles, words, outlets, dates, rows per layer.");
        api.MapGet("/stats/timeline", Results<Ok<IReadOnlyList<IReadOnlyDictionary<string, object?>>>, ProblemHttpResult> (ArchivePool pool, string? by, string? from, string? to) =>
                Answer(() => Rows.Objects(pool.Use(archive => archive.Timeline(new TimelineQuery(Group(by), Days.Checked(from, "from"), Days.Checked(to, "to")))))))
            .WithSummary("Events per day (distinct events and mentions), grouped by CAMEO root code (by=root) or quad class (by=quad).");
        api.MapGet("/stats/places", Results<Ok<IReadOnlyList<IReadOnlyDictionary<string, object?>>>, ProblemHttpResult> (ArchivePool pool, string? root, string? from, string? to, int? limit) =>
                Answer(() => Rows.Objects(pool.Use(archive => archive.Places(new PlaceQuery(root, Days.Checked(from, "from"), Days.Checked(to, "to"), new Paging(0, limit ?? Paging.MaxLimit).Checked().Take))))))
            .WithSummary("Where events happen: places with coordinates, events and mentions, the busiest first (for the map).");
        api.MapGet("/sources", (ArchivePool pool, int? offset, int? limit) =>
                Paged(pool, new Paging(offset, limit), p => archive => archive.Outlets(p.Take + 1, p.Skip)))
            .WithSummary("Publishers by their number of articles (the source facet).");
        api.MapGet("/network", (ArchivePool pool, string? actor, string? root, string? from, string? to, int? offset, int? limit) =>
                Paged(pool, new Paging(offset, limit), p => archive => archive.Network(new NetworkQuery(actor, root, Days.Checked(from, "from"), Days.Checked(to, "to"), p.Take + 1, p.Skip))))
            .WithSummary("Actor-to-actor edges: distinct events, mentions and average Goldstein score, the busiest first.");
    }

    private static Results<Ok<Page>, ProblemHttpResult> Paged(ArchivePool pool, Paging paging, Func<Paging, Func<IArchive, QueryResult>> query) =>
        Answer(() => Page.Of(pool.Use(query(paging.Checked())), paging));

    // A bad parameter (a day that is not one, a search with no word) is the client's error: 400 with the reason.
    private static Results<Ok<T>, ProblemHttpResult> Answer<T>(Func<T> answer)
    {
        try
        {
            return TypedResults.Ok(answer());
        }
        catch (ArgumentException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }
    }

    private static TimelineGroup Group(string? by) => by switch
    {
        null or "" or "root" => TimelineGroup.Root,
        "quad" => TimelineGroup.QuadClass,
        _ => throw new ArgumentException($"by must be root or quad, not '{by}'"),
    };

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
