using Herald.Documents;
using Herald.Tests.Support;

namespace Herald.Tests.Actors;

public sealed class ActorStageTests
{
    private static ArticleInfo PublishedOn(string date) => new() { Published = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

    private static Document Analyze(string text, string published) => DefaultEngine.Analyze(text, PublishedOn(published));

    private static string Text(Document document, ActorMention actor) =>
        document.Text[document.Token(actor.TokenStart).Start..document.Token(actor.TokenEnd - 1).End];

    // The codes of the actor spans whose text is exactly the given text.
    private static List<string> CodesOf(Document document, string text) =>
        [.. document.Actors.Where(a => Text(document, a) == text).Select(a => a.Code)];

    private static string Listing(Document document) => string.Join("; ", document.Actors.Select(a => $"{Text(document, a)}={a.Code}"));

    private static void AssertCode(Document document, string text, string code) =>
        Assert.True(CodesOf(document, text).Contains(code), $"'{text}' is not {code}: {Listing(document)}");

    [SkippableFact]
    public void The_example_article_codes_its_actors_as_of_its_publication()
    {
        var document = DefaultEngine.AnalyzeFile(SharedData.Require("examples/paris-summit-2018.txt"), PublishedOn("2018-10-23"));
        AssertCode(document, "Donald Trump", "USAGOV");
        AssertCode(document, "Trump", "USAGOV");
        AssertCode(document, "Putin", "RUSGOV");
        AssertCode(document, "Bolton", "USAGOV");
        AssertCode(document, "Yuri Ushakov", "RUSGOV");
        AssertCode(document, "McCain", "USALEG");
        AssertCode(document, "Kremlin", "RUSGOV");
        AssertCode(document, "U.S. intelligence agencies", "USASPY");
        AssertCode(document, "Moscow", "RUSGOV");
        var democrats = document.Entities.Single(e => e.Name == "Democratic Party");
        Assert.Equal("USAPTY", democrats.ActorCode);
        Assert.Equal("USAGOV", document.Entities.Single(e => e.Name == "Donald Trump").ActorCode);
        Assert.Equal("RUS", document.Entities.Single(e => e.Name == "Russia").ActorCode);
        Assert.Equal("USA", document.Entities.Single(e => e.Name == "United States").ActorCode);
    }

    [Fact]
    public void A_capital_that_acts_stands_for_its_government_and_a_capital_where_things_happen_is_a_place()
    {
        var document = Analyze("Moscow denies any interference in the elections. The talks were held in Moscow last week.", "2019-03-01");
        var moscow = document.Actors.Where(a => Text(document, a) == "Moscow").ToList();
        var only = Assert.Single(moscow);
        Assert.Equal("RUSGOV", only.Code);
        Assert.Equal("metonymy", only.Source);
        Assert.True(only.TokenStart < 3, Listing(document));
    }

    [Fact]
    public void Washington_as_the_subject_of_a_statement_is_the_us_government_and_the_state_is_not()
    {
        var government = Analyze("Washington said on Monday it would impose new sanctions on Tehran.", "2019-03-01");
        AssertCode(government, "Washington", "USAGOV");
        var state = Analyze("The rain kept falling on Seattle, Washington, for a tenth straight day.", "2019-03-01");
        Assert.Empty(CodesOf(state, "Washington"));
    }

    [Fact]
    public void Georgia_the_country_is_an_actor_and_georgia_the_state_is_not()
    {
        var country = Analyze("Officials in Tbilisi said Georgia would seek closer ties with Europe despite pressure from Russia.", "2019-03-01");
        AssertCode(country, "Georgia", "GEO");
        var state = Analyze("Police in Atlanta, Georgia, said the suspect had fled south toward Savannah.", "2019-03-01");
        Assert.DoesNotContain("GEO", CodesOf(state, "Georgia"));
    }

    [Theory]
    [InlineData("2014-05-01", "USABUS")]
    [InlineData("2016-09-01", "USAELI")]
    [InlineData("2018-10-23", "USAGOV")]
    [InlineData("2022-06-01", "USAELI")]
    [InlineData("2025-06-01", "USAGOV")]
    public void A_person_s_role_follows_the_article_s_date(string published, string code) =>
        AssertCode(Analyze("Donald Trump spoke to supporters in Ohio on Saturday.", published), "Donald Trump", code);

    [Fact]
    public void A_title_codes_a_person_the_dictionary_does_not_know()
    {
        var document = Analyze("The deal was confirmed by Kremlin aide Ivan Sorokin, who met French diplomats on Friday.", "2019-03-01");
        AssertCode(document, "Ivan Sorokin", "RUSGOV");
    }

    [Fact]
    public void Role_words_join_the_country_next_to_them()
    {
        var document = Analyze("Russian troops crossed the border, and Ukrainian police closed the road, Britain's army said.", "2022-02-24");
        AssertCode(document, "Russian troops", "RUSMIL");
        AssertCode(document, "Ukrainian police", "UKRCOP");
        AssertCode(document, "Britain's army", "GBRMIL");
    }

    [Fact]
    public void An_apposition_codes_a_person_the_dictionary_does_not_know()
    {
        var document = Analyze("Ivan Sorokin, a Kremlin spokesman, told reporters on Friday that the talks would resume.", "2019-03-01");
        AssertCode(document, "Ivan Sorokin", "RUSGOV");
    }

    [Fact]
    public void The_dateline_an_article_opens_with_is_not_an_actor()
    {
        var document = Analyze("MOSCOW (Reuters) - Russia said on Thursday it would expel two diplomats.", "2019-03-01");
        Assert.Empty(CodesOf(document, "MOSCOW"));
        AssertCode(document, "Russia", "RUS");
    }

    [Theory]
    [InlineData("David Frost, director general of the British Chambers of Commerce, warned that small firms would suffer.")]
    [InlineData("The inspector general of the State Department said the review was complete.")]
    [InlineData("Canada's governor general opened the new session of parliament.")]
    public void A_title_that_ends_in_general_is_no_military_rank(string sentence)
    {
        var document = Analyze(sentence, "2015-06-01");
        Assert.DoesNotContain(document.Actors, a => a.Code.EndsWith("MIL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_without_a_country_takes_the_country_named_before_it_in_its_sentence()
    {
        // the article names Iran most, but the former president is the Argentine one of her sentence
        var document = Analyze("Iran denied the claim on Monday. Iran's foreign ministry said Iran had no role in the attack. "
            + "An Argentine prosecutor accused former President Maria Talavera of covering up the bombing.", "2015-02-01");
        var person = document.Entities.Single(e => e.Name == "Maria Talavera");
        Assert.StartsWith("ARG", person.ActorCode);
    }

    [Fact]
    public void An_abbreviated_title_codes_the_person()
    {
        var document = Analyze("U.S. Sen. Max Baucus has been here before. Baucus said he would retire.", "2013-03-09");
        AssertCode(document, "Max Baucus", "USALEG");
    }
}
