using Herald.Documents;
using Herald.Geo;
using Herald.Text;

namespace Herald.Tests.Geo;

public sealed class LocationCuesStageTests
{
    // The text tokenized and split, with the given words (each found after the one before) marked as mentions of the
    // given type, then the stage run.
    private static Document Run(string text, params (string Words, string Type)[] mentions)
    {
        var document = new Document(text);
        new TokenizerStage().Process(document);
        new SentenceStage().Process(document);
        var from = 0;
        foreach (var (words, type) in mentions)
        {
            var start = text.IndexOf(words, from, StringComparison.Ordinal);
            from = start + words.Length;
            var first = Enumerable.Range(0, document.TokenCount).First(t => document.Token(t).Start == start);
            var last = Enumerable.Range(0, document.TokenCount).First(t => document.Token(t).End == start + words.Length);
            document.Mentions.Add(new Mention(first, last + 1, type, -1));
        }
        LocationCuesStage.Default.Process(document);
        return document;
    }

    private static Mention Only(Document document) => Assert.Single(document.Mentions);

    [Theory]
    [InlineData("She drove to a store in Woodbridge, where they waited.", "Woodbridge", EntityTypes.Person)]
    [InlineData("Candace Marriott, 52, of Gun Barrel City, was found guilty.", "Gun Barrel City", EntityTypes.Person)]
    [InlineData("Pat Zavoral, Fargo city administrator, said the dikes held.", "Fargo", EntityTypes.Organization)]
    [InlineData("Flowers piled up outside the building as Oakland police watched.", "Oakland", EntityTypes.Organization)]
    [InlineData("An Augusta man was arrested on Friday.", "Augusta", EntityTypes.Organization)]
    [InlineData("Police said the Gainesville woman was not hurt.", "Gainesville", EntityTypes.Organization)]
    [InlineData("Shops in downtown Cleveland stayed open late.", "Cleveland", EntityTypes.Organization)]
    public void A_place_name_with_a_locative_cue_becomes_a_location(string text, string words, string type)
    {
        var mention = Only(Run(text, (words, type)));
        Assert.Equal(EntityTypes.Location, mention.Type);
        Assert.Equal(LocationCuesStage.GazetteerSource, mention.Source);
    }

    [Fact]
    public void A_place_name_listed_with_locations_becomes_a_location()
    {
        var document = Run("Donors came from Harwinton, Litchfield, Winsted and Torrington.",
            ("Litchfield", EntityTypes.Location), ("Winsted", EntityTypes.Person), ("Torrington", EntityTypes.Location));
        Assert.All(document.Mentions, m => Assert.Equal(EntityTypes.Location, m.Type));
    }

    [Fact]
    public void A_name_that_is_a_location_elsewhere_in_the_article_is_one_here_too()
    {
        var document = Run("Decatur approved the budget. Voters in Decatur will decide in May.",
            ("Decatur", EntityTypes.Person), ("Decatur", EntityTypes.Location));
        Assert.Equal(EntityTypes.Location, document.Mentions[0].Type);
    }

    [Theory]
    [InlineData("Henderson said the vote would be close.", "Henderson", EntityTypes.Person)]
    [InlineData("The deal was signed with Apple on Monday.", "Apple", EntityTypes.Organization)]
    [InlineData("He spoke to Henderson after the meeting.", "Henderson", EntityTypes.Person)]
    public void Without_a_cue_the_recognizer_s_type_stays(string text, string words, string type) =>
        Assert.Equal(type, Only(Run(text, (words, type))).Type);

    [Theory]
    [InlineData("Kenyan police arrested 43 people on Tuesday.", "Kenyan")]
    [InlineData("Officials in Finns Party offices declined to comment.", "Finns")]
    public void A_nationality_word_is_no_place_even_with_a_cue(string text, string words) =>
        Assert.Equal(EntityTypes.Miscellaneous, Only(Run(text, (words, EntityTypes.Miscellaneous))).Type);

    [Fact]
    public void A_name_the_gazetteer_does_not_hold_stays_as_it_was() =>
        Assert.Equal(EntityTypes.Organization, Only(Run("The fund invested in Zorblatt Holdings last year.", ("Zorblatt Holdings", EntityTypes.Organization))).Type);

    [Theory]
    [InlineData("Walker County commissioners met on Monday.", "Walker County", EntityTypes.Miscellaneous)]
    [InlineData("Henry County is rich in history.", "Henry County", EntityTypes.Person)]
    [InlineData("Rapides Parish approved the levy.", "Rapides Parish", EntityTypes.Organization)]
    public void A_county_parish_or_township_name_is_a_location_without_a_cue(string text, string words, string type) =>
        Assert.Equal(EntityTypes.Location, Only(Run(text, (words, type))).Type);

    [Fact]
    public void An_organisation_named_after_a_county_stays_an_organisation() =>
        Assert.Equal(EntityTypes.Organization, Only(Run("The Laurel County Fiscal Court met on Monday.", ("Laurel County Fiscal Court", EntityTypes.Organization))).Type);

    [Theory]
    [InlineData("The fire broke out in Topeka, Kan., on Sunday.", "Kan.")]
    [InlineData("She grew up in Jackson, Miss., and moved north.", "Miss.")]
    public void A_division_s_short_form_after_a_place_and_a_comma_becomes_a_location(string text, string form)
    {
        var document = Run(text, (text.Split(',')[0].Split(' ')[^1], EntityTypes.Location));
        Assert.Equal(2, document.Mentions.Count);
        var added = document.Mentions[1];
        Assert.Equal((form, EntityTypes.Location, LocationCuesStage.GazetteerSource), (document.Token(added.TokenStart).Chars.ToString(), added.Type, added.Source));
    }

    [Fact]
    public void A_short_form_after_a_person_is_no_place() =>
        Assert.Single(Run("The bill was backed by Sen. Jo Ann Smith, Ind., last week.", ("Jo Ann Smith", EntityTypes.Person)).Mentions);

    [Theory]
    [InlineData("Crews searched the Neches River on Sunday.", "Neches River", EntityTypes.Location)]
    [InlineData("Boats circled the Farallon Islands all week.", "Farallon Islands", EntityTypes.Location)]
    [InlineData("She was taken to Mount Sinai Hospital on Sunday.", "Mount Sinai Hospital", EntityTypes.Organization)]
    public void A_name_headed_by_a_word_for_a_geographic_feature_is_a_location(string text, string words, string type) =>
        Assert.Equal(type, Only(Run(text, (words, EntityTypes.Organization))).Type);
}
