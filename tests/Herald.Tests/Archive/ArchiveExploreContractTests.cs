using Herald.Storage;
using Herald.Storage.Queries;

namespace Herald.Tests.Archive;

/// <summary>The explorer's questions (paging, facets, timeline, network, places, outlets, one entity over time) on both backends.</summary>
public abstract partial class ArchiveContractTests
{
    [SkippableFact]
    public void Articles_are_listed_newest_first_and_paged_in_a_stable_order()
    {
        StoreThree();
        Assert.Equal([3L, 2L, 1L], Archive.Search(new SearchQuery(null)).Rows.Select(Id));
        Assert.Equal([2L], Archive.Search(new SearchQuery("", Limit: 1, Offset: 1)).Rows.Select(Id));
        var pages = Enumerable.Range(0, 3).SelectMany(page => Archive.Search(new SearchQuery("paris OR wheat", Limit: 1, Offset: page)).Rows.Select(Id));
        Assert.Equal(Archive.Search(new SearchQuery("paris OR wheat")).Rows.Select(Id), pages);
    }

    [SkippableFact]
    public void Articles_are_filtered_by_an_entity_and_an_event_code()
    {
        StoreThree();
        Assert.Equal([3L], Archive.Search(new SearchQuery(null, Entity: "Kansas")).Rows.Select(Id));
        Assert.Empty(Archive.Search(new SearchQuery(null, Entity: "kansas' OR '1'='1")).Rows);
        Assert.Equal([1L, 2L], Archive.Search(new SearchQuery("paris", Code: "04")).Rows.Select(Id).Order());
        Assert.Equal([3L], Archive.Search(new SearchQuery(null, Code: "01")).Rows.Select(Id));
    }

    [SkippableFact]
    public void The_timeline_counts_each_event_once_a_day_by_root_code()
    {
        StoreThree();
        var timeline = Archive.Timeline(new TimelineQuery());
        Assert.Equal(["2018-10-22|04|1|2", "2019-07-01|01|1|1"], timeline.Rows.Select(r => $"{r[0]}|{r[1]}|{Long(r[2])}|{Long(r[3])}"));
        Assert.Single(Archive.Timeline(new TimelineQuery(From: "2019-01-01")).Rows);
    }

    [SkippableFact]
    public void The_network_has_one_edge_per_actor_pair_and_places_have_coordinates()
    {
        StoreThree();
        var edges = Archive.Network(new NetworkQuery());
        var edge = Assert.Single(edges.Rows); // the harvest event has no target
        Assert.Equal(("USA", "RUS", 1L, 2L), ((string)edge[0]!, (string)edge[1]!, Long(edge[2]), Long(edge[3])));
        Assert.Empty(Archive.Network(new NetworkQuery(Root: "01")).Rows);
        var place = Named(Archive.Places(new PlaceQuery()), Assert.Single(Archive.Places(new PlaceQuery()).Rows));
        Assert.Equal(("Paris", 48.85, 1L, 2L), ((string)place["place"]!, Convert.ToDouble(place["lat"], System.Globalization.CultureInfo.InvariantCulture), Long(place["events"]), Long(place["mentions"])));
    }

    [SkippableFact]
    public void Outlets_and_one_entity_over_time()
    {
        StoreThree();
        Assert.Equal(["Daily Wire Service", "Evening Courier", "Farm Weekly"], Archive.Outlets(10).Rows.Select(r => (string)r[0]!));
        Assert.Equal(["Farm Weekly"], Archive.Outlets(10, offset: 2).Rows.Select(r => (string)r[0]!));
        Assert.Single(Archive.Entities(new EntityQuery(Name: "Paris")).Rows);
        var day = Named(Archive.EntityDays("Paris", null), Assert.Single(Archive.EntityDays("Paris", null).Rows));
        Assert.Equal(("2018-10-23", 2L, 2L), ((string)day["day"]!, Long(day["articles"]), Long(day["mentions"])));
        Assert.Equal(-1.5, Convert.ToDouble(day["article_tone"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(Archive.EntityDays("Paris", "PERSON").Rows);
    }

    [SkippableFact]
    public void A_read_only_archive_answers_queries_and_refuses_writes()
    {
        StoreThree();
        using var reader = Archives.Open(_target.Target, readOnly: true);
        Assert.Equal(3, reader.Search(new SearchQuery(null)).Rows.Count);
        Assert.ThrowsAny<System.Data.Common.DbException>(() => reader.Store([SampleRecords.Stored(4, SampleRecords.Record("a4", "More", "More text here."))]));
    }
}
