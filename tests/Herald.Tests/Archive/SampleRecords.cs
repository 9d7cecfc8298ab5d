using Herald.Records;
using Herald.Storage.Duplicates;
using Herald.Storage.Schema;

namespace Herald.Tests.Archive;

/// <summary>Small hand-made records for the archive tests, so they need no models or data.</summary>
internal static class SampleRecords
{
    public static ArticleRecord Record(string id, string title, string text, string source = "Daily Wire Service", string published = "2018-10-23T00:00:00Z",
        IReadOnlyList<EventRecord>? events = null, IReadOnlyList<QuoteRecord>? quotes = null, IReadOnlyList<EntityRecord>? entities = null,
        IReadOnlyList<PlaceRecord>? places = null, ToneRecord? tone = null) => new()
    {
        Id = id,
        Origin = new OriginRecord("test.jsonl", 1),
        Article = new ArticleBody { Title = title, Authors = ["A. Writer"], Published = published, Source = source, Url = $"https://example.org/{id}", Text = text, Boilerplate = [] },
        Sentences = [new SentenceRecord(0, 0, text.Length, 0, 1, text)],
        Mentions = [],
        Entities = entities ?? [],
        Times = [],
        Places = places ?? [],
        Actors = [],
        Quotes = quotes ?? [],
        Events = events ?? [],
        Tone = tone,
        Layers = ["sentences"],
        Warnings = [],
    };

    /// <summary>A stored article with id <paramref name="id"/>, its own duplicate group unless <paramref name="group"/> says otherwise.</summary>
    public static StoredArticle Stored(long id, ArticleRecord record, long? group = null) =>
        new(id, "hash-" + record.Id, MinHash.Of(record.Article.Text), group ?? id, record, RecordWriter.ToJson(record, indented: false));
}
