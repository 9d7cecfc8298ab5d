using Herald.Errors;
using Herald.Geo;
using Herald.Tests.Support;

namespace Herald.Tests.Geo;

public sealed class GazetteerTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Compiled_places_keep_their_names_codes_coordinates_and_capitals_through_the_binary_file()
    {
        var compiled = TinyGeoNames.Compile(_dir);
        using (var stream = File.Create(_dir.PathOf("g.bin")))
            compiled.Write(stream);
        var loaded = GeoGazetteer.Load(_dir.PathOf("g.bin"));

        Assert.Equal(compiled.Entries, loaded.Entries);
        Assert.Equal([101L, 201L], loaded.Lookup("NORHAVEN").Select(e => e.GeoNamesId).Order());
        Assert.Equal(101, Assert.Single(loaded.Lookup("Norhavn")).GeoNamesId);
        Assert.Equal(loaded.Lookup("Norhaven"), loaded.Lookup("nörhaven"));
        Assert.Equal(301, Assert.Single(loaded.Lookup("Little Vale")).GeoNamesId);
        Assert.Equal("ADM1", Assert.Single(loaded.Lookup("Texland")).FeatureCode);
        var arland = loaded.CountryByIso3("AAA")!;
        Assert.Equal(101, loaded.Capital(arland)!.GeoNamesId);
        Assert.Equal(1001, Assert.Single(loaded.Lookup("Arlandic")).GeoNamesId);
        Assert.True(loaded.Entries.Single(e => e.GeoNamesId == 101).IsCapital);
    }

    [Fact]
    public void Countries_take_the_listed_reference_point_else_the_middle_of_their_places()
    {
        _dir.File("source/centres.tsv", "# reference points\nAA\t15.5\t25.5\n");
        var gazetteer = TinyGeoNames.Compile(_dir, _dir.PathOf("source"));
        var arland = gazetteer.CountryEntry(gazetteer.CountryByIso3("AAA")!)!;
        Assert.Equal((15.5, 25.5), (arland.Latitude, arland.Longitude));
        var belmark = gazetteer.CountryEntry(gazetteer.CountryByIso3("BBB")!)!;
        Assert.Equal((40.5, -90.5), (belmark.Latitude, belmark.Longitude));
    }

    [Fact]
    public void The_team_sources_add_short_names_of_divisions_and_the_continents()
    {
        _dir.File("source/division-names.tsv", "# short forms\nBB\tTX\tTexl.\n");
        _dir.File("source/continents.tsv", "# continents\n9001\tMidland\t12.5\t-30.0\t5000000\tMid-land,the Midlands\n");
        var gazetteer = TinyGeoNames.Compile(_dir, _dir.PathOf("source"));
        Assert.Equal(2003, Assert.Single(gazetteer.Lookup("Texl.")).GeoNamesId);
        var midland = Assert.Single(gazetteer.Lookup("the Midlands"));
        Assert.True(midland.IsContinent);
        Assert.Equal((12.5, -30.0, ""), (midland.Latitude, midland.Longitude, midland.Country));
    }

    [Fact]
    public void A_short_name_for_an_unknown_division_is_a_clear_error_naming_the_line()
    {
        _dir.File("source/division-names.tsv", "BB\tZZ\tZzz.\n");
        var error = Assert.Throws<HeraldException>(() => TinyGeoNames.Compile(_dir, _dir.PathOf("source"))).Error;
        Assert.Equal(ErrorCatalog.MalformedGeoFile, error.Kind);
        Assert.Contains("division-names.tsv:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_and_non_latin_alternate_names_are_left_out()
    {
        var gazetteer = TinyGeoNames.Compile(_dir);
        Assert.Empty(gazetteer.Lookup("NHV"));
        Assert.Empty(gazetteer.Lookup("Норхавен"));
    }

    [Fact]
    public void A_file_that_is_not_a_gazetteer_is_a_clear_error_naming_it()
    {
        var path = _dir.File("bad.bin", "not a gazetteer at all");
        var error = Assert.Throws<HeraldException>(() => GeoGazetteer.Load(path)).Error;
        Assert.Equal(ErrorCatalog.MalformedGeoFile, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gazetteer_is_a_clear_error_naming_it()
    {
        var path = _dir.PathOf("none.bin");
        var error = Assert.Throws<HeraldException>(() => GeoGazetteer.Load(path)).Error;
        Assert.Equal(ErrorCatalog.NotFound, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_fold_accents_case_and_punctuation()
    {
        Assert.Equal("saint etienne", PlaceNames.Fold("Saint-Étienne"));
        Assert.Equal("us", PlaceNames.Fold("U.S."));
        Assert.Equal("malmo", PlaceNames.Fold("Malmö"));
    }
}
