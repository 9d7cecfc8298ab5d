using Herald.Actors;
using Herald.Events;
using Herald.Events.Evaluation;
using Herald.Tests.Support;

namespace Herald.Tests.Events;

/// <summary>
/// How the actors of a PETRARCH dictionary take part in events, through the actor stage and Herald's own verbs:
/// joint codes, role words shared over joined phrases, titles after a possessor.
/// </summary>
public sealed class PetrarchActorTests
{
    private const string Actors = """
        ROHAN [ROH]
        ROHIRRIC [ROH]
        GONDOR [GON]
        MORDOR [MOR]
        DUNLAND [DUN]
        +WULF
        THE_MARCHES [ROH/DUN]
        MEDUSELD [ROHGOV]
        EOMUND [ROH]
        """;

    private const string Agents = """
        OFFICIAL [~GOV]
        GOVERNMENT [~GOV]
        MINISTER [~GOV]
        PRIME_MINISTER [~GOV]
        JUDGE [~JUD]
        MEDIA {} [~MED]
        SECURITY_OFFICIAL [~GOV]
        """;

    private static List<string> Code(string text)
    {
        using var dir = new TempDir();
        var dictionary = ActorDictionary.LoadPetrarch(dir.File("actors.txt", Actors), dir.File("agents.txt", Agents));
        var engine = PetrarchEvaluator.Engine(new ActorStage(dictionary) { PlacesAreActors = true }, EventLexicon.Default);
        var record = new PetrarchRecord("T-1", "T", "20100101", text, [], 0);
        return [.. PetrarchEvaluator.Code(engine, record).Select(c => $"{c.Source} {c.Code} {c.Target}").Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_phrase_with_a_joint_code_acts_as_each_of_its_actors() =>
        Assert.Equal(["DUN 111 GON", "ROH 111 GON"], Code("The Marches sharply criticized Gondor on Monday."));

    [Fact]
    public void Role_words_joined_before_a_list_of_countries_give_every_role_to_every_country() =>
        Assert.Equal(["GONGOV 111 MOR", "GONJUD 111 MOR", "ROHGOV 111 MOR", "ROHJUD 111 MOR"],
            Code("Judges and officials in Rohan and Gondor criticized Mordor."));

    [Fact]
    public void A_bare_role_word_joined_to_a_country_s_role_word_takes_its_country() =>
        Assert.Equal(["ROHGOV 111 MOR", "ROHMED 111 MOR"], Code("Rohirric media and government criticized Mordor."));

    [Fact]
    public void A_title_after_a_country_s_possessive_gives_the_country_that_role_whoever_is_named() =>
        Assert.Equal(["ROHGOV 111 MOR"], Code("Rohan's proud and ambitious minister Wulf criticized Mordor."));

    [Fact]
    public void A_title_with_a_rank_before_it_after_a_possessive_is_still_the_country_s_role() =>
        Assert.Equal(["ROHGOV 111 MOR"], Code("Rohan's first deputy prime minister Erkenbrand criticized Mordor."));

    [Fact]
    public void Former_between_a_country_and_its_role_word_makes_an_elite() =>
        Assert.Equal(["ROHELI 111 MOR"], Code("Rohan former security officials criticized Mordor."));

    [Fact]
    public void Former_holders_of_a_role_in_an_institution_keep_its_code_and_add_elite() =>
        Assert.Equal(["ROHGOVELI 111 MOR"], Code("Former security officials in Meduseld criticized Mordor."));

    [Fact]
    public void A_title_before_a_person_the_dictionary_knows_only_by_country_gives_the_role() =>
        Assert.Equal(["ROHGOV 111 MOR"], Code("Rohan Prime Minister Eomund criticized Mordor."));
}
