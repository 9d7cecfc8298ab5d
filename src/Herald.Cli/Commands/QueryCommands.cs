using System.CommandLine;
using Herald.Storage.Queries;

namespace Herald.Cli.Commands;

/// <summary><c>herald search</c>, <c>events</c>, <c>quotes</c>, <c>entities</c> and <c>stats</c>: questions to the archive.</summary>
internal static class QueryCommands
{
    public static Command Search()
    {
        var text = new Argument<string>("query") { Description = "Words that must all occur, \"quoted phrases\", OR between alternatives, -word to exclude." };
        var from = ArchiveOptions.Day("--from", "Published on or after this day");
        var to = ArchiveOptions.Day("--to", "Published on or before this day");
        var source = new Option<string?>("--source") { Description = "Only this publisher (matched in part, any case)." };
        var limit = ArchiveOptions.Limit(20);
        return ArchiveQueryCommand.Create("search", "Full-text search of the archive, best matches first, with a snippet of each.",
            [text, from, to, source, limit],
            (parse, archive) => archive.Search(new SearchQuery(parse.GetRequiredValue(text), parse.GetValue(from), parse.GetValue(to), parse.GetValue(source), parse.GetValue(limit))));
    }

    public static Command Events()
    {
        var actor = Text("--actor", "Either actor contains this.");
        var sourceActor = Text("--source-actor", "The source actor contains this.");
        var targetActor = Text("--target-actor", "The target actor contains this.");
        var code = Text("--code", "The CAMEO event code starts with this (e.g. 04, 042).");
        var root = Text("--root", "The CAMEO root code (01-20).");
        var country = Text("--country", "The event's place is in this country (its code).");
        var place = Text("--place", "The event's place name contains this.");
        var from = ArchiveOptions.Day("--from", "Events on or after this day");
        var to = ArchiveOptions.Day("--to", "Events on or before this day");
        var limit = ArchiveOptions.Limit(50);
        return ArchiveQueryCommand.Create("events", "Events, each counted once with its mentions, sources (outlets), articles and stories (duplicate groups).",
            [actor, sourceActor, targetActor, code, root, country, place, from, to, limit],
            (parse, archive) => archive.Events(new EventQuery
            {
                Actor = parse.GetValue(actor), SourceActor = parse.GetValue(sourceActor), TargetActor = parse.GetValue(targetActor),
                Code = parse.GetValue(code), Root = parse.GetValue(root), Country = parse.GetValue(country), Place = parse.GetValue(place),
                From = parse.GetValue(from), To = parse.GetValue(to), Limit = parse.GetValue(limit),
            }));
    }

    public static Command Quotes()
    {
        var speaker = Text("--speaker", "The speaker (resolved name or source as written) contains this.");
        var contains = Text("--contains", "The quote contains this.");
        var limit = ArchiveOptions.Limit(50);
        return ArchiveQueryCommand.Create("quotes", "Quotes with their speakers, newest articles first.", [speaker, contains, limit],
            (parse, archive) => archive.Quotes(new QuoteQuery(parse.GetValue(speaker), parse.GetValue(contains), parse.GetValue(limit))));
    }

    public static Command Entities()
    {
        var type = Text("--type", "Only this entity type (PER, ORG, LOC, ...).");
        var top = ArchiveOptions.Limit(20, "--top");
        return ArchiveQueryCommand.Create("entities", "The entities named in the most articles.", [type, top],
            (parse, archive) => archive.Entities(new EntityQuery(parse.GetValue(type), parse.GetValue(top))));
    }

    public static Command Stats() =>
        ArchiveQueryCommand.Create("stats", "What the archive holds: articles, words, outlets, dates, near copies, rows per layer.", [], (_, archive) => archive.Stats());

    private static Option<string?> Text(string name, string description) => new(name) { Description = description };
}
