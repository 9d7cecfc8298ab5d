using Herald.Geo;

namespace Herald.Tests.Geo;

public sealed class ToponymResolverTests
{
    private static readonly ToponymResolver s_resolver = new(GeoGazetteer.Default);

    // Resolves every occurrence of each of the names in the text together, and returns the entries of the occurrences of the first name.
    private static List<GeoEntry?> EntriesOf(string text, params string[] names)
    {
        var toponyms = names.SelectMany(name => Occurrences(text, name)).OrderBy(t => t.Start).ToList();
        var entries = s_resolver.Resolve(text, toponyms, []);
        return [.. toponyms.Select((t, i) => (t, i)).Where(p => p.t.Name == names[0]).Select(p => entries[p.i])];
    }

    private static IEnumerable<Toponym> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            yield return new Toponym(at, at + name.Length, name);
    }

    [Fact]
    public void A_repeated_name_is_no_evidence_for_itself()
    {
        // Three mentions of Paris must not make France the article's country against Dallas and Sulphur Springs.
        var text = "Paris police said the driver, of Paris, was taken to a hospital in Dallas after the crash near Sulphur Springs. Paris firefighters cleared the road.";
        Assert.All(EntriesOf(text, "Paris", "Dallas", "Sulphur Springs"), paris => Assert.Equal(4717560, paris?.GeoNamesId));
    }

    [Fact]
    public void The_division_holding_the_other_places_decides_between_towns_of_one_country()
    {
        // Springfield, Missouri is the largest Springfield; Chicago and Rockford put the article in Illinois.
        var text = "Lawmakers in Springfield voted on the budget while the mayors of Chicago and Rockford waited for the money.";
        Assert.Equal(4250542, Assert.Single(EntriesOf(text, "Springfield", "Chicago", "Rockford"))?.GeoNamesId);
    }

    [Fact]
    public void A_county_the_gazetteer_lacks_lies_among_the_article_s_places_in_their_state()
    {
        var text = "Deputies from Laurel County searched a home in London, Ky., and another near Corbin on Friday.";
        var county = Assert.Single(EntriesOf(text, "Laurel County", "London", "Ky.", "Corbin"));
        Assert.NotNull(county);
        Assert.False(county.IsListed);
        Assert.Equal(("US", "KY", "ADM2"), (county.Country, county.Admin1, county.FeatureCode));
        Assert.InRange(GreatCircle.Kilometres(county.Latitude, county.Longitude, 37.11, -84.12), 0, 50);
    }

    [Fact]
    public void A_county_qualified_by_its_state_lies_in_that_state()
    {
        var county = Assert.Single(EntriesOf("Flooding closed roads across Rapides Parish, La., on Tuesday.", "Rapides Parish", "La."));
        Assert.Equal(("US", "LA", "Rapides Parish"), (county?.Country, county?.Admin1, county?.Name));
    }

    [Fact]
    public void A_county_in_an_article_with_no_place_stays_unresolved() =>
        Assert.Null(Assert.Single(EntriesOf("Voters in Boone County approved the school levy.", "Boone County")));

    [Fact]
    public void A_county_named_in_the_us_style_votes_for_the_us_town_of_an_ambiguous_name()
    {
        // Dublin, Ireland is far bigger than any Dublin in the United States; "Franklin County" says which country.
        var dublin = Assert.Single(EntriesOf("Dublin police and Franklin County deputies closed the road on Friday.", "Dublin", "Franklin County"));
        Assert.Equal("US", dublin?.Country);
    }

    [Fact]
    public void A_county_named_in_the_us_style_is_not_placed_among_towns_abroad() =>
        Assert.Null(Assert.Single(EntriesOf("Students from Henry County toured Lyon and Paris in June.", "Henry County", "Lyon", "Paris")));

    [Theory]
    [InlineData("Protesters marched along the corniche in Alexandria on Friday.", "Alexandria", 361058)]
    [InlineData("Voters in Quebec rejected the plan.", "Quebec", 6115047)]
    public void A_division_gives_way_to_its_namesake_city_only_when_the_city_is_most_of_it(string text, string name, long geoNamesId) =>
        Assert.Equal(geoNamesId, Assert.Single(EntriesOf(text, name))?.GeoNamesId);

    [Fact]
    public void Two_small_towns_each_with_a_candidate_near_the_other_s_resolve_together()
    {
        // Kent, Washington is far bigger, but only Kent, Connecticut has a Canaan a few kilometres away.
        var kent = Assert.Single(EntriesOf("Voters in Kent and Canaan approved the school budget.", "Kent", "Canaan"));
        Assert.Equal(4837232, kent?.GeoNamesId);
    }

    [Fact]
    public void A_town_qualified_by_a_state_s_short_form_but_unlisted_there_lies_in_that_state()
    {
        // GeoNames' towns of 1,000 people or more list Bethel in Connecticut and elsewhere, not in Vermont.
        var bethel = Assert.Single(EntriesOf("The couple lived in Bethel, Vt., for years.", "Bethel", "Vt."));
        Assert.NotNull(bethel);
        Assert.False(bethel.IsListed);
        Assert.Equal(("US", "VT", UnlistedPlaces.TownFeatureCode), (bethel.Country, bethel.Admin1, bethel.FeatureCode));
    }

    [Theory]
    [InlineData("Henry County", true)]
    [InlineData("Rapides Parish", true)]
    [InlineData("Hamilton Township", true)]
    [InlineData("West Chester Twp.", true)]
    [InlineData("County Road", false)]
    [InlineData("Ford Motor Co.", false)]
    public void Division_words_after_a_name_make_a_second_level_division(string name, bool isDivision) =>
        Assert.Equal(isDivision, UnlistedPlaces.IsDivisionName(PlaceNames.Fold(name)));

    [Fact]
    public void A_sure_place_the_gazetteer_lacks_lies_among_the_article_s_places_in_their_division()
    {
        const string text = "Volunteers from Meadow Grove joined crews in Norfolk and Madison, Neb., on Saturday.";
        var toponyms = new[] { "Meadow Grove", "Norfolk", "Madison", "Neb." }.SelectMany(n => Occurrences(text, n)).OrderBy(t => t.Start)
            .Select(t => t with { IsSurelyPlace = true }).ToList();
        var grove = s_resolver.Resolve(text, toponyms, [])[0];
        Assert.NotNull(grove);
        Assert.False(grove.IsListed);
        Assert.Equal(("US", "NE", UnlistedPlaces.TownFeatureCode), (grove.Country, grove.Admin1, grove.FeatureCode));
    }

    [Fact]
    public void A_name_not_surely_a_place_that_the_gazetteer_lacks_stays_unresolved() =>
        Assert.Null(EntriesOf("Volunteers from Meadow Grove joined crews in Norfolk and Madison, Neb., on Saturday.", "Meadow Grove", "Norfolk", "Madison", "Neb.")[0]);
}
