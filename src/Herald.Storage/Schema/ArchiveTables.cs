using Herald.Records;
using Herald.Storage.Duplicates;

namespace Herald.Storage.Schema;

/// <summary>
/// Every table of the archive and how an article's record becomes its rows: one definition per layer, so a
/// new layer or column is one entry here (give new columns the next <see cref="Column.Since"/> version and
/// the migrations follow). docs/archive.md describes the same tables.
/// </summary>
public static class ArchiveTables
{
    /// <summary>One row per article: keys, metadata, the clean text and the whole herald/1 record.</summary>
    public static Table Articles { get; } = new("articles", "one analysed article",
    [
        Int("id"), Text("content_hash"), Text("key"), Text("title"), Text("published"), Text("modified"), Text("source"),
        Text("url"), Text("authors"), Text("language"), Text("image"), Text("input"), Int("line"), Int("words"),
        Text("fingerprint") with { Exported = false }, Int("duplicate_group"), Text("text"), Text("record") with { Exported = false },
    ], a =>
    {
        var body = a.Record.Article;
        return [[a.Id, a.ContentHash, a.Record.Id, body.Title, body.Published, body.Modified, body.Source, body.Url,
            body.Authors.Count == 0 ? null : string.Join("; ", body.Authors), body.Language, body.Image,
            a.Record.Origin.Input, a.Record.Origin.Line, a.Words, a.Fingerprint is null ? null : MinHash.ToText(a.Fingerprint), a.DuplicateGroup, body.Text, a.RecordJson]];
    });

    /// <summary>The text extraction removed (offsets into the original input).</summary>
    public static Table Boilerplate { get; } = new("boilerplate", "removed boilerplate",
        [Int("article"), Int("idx"), Int("char_start"), Int("char_end"), Text("kind"), Text("text")],
        a => a.Record.Article.Boilerplate.Select((b, i) => Row(a, i, b.Start, b.End, b.Kind, b.Text)));

    /// <summary>Sentences with their char and token spans.</summary>
    public static Table Sentences { get; } = new("sentences", "one sentence",
        [Int("article"), Int("idx"), Int("char_start"), Int("char_end"), Int("token_start"), Int("token_end"), Text("text")],
        a => a.Record.Sentences.Select(s => Row(a, s.Index, s.Start, s.End, s.TokenStart, s.TokenEnd, s.Text)));

    /// <summary>Canonical entities of an article.</summary>
    public static Table Entities { get; } = new("entities", "one canonical entity of an article",
        [Int("article"), Int("idx"), Text("name"), Text("type"), Text("country"), Text("actor_code"), Int("mentions"), .. Since(3, Real("tone"))],
        a => a.Record.Entities.Select(e => Row(a, e.Index, e.Name, e.Type, e.Country, e.ActorCode, e.Mentions.Count, EntityTone(a, e.Index))));

    /// <summary>Named-entity mentions, pointing at their entity's <c>idx</c>.</summary>
    public static Table Mentions { get; } = new("mentions", "one named-entity mention",
        [Int("article"), Int("idx"), Int("char_start"), Int("char_end"), Text("type"), Int("entity"), Text("text"), Text("role"), Text("found_by")],
        a => a.Record.Mentions.Select((m, i) => Row(a, i, m.Start, m.End, m.Type, m.Entity, m.Text, m.Role, m.Source)));

    /// <summary>Resolved places.</summary>
    public static Table Places { get; } = new("places", "one place named in an article",
        [Int("article"), Int("idx"), Text("name"), Int("geonames_id"), Text("country"), Real("lat"), Real("lon"), Text("feature"), Int("mentions")],
        a => a.Record.Places.Select((p, i) => Row(a, i, p.Name, p.GeonamesId, p.Country, p.Lat, p.Lon, p.Feature, p.Mentions.Count)));

    /// <summary>Normalised time expressions.</summary>
    public static Table Times { get; } = new("times", "one time expression",
        [Int("article"), Int("idx"), Int("char_start"), Int("char_end"), Int("sentence"), Text("type"), Text("value"), Text("mod"), Text("reference"), Text("text")],
        a => a.Record.Times.Select((t, i) => Row(a, i, t.Start, t.End, t.Sentence, t.Type, t.Value, t.Mod, t.Reference, t.Text)));

    /// <summary>Spans coded as CAMEO actors (schema version 2).</summary>
    public static Table Actors { get; } = new("actors", "one span coded as a CAMEO actor",
        [.. Since(2, Int("article"), Int("idx"), Int("char_start"), Int("char_end"), Text("text"), Text("code"), Text("country"), Text("role"), Int("entity"), Text("found_by"))],
        a => a.Record.Actors.Select((x, i) => Row(a, i, x.Start, x.End, x.Text, x.Code, x.Country, x.Role, x.Entity, x.Source)));

    /// <summary>Quotes with their cue, source and speaker.</summary>
    public static Table Quotes { get; } = new("quotes", "one quote",
        [Int("article"), Int("idx"), Text("kind"), Int("content_start"), Int("content_end"), Int("sentence"), Text("cue"), Text("source"), Int("speaker"), Text("speaker_name"), Text("content")],
        a => a.Record.Quotes.Select((q, i) => Row(a, i, q.Kind, q.ContentStart, q.ContentEnd, q.Sentence, q.Cue, q.Source, q.Speaker, q.SpeakerName, q.Content)));

    /// <summary>
    /// CAMEO events, one row per mention in an article. <c>event_key</c> names the event across articles
    /// (actors, code, day, place), so that copies and rewrites count as one event with several mentions.
    /// </summary>
    public static Table Events { get; } = new("events", "one event mention",
        [Int("article"), Int("idx"), Text("source_actor"), Text("code"), Text("root_code"), Text("target_actor"), Text("place"), Text("country"),
         Real("lat"), Real("lon"), Text("event_date"), Text("modality"), Real("confidence"), Int("sentence"), Int("evidence_start"), Int("evidence_end"), Text("event_key"),
         .. Since(2, Text("label"), Int("quad_class"), Real("goldstein"))],
        a => a.Record.Events.Select((e, i) => EventRow(a, i, e)));

    /// <summary>Document tone, one row per article that has it.</summary>
    public static Table Tone { get; } = new("tone", "the tone of one article",
        [Int("article"), Real("tone"), Real("positive"), Real("negative"), Real("polarity"), Int("word_count"),
         .. Since(2, Real("activity_density"), Real("self_group_density"))],
        a => a.Record.Tone is { } t ? [[a.Id, t.Tone, t.Positive, t.Negative, t.Polarity, t.WordCount, t.ActivityDensity, t.SelfGroupDensity]] : []);

    /// <summary>All tables, <c>articles</c> first.</summary>
    public static IReadOnlyList<Table> All { get; } = [Articles, Boilerplate, Sentences, Entities, Mentions, Places, Times, Actors, Quotes, Events, Tone];

    /// <summary>The schema version the code writes: the highest <see cref="Column.Since"/>.</summary>
    public static int LatestVersion { get; } = All.SelectMany(t => t.Columns).Max(c => c.Since);

    /// <summary>The table called <paramref name="name"/>, or null.</summary>
    public static Table? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The key that identifies one event across articles: actors, code, day and place, in lower case.</summary>
    public static string EventKey(string? source, string code, string? target, string? day, string? place) =>
        string.Join('|', source ?? "", code, target ?? "", day ?? "", place ?? "").ToLowerInvariant();

    private static object?[] EventRow(StoredArticle a, int index, EventRecord e)
    {
        var place = e.Place is { } p && p >= 0 && p < a.Record.Places.Count ? a.Record.Places[p] : null;
        var day = Day(e.Date) ?? Day(a.Record.Article.Published);
        return Row(a, index, e.Source, e.Code, e.Code.Length >= 2 ? e.Code[..2] : e.Code, e.Target, place?.Name, place?.Country,
            place?.Lat, place?.Lon, day, e.Modality, e.Confidence, e.Sentence, e.EvidenceStart, e.EvidenceEnd,
            EventKey(e.Source, e.Code, e.Target, day, place?.Name ?? place?.Country), e.Label, e.QuadClass, e.Goldstein);
    }

    // The tone of the sentences naming the entity, when the tone layer scored it.
    private static double? EntityTone(StoredArticle a, int entity) =>
        a.Record.Tone?.Entities.FirstOrDefault(t => t.Entity == entity)?.Score;

    private static string? Day(string? isoDate) => isoDate is { Length: >= 10 } ? isoDate[..10] : null;

    private static object?[] Row(StoredArticle article, params object?[] values) => [article.Id, .. values];

    private static IEnumerable<Column> Since(int version, params Column[] columns) => columns.Select(c => c with { Since = version });

    private static Column Int(string name) => new(name, ColumnType.Integer);

    private static Column Real(string name) => new(name, ColumnType.Real);

    private static Column Text(string name) => new(name, ColumnType.Text);
}
