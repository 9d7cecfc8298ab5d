using Herald.Analysis;
using Herald.Documents;
using Herald.Geo;
using Herald.Tests.Support;

namespace Herald.Tests.Geo;

public sealed class PlacesStageTests
{
    private static readonly HeraldEngine s_engine = HeraldEngine.CreateDefault(PlacesStage.Default.Name);

    private static Place PlaceNamed(Document document, string mentionText)
    {
        var places = document.Places.Where(p => p.Mentions.Any(m => Text(document, document.Mentions[m]) == mentionText)).ToList();
        Assert.True(places.Count == 1, $"no single place for '{mentionText}' among {string.Join(", ", document.Places.Select(p => p.Name))}; mentions: {string.Join(", ", document.Mentions.Select(m => $"{Text(document, m)}/{m.Type}"))}");
        return places[0];
    }

    private static string Text(Document document, Mention mention) =>
        document.Text[document.Token(mention.TokenStart).Start..document.Token(mention.TokenEnd - 1).End];

    [SkippableFact]
    public void The_example_article_names_paris_moscow_helsinki_and_the_capitals_it_describes()
    {
        var text = File.ReadAllText(SharedData.Require("examples/paris-summit-2018.txt"));
        var document = s_engine.Analyze(text);
        var paris = document.Places.Single(p => p.GeoNamesId == 2988507);
        Assert.Equal("FRA", paris.Country);
        Assert.Contains(document.Places, p => p.GeoNamesId == 524901);
        var helsinki = document.Places.Single(p => p.GeoNamesId == 658225);
        Assert.Contains(paris.Descriptions, d => text[d.Start..d.End] == "the French capital");
        Assert.Contains(helsinki.Descriptions, d => text[d.Start..d.End] == "the Finnish capital");
    }

    [Fact]
    public void A_country_adjective_before_capital_names_that_country_s_capital()
    {
        var text = "Talks resumed on Monday in the Russian capital after a week of delays.";
        var document = s_engine.Analyze(text);
        var moscow = document.Places.Single(p => p.Descriptions.Count > 0);
        Assert.Equal(524901, moscow.GeoNamesId);
        Assert.Equal("the Russian capital", text[moscow.Descriptions[0].Start..moscow.Descriptions[0].End]);
    }

    [Fact]
    public void A_nationality_names_its_country_as_a_place()
    {
        var text = "Georgian troops pulled back from the border on Tuesday, the defence ministry said.";
        var georgia = Assert.Single(s_engine.Analyze(text).Places);
        Assert.Equal(614540, georgia.GeoNamesId);
        Assert.Equal(["Georgian"], georgia.Demonyms.Select(d => text[d.Start..d.End]));
    }

    [Theory]
    [InlineData("The Athens Police Department said the stolen car was found near Watkinsville, Georgia, on Friday.", "Athens", 4180386)]
    [InlineData("Students at the University of Alexandria marched to the port, and police in Damanhur closed the roads.", "Alexandria", 361058)]
    public void A_town_named_inside_an_institution_s_name_is_a_place(string text, string town, long geoNamesId)
    {
        var place = Assert.Single(s_engine.Analyze(text).Places, p => p.WithinNames.Count > 0);
        Assert.Equal(geoNamesId, place.GeoNamesId);
        Assert.Equal([town], place.WithinNames.Select(w => text[w.Start..w.End]));
    }

    [Fact]
    public void A_place_inside_a_name_may_come_before_other_words_and_then_the_institution_word()
    {
        var text = "The Licking County Genealogy Society met in Newark, Ohio, on Monday.";
        var county = Assert.Single(s_engine.Analyze(text).Places, p => p.WithinNames.Count > 0);
        Assert.Equal(("Licking County", "USA"), (county.Name, county.Country));
        Assert.Null(county.GeoNamesId);
    }

    [Fact]
    public void A_river_the_gazetteer_lacks_lies_among_the_article_s_towns()
    {
        var river = PlaceNamed(s_engine.Analyze("Crews pulled a boat from the Neches River near Lufkin and Jasper, Texas, on Sunday."), "Neches River");
        Assert.Equal(("USA", "STM"), (river.Country, river.Feature));
        Assert.Null(river.GeoNamesId);
    }

    [Theory]
    [InlineData("Fighting resumed in Darfur on Tuesday, aid groups said.", "Darfur", "SDN")]
    [InlineData("Two tankers crossed the Strait of Hormuz without incident.", "Strait of Hormuz", null)]
    public void Regions_and_waters_from_the_team_s_list_are_places(string text, string name, string? country)
    {
        var place = Assert.Single(s_engine.Analyze(text).Places, p => p.Name == name);
        Assert.Equal(country, place.Country);
        Assert.Null(place.GeoNamesId);
    }

    [Fact]
    public void A_one_word_place_mention_the_tagger_reads_as_a_common_word_is_no_place()
    {
        var document = s_engine.Analyze("Man dies in crash on Route 9 near Dayton.");
        Assert.Equal(["Dayton"], document.Places.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Wells Fargo raised its forecast for Minneapolis home prices.")]
    [InlineData("The Supreme Court in Washington heard the case on Monday.")]
    public void A_name_that_only_shares_a_word_with_a_town_far_from_the_article_is_no_place(string text) =>
        Assert.All(s_engine.Analyze(text).Places, p => Assert.Empty(p.WithinNames));

    [Theory]
    [InlineData("The festival was held in Paris, Texas, a small town near the Oklahoma border.", "Paris", 4717560)]
    [InlineData("The prime minister flew to Paris on Sunday for talks with President Macron.", "Paris", 2988507)]
    [InlineData("Officials in Tbilisi said Georgia would seek closer ties with Europe despite pressure from Russia.", "Georgia", 614540)]
    [InlineData("Police in Atlanta, Georgia, said the suspect had fled south toward Savannah.", "Georgia", 4197000)]
    [InlineData("Diplomats in Washington and Moscow traded accusations over the sanctions.", "Washington", 4140963)]
    [InlineData("The rain kept falling on Seattle, Washington, for a tenth straight day.", "Washington", 5815135)]
    public void Ambiguous_names_resolve_from_their_context(string text, string name, long geoNamesId) =>
        Assert.Equal(geoNamesId, PlaceNamed(s_engine.Analyze(text), name).GeoNamesId);

    [Theory]
    [InlineData("Officials in Charleston, W.Va., said the river would crest on Friday.", "W.Va.", 4826850)]
    [InlineData("The storm moved north from Tallahassee, Fla., overnight.", "Fla.", 4155751)]
    public void News_short_forms_of_us_states_name_the_state(string text, string name, long geoNamesId) =>
        Assert.Equal(geoNamesId, PlaceNamed(s_engine.Analyze(text), name).GeoNamesId);

    [Fact]
    public void A_town_s_own_name_beats_a_former_name_of_a_bigger_city()
    {
        // Berea is also a former name of Aleppo, which is far bigger than any town called Berea.
        var berea = PlaceNamed(s_engine.Analyze("Students in Berea raised money for the shelter this week."), "Berea");
        Assert.Equal("Berea", berea.Name);
    }

    [Fact]
    public void A_continent_is_a_place()
    {
        var europe = PlaceNamed(s_engine.Analyze("Gas prices rose across Europe as the cold weather spread."), "Europe");
        Assert.Equal(6255148, europe.GeoNamesId);
        Assert.Null(europe.Country);
    }

    [Fact]
    public void Counties_the_gazetteer_lacks_are_places_without_a_geonames_id_one_per_name()
    {
        var document = s_engine.Analyze("Flooding closed roads in Laurel County and Whitley County near London, Ky., on Friday.");
        var laurel = PlaceNamed(document, "Laurel County");
        var whitley = PlaceNamed(document, "Whitley County");
        Assert.NotSame(laurel, whitley);
        Assert.All([laurel, whitley], county => Assert.Equal((null, "ADM2", "USA"), (county.GeoNamesId, county.Feature, county.Country)));
    }
}
