using System.Data.Common;
using System.Globalization;
using System.Text;
using CsvHelper;
using Herald.Records;
using Herald.Storage.Export;
using Herald.Storage.Queries;
using Herald.Storage.Schema;
using Parquet;

namespace Herald.Tests.Archive;

/// <summary>The archive's contract: the same tests, run against SQLite and against PostgreSQL.</summary>
public abstract partial class ArchiveContractTests : IDisposable
{
    private readonly ArchiveTarget _target;
    private readonly Lazy<Storage.Archive> _archive;

    protected ArchiveContractTests(string backend)
    {
        _target = ArchiveTarget.Create(backend);
        _archive = new Lazy<Storage.Archive>(_target.Open);
    }

    private Storage.Archive Archive => _archive.Value;

    public void Dispose()
    {
        if (_archive.IsValueCreated)
            _archive.Value.Dispose();
        _target.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly EventRecord s_meeting = new("USA", "042", "RUS", 0, "2018-10-22", "asserted", 0.9, 0, 0, 10);

    private static ArticleRecord Summit(string id, string source) => SampleRecords.Record(id, "Leaders meet at the Paris summit",
        "The American and Russian presidents met in Paris on Monday to discuss the climate accord and arms control.", source,
        events: [s_meeting with { Place = 0 }], places: [new PlaceRecord("Paris", 2988507, "FR", 48.85, 2.35, [0])],
        quotes: [new QuoteRecord(0, 20, 21, 25, 0, 0, "direct", "We made progress") { SpeakerName = "Emmanuel Macron", Source = "he" }],
        entities: [new EntityRecord(0, "Emmanuel Macron", "PERSON", "FR", "FRAGOV", [0, 1]), new EntityRecord(1, "Paris", "LOC", "FR", null, [2])],
        tone: new ToneRecord(-1.5, 2, 3.5, 5.5, 1.2, 0.4, 17));

    private void StoreThree()
    {
        Archive.Store(
        [
            SampleRecords.Stored(1, Summit("a1", "Daily Wire Service")),
            SampleRecords.Stored(2, Summit("a2", "Evening Courier"), group: 1),
            SampleRecords.Stored(3, SampleRecords.Record("a3", "Harvest report", "Farmers in Kansas brought in a record wheat harvest; Berlin markets rose.", "Farm Weekly", "2019-07-01T00:00:00Z",
                events: [new EventRecord("USAAGR", "010", null, null, null, "asserted", 0.5, 0, 0, 5)],
                entities: [new EntityRecord(0, "Kansas", "LOC", "US", null, [0])])),
        ]);
    }

    [SkippableFact]
    public void A_new_archive_is_empty_and_migrating_again_changes_nothing()
    {
        var state = Archive.LoadIngestState();
        Assert.Empty(state.Hashes);
        Assert.Equal(1, state.NextId);
        Archive.Migrate();
        Assert.Contains(Archive.Stats().Rows, r => (string)r[0]! == "schema version" && Convert.ToInt64(r[1], CultureInfo.InvariantCulture) == ArchiveTables.LatestVersion);
    }

    [SkippableFact]
    public void Stored_articles_are_there_after_reopening()
    {
        StoreThree();
        Archive.Dispose();
        using var reopened = _target.Open();
        var state = reopened.LoadIngestState();
        Assert.Equal(["hash-a1", "hash-a2", "hash-a3"], state.Hashes.Order(StringComparer.Ordinal));
        Assert.Equal(4, state.NextId);
        Assert.Contains(reopened.Stats().Rows, r => (string)r[0]! == "articles" && Convert.ToInt64(r[1], CultureInfo.InvariantCulture) == 3);
    }

    [SkippableFact]
    public void A_batch_that_fails_stores_nothing()
    {
        var record = Summit("a1", "Daily Wire Service");
        // Two articles with one content hash: the unique index rejects the second, and the first goes with it.
        Assert.ThrowsAny<DbException>(() => Archive.Store([SampleRecords.Stored(1, record), SampleRecords.Stored(2, record)]));
        Assert.Empty(Archive.LoadIngestState().Hashes);
        Assert.Empty(Archive.Records());
    }

    [SkippableFact]
    public void Search_ranks_matches_with_snippets_and_honours_the_filters()
    {
        StoreThree();
        var paris = Archive.Search(new SearchQuery("paris summit"));
        Assert.Equal([1L, 2L], paris.Rows.Select(Id).Order());
        Assert.Contains("snippet", paris.Columns);
        var snippet = (string)paris.Rows[0][paris.Columns.ToList().IndexOf("snippet")]!;
        Assert.Contains("[Paris]", snippet, StringComparison.Ordinal);
        Assert.Equal([1L, 2L], Archive.Search(new SearchQuery("\"climate accord\"")).Rows.Select(Id).Order());
        Assert.Empty(Archive.Search(new SearchQuery("\"accord climate\"")).Rows);
        Assert.Equal([3L], Archive.Search(new SearchQuery("wheat OR nonsenseword")).Rows.Select(Id));
        Assert.Equal([3L], Archive.Search(new SearchQuery("harvests")).Rows.Select(Id)); // stemmed
        Assert.Empty(Archive.Search(new SearchQuery("wheat -berlin")).Rows);
        Assert.Equal([2L], Archive.Search(new SearchQuery("paris", Source: "courier")).Rows.Select(Id));
        Assert.Empty(Archive.Search(new SearchQuery("paris", From: "2019-01-01")).Rows);
        Assert.Equal([3L], Archive.Search(new SearchQuery("kansas", From: "2019-07-01", To: "2019-07-01")).Rows.Select(Id));
        Assert.Single(Archive.Search(new SearchQuery("paris", Limit: 1)).Rows);
        Assert.Throws<ArgumentException>(() => Archive.Search(new SearchQuery(" - \"\" ")));
    }

    [SkippableFact]
    public void An_event_reported_by_several_articles_is_counted_once_with_its_mentions()
    {
        StoreThree();
        var events = Archive.Events(new EventQuery());
        Assert.Equal(2, events.Rows.Count);
        var meeting = Named(events, events.Rows[0]);
        Assert.Equal(("USA", "042", "RUS", "Paris"), ((string)meeting["source_actor"]!, (string)meeting["code"]!, (string)meeting["target_actor"]!, (string)meeting["place"]!));
        Assert.Equal((2L, 2L, 2L, 1L), (Long(meeting["mentions"]), Long(meeting["sources"]), Long(meeting["articles"]), Long(meeting["stories"])));
        Assert.Equal("2018-10-22", meeting["date"]);
        Assert.Single(Archive.Events(new EventQuery { Code = "04" }).Rows);
        Assert.Single(Archive.Events(new EventQuery { Root = "4" }).Rows);
        Assert.Single(Archive.Events(new EventQuery { Actor = "rus" }).Rows);
        Assert.Single(Archive.Events(new EventQuery { SourceActor = "usaagr" }).Rows);
        Assert.Empty(Archive.Events(new EventQuery { TargetActor = "usa" }).Rows);
        Assert.Single(Archive.Events(new EventQuery { Country = "fr", Place = "par", From = "2018-10-22", To = "2018-10-22" }).Rows);
        // Without a date of its own, the event takes its article's publication day.
        Assert.Single(Archive.Events(new EventQuery { From = "2019-07-01" }).Rows);
    }

    [SkippableFact]
    public void Quotes_and_entities_are_found_by_their_filters()
    {
        StoreThree();
        Assert.Equal(2, Archive.Quotes(new QuoteQuery(Speaker: "macron")).Rows.Count);
        Assert.Equal(2, Archive.Quotes(new QuoteQuery(Contains: "PROGRESS")).Rows.Count);
        Assert.Empty(Archive.Quotes(new QuoteQuery(Speaker: "putin")).Rows);
        var entities = Archive.Entities(new EntityQuery(Top: 2));
        Assert.Equal(["Emmanuel Macron", "Paris"], entities.Rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        var places = Archive.Entities(new EntityQuery("loc"));
        Assert.Equal(["Paris", "Kansas"], places.Rows.Select(r => (string)r[0]!));
        Assert.Equal(2L, Long(Named(places, places.Rows[0])["articles"]));
        Assert.Equal(2L, Long(Named(places, places.Rows[0])["mentions"]));
    }

    [SkippableFact]
    public void A_record_is_found_by_archive_id_or_by_its_own_id()
    {
        StoreThree();
        Assert.Equal("a2", RecordWriter.Parse(Archive.FindRecord("2")!)!.Id);
        Assert.Equal("Harvest report", RecordWriter.Parse(Archive.FindRecord("a3")!)!.Article.Title);
        Assert.Null(Archive.FindRecord("nope"));
        Assert.Equal(["a1", "a2", "a3"], Archive.Records().Select(r => RecordWriter.Parse(r)!.Id));
    }

    [SkippableFact]
    public void Every_table_exports_as_csv_that_parses_as_rfc_4180()
    {
        StoreThree();
        foreach (var table in ArchiveTables.All)
        {
            var text = new StringWriter();
            Csv.WriteRow(text, table.Columns.Where(c => c.Exported).Select(c => c.Name));
            var expected = Archive.Read(table).ToList();
            foreach (var row in expected)
                Csv.WriteRow(text, row);
            using var reader = CsvReader.FromText(text.ToString(), new CsvReaderOptions { HasHeader = false });
            var parsed = new List<string[]>();
            while (reader.Read())
                parsed.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
            Assert.Equal(table.Columns.Where(c => c.Exported).Select(c => c.Name), parsed[0]);
            Assert.Equal(expected.Select(r => r.Select(Csv.Format)), parsed.Skip(1));
        }
    }

    [SkippableFact]
    public async Task A_table_exported_as_parquet_reads_back_with_its_schema_and_values()
    {
        StoreThree();
        using var file = new MemoryStream();
        await ParquetExport.WriteAsync(ArchiveTables.Events, Archive.Read(ArchiveTables.Events), file);
        file.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(ParquetExport.SchemaOf(ArchiveTables.Events), reader.Schema);
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(3, group.RowCount);
        var fields = reader.Schema.GetDataFields();
        var codes = new string?[3];
        await group.ReadAsync(fields.Single(f => f.Name == "code"), codes.AsMemory());
        Assert.Equal(new string?[] { "042", "042", "010" }, codes);
        var lat = new double?[3];
        await group.ReadAsync<double>(fields.Single(f => f.Name == "lat"), lat.AsMemory());
        Assert.Equal([48.85, 48.85, null], lat);
    }

    [SkippableFact]
    public void Gdelt_export_has_the_event_table_columns_and_one_row_per_event()
    {
        StoreThree();
        var text = new StringWriter();
        GdeltExport.Write(Archive, text);
        var rows = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        string Field(string[] row, string column) => row[Herald.Events.GdeltColumns.Names.ToList().IndexOf(column)];
        var meeting = rows.Single(r => Field(r, "EventCode") == "042");
        Assert.Equal(("20181022", "USA", "RUS", "04", "1"), (Field(meeting, "Day"), Field(meeting, "Actor1Code"), Field(meeting, "Actor2Code"), Field(meeting, "EventRootCode"), Field(meeting, "QuadClass")));
        Assert.Equal(("2", "2", "2", "-1.5"), (Field(meeting, "NumMentions"), Field(meeting, "NumSources"), Field(meeting, "NumArticles"), Field(meeting, "AvgTone")));
        Assert.Equal(("Paris", "FR", "48.85"), (Field(meeting, "ActionGeo_FullName"), Field(meeting, "ActionGeo_CountryCode"), Field(meeting, "ActionGeo_Lat")));
    }

    private static long Id(object?[] row) => Long(row[0]);

    private static long Long(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> Named(Storage.QueryResult result, object?[] row) =>
        result.Columns.Select((c, i) => (c, row[i])).ToDictionary(p => p.c, p => p.Item2);
}

/// <summary>The contract on SQLite.</summary>
public sealed class SqliteArchiveTests() : ArchiveContractTests("sqlite");

/// <summary>The contract on PostgreSQL; skipped, saying so, without a server.</summary>
public sealed class PostgresArchiveTests() : ArchiveContractTests("postgres");
